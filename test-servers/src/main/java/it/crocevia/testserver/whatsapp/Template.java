package it.crocevia.testserver.whatsapp;

import java.util.Objects;

/**
 * An approved message template: its name, its language ({@code it}, {@code en_US}...) and how
 * many {@code {{n}}} parameters its body has. Meta keeps one translation per language, and a send
 * must name one that exists and fill every body parameter.
 *
 * @param name the template name
 * @param language the translation's language code
 * @param bodyParameters how many parameters the body expects
 */
public record Template(String name, String language, int bodyParameters) {

    /** Checks the values. */
    public Template {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        if (bodyParameters < 0) {
            throw new IllegalArgumentException("bodyParameters must not be negative: " + bodyParameters);
        }
    }
}

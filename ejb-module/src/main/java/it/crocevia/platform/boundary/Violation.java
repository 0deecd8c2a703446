package it.crocevia.platform.boundary;

import java.util.List;

/**
 * One thing wrong with an input: the field it concerns and a message key of the
 * resource bundle, with its arguments. The web module turns it into text in the
 * operator's language; the boundary never speaks a language itself.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.of(arguments));
    }
}

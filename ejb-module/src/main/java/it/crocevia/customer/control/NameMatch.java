package it.crocevia.customer.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two people's names are "the same" for seed 001's guest rule: equal once case, accents and
 * extra spaces are set aside ("Nicolò  Rossi" = "nicolo rossi"), and nothing looser.
 */
public final class NameMatch {

    private NameMatch() {
    }

    public static boolean same(String firstA, String lastA, String firstB, String lastB) {
        return normalize(firstA).equals(normalize(firstB)) && normalize(lastA).equals(normalize(lastB));
    }

    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package it.crocevia.testserver.prestashop;

import java.util.List;
import java.util.Map;

/**
 * The few PHP behaviours the webservice's answers depend on: {@code (int)} casts of query values,
 * {@code empty()}, {@code is_numeric()} and the Levenshtein choice of "Did you mean".
 */
final class Php {

    private Php() {}

    /** PHP's {@code (int) "..."}: optional sign and leading digits, anything else gives 0. */
    static long intval(String text) {
        if (text == null) {
            return 0;
        }
        String s = text.stripLeading();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && value < Long.MAX_VALUE / 10 - 10) {
            value = value * 10 + (s.charAt(i) - '0');
            i++;
        }
        return negative ? -value : value;
    }

    /** PHP's {@code empty()} for a query value: absent, "" and "0" are empty. */
    static boolean empty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isEmpty() || "0".equals(s);
        }
        return value instanceof Map<?, ?> map && map.isEmpty();
    }

    /** PHP's {@code is_numeric()} for the strings we meet. */
    static boolean isNumeric(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            Double.parseDouble(text.strip());
            return !text.strip().endsWith("d") && !text.strip().endsWith("f") && !text.strip().endsWith("D")
                    && !text.strip().endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** PrestaShop's {@code getClosest}: the smallest Levenshtein distance, the last one on ties. */
    static String closest(String input, List<String> words) {
        int shortest = -1;
        String closest = "";
        for (String word : words) {
            int distance = levenshtein(input, word);
            if (distance == 0) {
                return word;
            }
            if (distance <= shortest || shortest < 0) {
                closest = word;
                shortest = distance;
            }
        }
        return closest;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

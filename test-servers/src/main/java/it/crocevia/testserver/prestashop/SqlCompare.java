package it.crocevia.testserver.prestashop;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How MySQL compares a column with the string literal PrestaShop puts in its WHERE clause: numeric
 * columns as numbers (a non-numeric literal counts as its numeric prefix, else 0), DATETIME columns
 * as dates (a bare date means midnight), text case-insensitively as the default collation does.
 */
final class SqlCompare {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int DATE_ONLY_LENGTH = "yyyy-mm-dd".length();
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private SqlCompare() {}

    /** @return negative, zero or positive as the column sorts before, with or after the literal */
    static int compare(Kind kind, String column, String literal) {
        if (kind.numeric()) {
            return Double.compare(number(column), number(literal));
        }
        if (kind == Kind.DATE) {
            return date(column).compareTo(date(literal));
        }
        return text(column).compareToIgnoreCase(text(literal));
    }

    /**
     * The value MySQL compares a column or a literal as, for equality: a number, a date-time, or
     * text without case and trailing spaces. Two values are equal for {@code =} and {@code IN}
     * exactly when their keys are, so the keys serve both a filter's list and a {@link ColumnIndex}.
     */
    static Object key(Kind kind, String value) {
        if (kind.numeric()) {
            return number(value);
        }
        if (kind == Kind.DATE) {
            return date(value);
        }
        return text(value).toLowerCase(Locale.ROOT);
    }

    static boolean equal(Kind kind, String column, String literal) {
        return column != null && compare(kind, column, literal) == 0;
    }

    /** MySQL's numeric value of a string: its numeric prefix, or 0. */
    static double number(String text) {
        if (text == null) {
            return 0;
        }
        var matcher = NUMBER_PREFIX.matcher(text);
        if (!matcher.find()) {
            return 0;
        }
        try {
            return Double.parseDouble(matcher.group().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String date(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        boolean dateOnly = trimmed.length() == DATE_ONLY_LENGTH && DATE_ONLY.matcher(trimmed).matches();
        return dateOnly ? trimmed + " 00:00:00" : trimmed;
    }

    private static String text(String value) {
        return value == null ? "" : value.stripTrailing();
    }
}

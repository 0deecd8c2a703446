package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How MySQL compares a column with the text of a filter, which decides what a Magento search
 * matches: numbers numerically after a lenient cast ({@code '12abc'} is 12, {@code 'abc'} is 0),
 * dates after converting the text to a DATETIME ({@code '2026-01-01'} is midnight; text that is
 * no date matches nothing), text by {@code utf8mb4_general_ci} (case- and accent-insensitive,
 * trailing spaces ignored), and NULL never equal, unequal, smaller or greater than anything.
 */
final class MySqlValues {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?)");
    private static final Pattern DATETIME = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?)?\\s*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** {@link #dateKey} of a NULL column. */
    static final long NULL_KEY = Long.MIN_VALUE;
    /** {@link #dateKey} of a text that is not a canonical datetime (a seeded malformed value). */
    static final long TEXT_KEY = Long.MIN_VALUE + 1;

    private MySqlValues() {}

    /**
     * A stored {@code yyyy-MM-dd HH:mm:ss} as the number yyyyMMddHHmmss, which orders as the text
     * does, for fast range filters and sorts on indexed dates.
     *
     * @return the number, or {@link #TEXT_KEY} when the text is not in that exact form
     */
    static long dateKey(String text) {
        if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return TEXT_KEY;
        }
        long key = 0;
        for (int i = 0; i < 19; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 || i == 10 || i == 13 || i == 16) {
                continue;
            }
            if (c < '0' || c > '9') {
                return TEXT_KEY;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    /** MySQL's cast of a value to a number, as in {@code int_column = 'text'}; null stays null. */
    static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer integer) {
            return BigDecimal.valueOf(integer);
        }
        Matcher matcher = LEADING_NUMBER.matcher(value.toString());
        if (!matcher.find()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(matcher.group(1).replace("+", ""));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /**
     * MySQL's conversion of a literal to DATETIME for a comparison with a TIMESTAMP column.
     *
     * @return {@code yyyy-MM-dd HH:mm:ss}, or null when the text is no date (the comparison is
     *     then NULL and the row does not match)
     */
    static String datetime(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATETIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (month > 12 || day > 31 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d %02d:%02d:%02d", m.group(1), month, day, hour, minute, second);
    }

    /** The sort and comparison key of {@code utf8mb4_general_ci}: no case, no accents, no trailing spaces. */
    static String collationKey(String text) {
        String stripped = text.stripTrailing();
        boolean ascii = true;
        for (int i = 0; i < stripped.length() && ascii; i++) {
            ascii = stripped.charAt(i) < 128;
        }
        String plain = ascii ? stripped
                : MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }

    /** The text MySQL makes of a column value for LIKE, FIND_IN_SET and REGEXP (DECIMAL keeps 4 decimals). */
    static String text(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        if (type == ColumnType.DECIMAL && value instanceof BigDecimal decimal) {
            return decimal.setScale(4, RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
    }

    /** A filter's text converted once for the column's type, compared with column values as MySQL does. */
    @FunctionalInterface
    interface Literal {
        /** @return the comparison's sign, or null when it is NULL (a NULL column, a text that is no date) */
        Integer compareWith(Object column);
    }

    /** @return the literal of a filter's text for a column of this type */
    static Literal literal(ColumnType type, String text) {
        if (text == null) {
            return column -> null;
        }
        switch (type) {
            case INT, DECIMAL -> {
                BigDecimal number = number(text);
                boolean integral = number.signum() == 0 || number.scale() <= 0
                        || number.stripTrailingZeros().scale() <= 0;
                long whole = integral && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) < 0
                        ? number.longValue() : Long.MIN_VALUE;
                return column -> {
                    if (column == null) {
                        return null;
                    }
                    if (column instanceof Integer integer && whole != Long.MIN_VALUE) {
                        return Long.compare(integer, whole);
                    }
                    return Integer.signum(number(column).compareTo(number));
                };
            }
            case DATETIME, DATE -> {
                String date = datetime(text);
                if (date == null) {
                    return column -> null;
                }
                String key = type == ColumnType.DATE ? date.substring(0, 10) : date;
                return column -> column == null ? null : Integer.signum(column.toString().compareTo(key));
            }
            default -> {
                String key = collationKey(text);
                return column -> column == null ? null : Integer.signum(collationKey(column.toString()).compareTo(key));
            }
        }
    }

    /**
     * Compares a column value with a filter's text the way MySQL does for the column's type.
     *
     * @return the comparison's sign, or null when it is NULL
     */
    static Integer compare(Object column, ColumnType type, String literal) {
        return literal(type, literal).compareWith(column);
    }

    /** Orders two column values of one type as ORDER BY does, NULL first. */
    static int order(Object a, Object b, ColumnType type) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return switch (type) {
            case INT, DECIMAL -> number(a).compareTo(number(b));
            case DATETIME, DATE -> a.toString().compareTo(b.toString());
            default -> collationKey(a.toString()).compareTo(collationKey(b.toString()));
        };
    }

    /** MySQL's LIKE pattern ({@code %}, {@code _}, backslash escape) as a regular expression over collation keys. */
    static Pattern like(String pattern) {
        String key = collationKey(pattern);
        StringBuilder regex = new StringBuilder(key.length() + 8);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\' && i + 1 < key.length()) {
                regex.append(Pattern.quote(String.valueOf(key.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}

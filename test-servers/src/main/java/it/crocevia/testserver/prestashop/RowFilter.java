package it.crocevia.testserver.prestashop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code filter[field]=value}, with the semantics of PrestaShop's {@code SQLUtils} (which
 * turns it into SQL): {@code [a|b]} is an OR list, {@code [x,y]} an inclusive BETWEEN (only when
 * both ends are made of digits, dots, colons, dashes and spaces; the ends are sorted first),
 * {@code [x]} equality, {@code >[x]} and {@code <[x]} strict comparisons, {@code ![a|b]} "none
 * of", {@code [x]%}, {@code %[x]} and {@code %[x]%} LIKE, and a value without brackets plain
 * equality. Anything else (e.g. {@code foo[1]}) adds no condition at all, as in PrestaShop.
 */
final class RowFilter implements Predicate<Row> {

    enum Op { EQUALS_ANY, BETWEEN, GREATER, LESS, NOT_ANY, LIKE, NONE }

    private static final Pattern BRACKETS = Pattern.compile("^(.*)\\[(.*)\\](.*)$");
    private static final Pattern INTERVAL = Pattern.compile("^([\\d.:\\-\\s]+),([\\d.:\\-\\s]+)$");

    final Field field;
    final int index;
    final Op op;
    final List<String> values;
    private final List<Integer> languages;
    private final Pattern like;
    /**
     * The literals of an OR list ({@code [a|b|c]}, {@code ![a|b]}) in the form they are compared in,
     * so that a row costs one lookup, not one comparison per literal: a page of a few hundred ids
     * must be found in a large shop in milliseconds.
     */
    private final Set<Object> anyOf;

    private RowFilter(Field field, int index, Op op, List<String> values, List<Integer> languages) {
        this.field = field;
        this.index = index;
        this.op = op;
        this.values = List.copyOf(values);
        this.languages = languages;
        this.like = op == Op.LIKE ? likePattern(values.get(0)) : null;
        this.anyOf = op == Op.EQUALS_ANY || op == Op.NOT_ANY
                ? values.stream().map(v -> SqlCompare.key(field.kind(), v)).collect(Collectors.toSet()) : Set.of();
    }

    static RowFilter parse(Resource resource, String fieldName, String raw, List<Integer> languages) {
        int index = resource.required(fieldName);
        Field field = resource.fields.get(index);
        Matcher m = BRACKETS.matcher(raw);
        if (!m.matches()) {
            return new RowFilter(field, index, Op.EQUALS_ANY, List.of(raw), languages);
        }
        String before = m.group(1);
        String inside = m.group(2);
        String after = m.group(3);
        if ("%".equals(before) || "%".equals(after)) {
            return new RowFilter(field, index, Op.LIKE, List.of(before + inside + after), languages);
        }
        if (before.isEmpty() && after.isEmpty()) {
            if (inside.indexOf('|') > 0) {
                return new RowFilter(field, index, Op.EQUALS_ANY, List.of(inside.split("\\|", -1)), languages);
            }
            Matcher interval = INTERVAL.matcher(inside);
            if (interval.matches()) {
                List<String> ends = new ArrayList<>(List.of(interval.group(1), interval.group(2)));
                ends.sort(RowFilter::phpSort);
                return new RowFilter(field, index, Op.BETWEEN, ends, languages);
            }
            return new RowFilter(field, index, Op.EQUALS_ANY, List.of(inside), languages);
        }
        return switch (before) {
            case ">" -> new RowFilter(field, index, Op.GREATER, List.of(inside), languages);
            case "<" -> new RowFilter(field, index, Op.LESS, List.of(inside), languages);
            case "!" -> new RowFilter(field, index, Op.NOT_ANY, List.of(inside.split("\\|", -1)), languages);
            default -> new RowFilter(field, index, Op.NONE, List.of(), languages);
        };
    }

    /**
     * @return the keys ({@link SqlCompare#key}) of an equality or OR list, one of which the column
     *     must have: what an index can look up; null for any other operator
     */
    Set<Object> equalityKeys() {
        return op == Op.EQUALS_ANY ? anyOf : null;
    }

    @Override
    public boolean test(Row row) {
        Object value = row.value(index);
        if (value instanceof Localized localized) {
            for (int language : languages) {
                if (matches(localized.get(language))) {
                    return true;
                }
            }
            return false;
        }
        return matches(Row.phpText(value));
    }

    private boolean matches(String column) {
        Kind kind = field.kind();
        switch (op) {
            case NONE:
                return true;
            case EQUALS_ANY:
                return column != null && anyOf.contains(SqlCompare.key(kind, column));
            case NOT_ANY:
                return column != null && !anyOf.contains(SqlCompare.key(kind, column));
            case BETWEEN:
                return column != null && SqlCompare.compare(kind, column, values.get(0)) >= 0
                        && SqlCompare.compare(kind, column, values.get(1)) <= 0;
            case GREATER:
                return column != null && SqlCompare.compare(kind, column, values.get(0)) > 0;
            case LESS:
                return column != null && SqlCompare.compare(kind, column, values.get(0)) < 0;
            case LIKE:
                return column != null && like.matcher(column).matches();
            default:
                throw new IllegalStateException(op.name());
        }
    }

    /** PHP's {@code sort()}: numeric strings compare as numbers, others as strings. */
    private static int phpSort(String a, String b) {
        if (Php.isNumeric(a) && Php.isNumeric(b)) {
            return Double.compare(Double.parseDouble(a.strip()), Double.parseDouble(b.strip()));
        }
        return a.compareTo(b);
    }

    private static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : like.toCharArray()) {
            if (c == '%' || c == '_') {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}

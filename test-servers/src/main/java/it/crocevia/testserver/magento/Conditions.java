package it.crocevia.testserver.magento;

import it.crocevia.testserver.magento.SearchCriteria.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A filter's condition as the SQL Magento's {@code DB\Adapter\Pdo\Mysql::prepareSqlCondition}
 * writes for it, evaluated with MySQL's semantics ({@link MySqlValues}).
 *
 * <p>Conditions: {@code eq neq gt gteq lt lteq from to like nlike in nin null notnull finset
 * nfinset regexp nregexp seq sneq ntoa}, and {@code fulltext}, which {@code FilterProcessor}
 * turns into {@code like %value%}. {@code in}/{@code nin} split a text value on commas (no
 * trimming: {@code "1, 2"} has the element {@code " 2"}, which still equals 2 in a numeric column).
 * A condition Magento's map does not know (a typo, an upper-case {@code EQ}, and {@code moreq},
 * which the documentation lists but the adapter lacks) falls into the adapter's "list of OR
 * conditions" branch and so acts as {@code eq} on the value, a missing value then being ''.
 * {@code is} produces invalid SQL, so the search fails with a 500.
 */
final class Conditions {

    private Conditions() {}

    static <E> Predicate<E> compile(Filter filter, SearchField<E> field) throws MagentoException {
        String value = filter.value();
        ColumnType type = field.type();
        String condition = filter.condition();
        if (condition.equals("fulltext")) {
            condition = "like";
            value = "%" + (value == null ? "" : value) + "%";
        }
        String literal = value;
        switch (condition) {
            case "eq" -> {
                return compare(field, literal, sign -> sign == 0);
            }
            case "neq" -> {
                return compare(field, literal, sign -> sign != 0);
            }
            case "gt" -> {
                return compare(field, literal, sign -> sign > 0);
            }
            case "gteq", "from" -> {
                return compare(field, literal, sign -> sign >= 0);
            }
            case "lt" -> {
                return compare(field, literal, sign -> sign < 0);
            }
            case "lteq", "to" -> {
                return compare(field, literal, sign -> sign <= 0);
            }
            case "like", "nlike", "ntoa" -> {
                if (literal == null) {
                    return entity -> false;
                }
                Pattern pattern = MySqlValues.like(literal);
                boolean negate = condition.equals("nlike");
                boolean ntoa = condition.equals("ntoa");
                return entity -> {
                    String text = ntoa ? inetNtoa(field.value(entity))
                            : MySqlValues.text(field.value(entity), type);
                    return text != null && pattern.matcher(MySqlValues.collationKey(text)).matches() != negate;
                };
            }
            case "in", "nin" -> {
                if (literal == null) {
                    return entity -> false;
                }
                List<MySqlValues.Literal> elements = new ArrayList<>();
                for (String element : literal.split(",", -1)) {
                    elements.add(MySqlValues.literal(type, element));
                }
                boolean negate = condition.equals("nin");
                return entity -> {
                    Object column = field.value(entity);
                    if (column == null) {
                        return false;
                    }
                    boolean found = false;
                    for (MySqlValues.Literal element : elements) {
                        Integer sign = element.compareWith(column);
                        if (sign != null && sign == 0) {
                            found = true;
                            break;
                        }
                    }
                    return found != negate;
                };
            }
            case "null" -> {
                return entity -> field.value(entity) == null;
            }
            case "notnull" -> {
                return entity -> field.value(entity) != null;
            }
            case "finset", "nfinset" -> {
                if (literal == null) {
                    return entity -> false;
                }
                String key = MySqlValues.collationKey(literal);
                boolean negate = condition.equals("nfinset");
                return entity -> {
                    String text = MySqlValues.text(field.value(entity), type);
                    if (text == null) {
                        return false;
                    }
                    boolean found = false;
                    for (String element : text.split(",", -1)) {
                        if (!key.contains(",") && MySqlValues.collationKey(element).equals(key)) {
                            found = true;
                            break;
                        }
                    }
                    return found != negate;
                };
            }
            case "regexp", "nregexp" -> {
                if (literal == null) {
                    return entity -> false;
                }
                Pattern pattern;
                try {
                    pattern = Pattern.compile(literal, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                } catch (PatternSyntaxException e) {
                    throw Errors.internal();
                }
                boolean negate = condition.equals("nregexp");
                return entity -> {
                    String text = MySqlValues.text(field.value(entity), type);
                    return text != null && pattern.matcher(text).find() != negate;
                };
            }
            case "seq", "sneq" -> {
                boolean empty = literal == null || literal.isEmpty();
                boolean equal = condition.equals("seq");
                if (empty) {
                    return equal ? entity -> field.value(entity) == null : entity -> field.value(entity) != null;
                }
                return compare(field, literal, equal ? sign -> sign == 0 : sign -> sign != 0);
            }
            case "is" -> throw Errors.internal();
            default -> {
                return compare(field, literal == null ? "" : literal, sign -> sign == 0);
            }
        }
    }

    /** A sign test on MySQL's comparison; NULL comparisons never match. */
    private static <E> Predicate<E> compare(SearchField<E> field, String literal, SignTest test) {
        if (literal == null) {
            return entity -> false;
        }
        MySqlValues.Literal value = MySqlValues.literal(field.type(), literal);
        String date = field.type() == ColumnType.DATETIME ? MySqlValues.datetime(literal) : null;
        if (field.dateKey() != null && date != null) {
            long key = MySqlValues.dateKey(date);
            return entity -> {
                long stored = field.dateKey().applyAsLong(entity);
                if (stored == MySqlValues.NULL_KEY) {
                    return false;
                }
                if (stored == MySqlValues.TEXT_KEY) {
                    Integer sign = value.compareWith(field.value(entity));
                    return sign != null && test.test(sign);
                }
                return test.test(Long.compare(stored, key));
            };
        }
        return entity -> {
            Integer sign = value.compareWith(field.value(entity));
            return sign != null && test.test(sign);
        };
    }

    @FunctionalInterface
    private interface SignTest {
        boolean test(int sign);
    }

    private static String inetNtoa(Object value) {
        if (value == null) {
            return null;
        }
        long n = MySqlValues.number(value).longValue();
        if (n < 0 || n > 0xFFFFFFFFL) {
            return null;
        }
        return String.format(Locale.ROOT, "%d.%d.%d.%d", n >> 24 & 255, n >> 16 & 255, n >> 8 & 255, n & 255);
    }

    /** ORs the filters of one group, as {@code addFieldToFilter(array $fields, array $conditions)} does. */
    static <E> Predicate<E> anyOf(List<Predicate<E>> predicates) {
        if (predicates.size() == 1) {
            return predicates.get(0);
        }
        List<Predicate<E>> copy = new ArrayList<>(predicates);
        return entity -> {
            for (Predicate<E> predicate : copy) {
                if (predicate.test(entity)) {
                    return true;
                }
            }
            return false;
        };
    }
}

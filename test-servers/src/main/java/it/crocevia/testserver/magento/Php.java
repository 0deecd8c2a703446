package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The PHP conversions Magento's input processing relies on. */
final class Php {

    /** PHP 8's numeric strings: optional surrounding whitespace, sign, digits, fraction, exponent. */
    private static final Pattern NUMERIC = Pattern.compile(
            "[ \\t\\n\\r\\x0B\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n\\r\\x0B\\f]*");

    private Php() {}

    /** PHP's {@code is_numeric()}. */
    static boolean isNumeric(String text) {
        return text != null && NUMERIC.matcher(text).matches();
    }

    /** PHP's {@code settype($v, 'int')} of a numeric string: truncation towards zero, saturated. */
    static int toInt(String numeric) {
        BigDecimal value = new BigDecimal(numeric.strip().replaceFirst("^\\+", ""));
        if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Integer.MAX_VALUE;
        }
        if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            return Integer.MIN_VALUE;
        }
        return value.intValue();
    }
}

package it.crocevia.testserver.prestashop;

import it.crocevia.testserver.common.SqlDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How PrestaShop's database values look once they reach the output: DECIMAL(20,6) amounts with
 * six decimals ({@code "102.000000"}), DATETIME as {@code "2024-07-05 16:40:18"} in the shop's
 * time zone, and MySQL's zero dates for "never".
 */
final class Formats {

    static final String ZERO_DATETIME = "0000-00-00 00:00:00";
    static final String ZERO_DATE = "0000-00-00";

    private static final String[] SMALL_INTEGERS = new String[10_000];
    private static final int AMOUNT_CACHE_LIMIT = 100_000;
    private static final Map<BigDecimal, String> AMOUNTS = new ConcurrentHashMap<>();

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) {
            SMALL_INTEGERS[i] = Integer.toString(i);
        }
    }

    private Formats() {}

    /**
     * An amount with six decimals. Amounts repeat a lot (catalogue prices, shipping fees), so
     * their texts are shared to keep a generated shop of 100,000 orders small.
     */
    static String amount(BigDecimal value) {
        String cached = AMOUNTS.get(value);
        if (cached != null) {
            return cached;
        }
        String text = value.setScale(6, RoundingMode.HALF_UP).toPlainString();
        if (AMOUNTS.size() < AMOUNT_CACHE_LIMIT) {
            AMOUNTS.putIfAbsent(value, text);
        }
        return text;
    }

    /** An integer's text, shared for the small ones. */
    static String integer(int value) {
        return value >= 0 && value < SMALL_INTEGERS.length ? SMALL_INTEGERS[value] : Integer.toString(value);
    }

    static String rate(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /** PrestaShop prints MySQL's zero date where a date is missing. */
    static String dateTime(LocalDateTime time) {
        return time == null ? ZERO_DATETIME : SqlDates.dateTime(time);
    }

    static String date(LocalDate date) {
        return date == null ? ZERO_DATE : SqlDates.date(date);
    }

    static String bool(boolean value) {
        return value ? "1" : "0";
    }
}

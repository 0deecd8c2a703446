package it.crocevia.testserver.common;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * MySQL's DATETIME and DATE text ({@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-dd}) as both
 * platforms print them, written by hand: the generators format millions of dates.
 */
public final class SqlDates {

    private SqlDates() {
    }

    /** @return the text, or {@code null} for no time */
    public static String dateTime(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        char[] c = new char[19];
        put(c, 0, time.getYear(), 4);
        c[4] = '-';
        put(c, 5, time.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, time.getDayOfMonth(), 2);
        c[10] = ' ';
        put(c, 11, time.getHour(), 2);
        c[13] = ':';
        put(c, 14, time.getMinute(), 2);
        c[16] = ':';
        put(c, 17, time.getSecond(), 2);
        return new String(c);
    }

    /** @return the text, or {@code null} for no date */
    public static String date(LocalDate date) {
        return date == null ? null : dateTime(date.atStartOfDay()).substring(0, 10);
    }

    private static void put(char[] target, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            target[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

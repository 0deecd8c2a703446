package it.crocevia.testserver.magento;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Magento's stored date formats: {@code yyyy-MM-dd HH:mm:ss} (UTC) and {@code yyyy-MM-dd}. */
final class Dates {

    private Dates() {}

    static String dateTime(LocalDateTime time) {
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

    static String date(LocalDate date) {
        return date == null ? null : dateTime(date.atStartOfDay()).substring(0, 10);
    }

    private static void put(char[] target, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            target[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

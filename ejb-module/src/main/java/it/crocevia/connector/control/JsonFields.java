package it.crocevia.connector.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reading the fields of a platform's JSON records, for the mappers: text where empty means absent,
 * numbers, and the {@code yyyy-MM-dd HH:mm:ss} date-times both PrestaShop and Magento write. A
 * value that cannot be used throws {@link Unusable} with the reason, so the record is rejected.
 */
public final class JsonFields {

    /** The date-time format of PrestaShop's and Magento's APIs. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Why a record cannot be imported; the mapper turns it into a rejected record. */
    public static final class Unusable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    private JsonFields() {
    }

    /** A field as text; empty strings (PrestaShop's way of saying "none") count as absent. */
    public static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String s = v instanceof JsonString js ? js.getString() : v.toString();
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    public static BigDecimal decimal(JsonObject o, String field, boolean required) {
        String s = text(o, field);
        if (s == null) {
            if (required) {
                throw new Unusable(field + " is missing");
            }
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new Unusable(field + " \"" + s + "\" is not a number");
        }
    }

    /** A date-time; MySQL's zero date ({@code 0000-00-00 …}) counts as missing. */
    public static LocalDateTime dateTime(JsonObject o, String field) {
        String s = text(o, field);
        if (s == null || s.startsWith("0000-00-00")) {
            throw new Unusable(field + " is missing");
        }
        try {
            return LocalDateTime.parse(s, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new Unusable(field + " \"" + s + "\" is not a date");
        }
    }

    /** A date for a rejection, which says what it can: null when missing or malformed. */
    public static LocalDateTime dateTimeOrNull(JsonObject o, String field) {
        try {
            return dateTime(o, field);
        } catch (Unusable e) {
            return null;
        }
    }
}

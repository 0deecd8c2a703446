package it.crocevia.testserver.activecampaign;

import it.crocevia.testserver.activecampaign.Errors.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one wrapped resource ({@code {"ecomOrder":{...}}}) and collects every
 * problem, so one 422 names all the fields at fault as ActiveCampaign's does. AC accepts ids and
 * amounts as JSON numbers or numeric strings (its own examples mix {@code "1"} and {@code 1}).
 */
final class Validation {

    private final String resource;
    private final JsonObject fields;
    private final List<FieldError> errors = new ArrayList<>();

    Validation(String resource, JsonObject fields) {
        this.resource = resource;
        this.fields = fields;
    }

    boolean has(String field) {
        return fields.containsKey(field) && fields.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A text field that must be present and not blank. */
    String requiredText(String field) {
        String value = text(fields, field);
        if (value == null || value.isBlank()) {
            missing(field);
            return null;
        }
        return value;
    }

    /** An integer (id, amount in cents, quantity) that must be present and at least {@code min}. */
    Long requiredInteger(String field, long min) {
        if (!has(field)) {
            missing(field);
            return null;
        }
        return optionalInteger(field, min);
    }

    /** An integer that may be absent (null then) but must be valid when given. */
    Long optionalInteger(String field, long min) {
        if (!has(field)) {
            return null;
        }
        Long value = integer(fields.get(field));
        if (value == null || value < min) {
            invalid(field, "The " + resource + " " + field + " must be an integer greater than or equal to " + min + ".");
            return null;
        }
        return value;
    }

    void missing(String field) {
        errors.add(new FieldError("The " + resource + " " + field + " was not provided.", "field_missing", field));
    }

    void invalid(String field, String title) {
        errors.add(new FieldError(title, "field_invalid", field));
    }

    void throwIfInvalid() throws AcException {
        if (!errors.isEmpty()) {
            throw Errors.unprocessable(errors);
        }
    }

    /** @return a string or number field as text, null when absent or null */
    static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }

    /** @return an integral number or numeric string, null otherwise */
    static Long integer(JsonValue value) {
        try {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                return number.longValueExact();
            }
            if (value instanceof JsonString string) {
                return Long.parseLong(string.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}

package it.crocevia.testserver.clerk;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The four data resources of Clerk's API v2 and what each record must carry, from Clerk's data
 * feed documentation: every record an {@code id} (number or string); products a {@code name} and
 * numeric {@code price} (and, when given, numeric {@code list_price} and {@code stock}, a list of
 * {@code categories}); categories a {@code name} (and a list of {@code subcategories}); orders a
 * list of {@code products} of {@code {id, quantity, price}} and a unix {@code time}; customers
 * nothing more. Other fields are stored as given (Clerk keeps custom attributes).
 */
enum Kind {
    PRODUCTS("products"),
    CATEGORIES("categories"),
    ORDERS("orders"),
    CUSTOMERS("customers");

    final String plural;

    Kind(String plural) {
        this.plural = plural;
    }

    static Optional<Kind> of(String plural) {
        for (Kind kind : values()) {
            if (kind.plural.equals(plural)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * @param record one record of a POST
     * @param index its position, for the message
     * @throws ClerkException ParsingError naming the record and field at fault
     */
    void validate(JsonValue record, int index) throws ClerkException {
        String where = plural + "[" + index + "]";
        if (!(record instanceof JsonObject object)) {
            throw ClerkException.parsing("Invalid " + where + ": expected an object.");
        }
        if (idOf(object).isEmpty()) {
            throw ClerkException.parsing("Missing argument id in " + where + ".");
        }
        switch (this) {
            case PRODUCTS -> {
                requireText(object, "name", where);
                requireNumber(object, "price", where, true);
                requireNumber(object, "list_price", where, false);
                requireNumber(object, "stock", where, false);
                requireList(object, "categories", where, false);
            }
            case CATEGORIES -> {
                requireText(object, "name", where);
                requireList(object, "subcategories", where, false);
            }
            case ORDERS -> {
                JsonArray lines = requireList(object, "products", where, true);
                for (int i = 0; i < lines.size(); i++) {
                    String line = where + ".products[" + i + "]";
                    if (!(lines.get(i) instanceof JsonObject item) || idOf(item).isEmpty()) {
                        throw ClerkException.parsing("Missing argument id in " + line + ".");
                    }
                    requireNumber(item, "quantity", line, true);
                    requireNumber(item, "price", line, true);
                }
                if (!(object.get("time") instanceof JsonNumber time) || !time.isIntegral()) {
                    throw ClerkException.parsing("Missing argument time in " + where + ": a unix timestamp is required.");
                }
            }
            case CUSTOMERS -> {
                // an id is enough
            }
        }
    }

    /** @return the record's id as text: Clerk matches {@code 42} and {@code "42"} as one id */
    static Optional<String> idOf(JsonObject record) {
        JsonValue id = record.get("id");
        if (id instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        if (id instanceof JsonString text && !text.getString().isBlank()) {
            return Optional.of(text.getString());
        }
        return Optional.empty();
    }

    private static void requireText(JsonObject object, String field, String where) throws ClerkException {
        if (!(object.get(field) instanceof JsonString)) {
            throw ClerkException.parsing("Missing argument " + field + " in " + where + ".");
        }
    }

    private static void requireNumber(JsonObject object, String field, String where, boolean required)
            throws ClerkException {
        JsonValue value = object.get(field);
        if (value == null && !required) {
            return;
        }
        if (!(value instanceof JsonNumber)) {
            throw ClerkException.parsing((value == null ? "Missing argument " : "Invalid type of ") + field + " in "
                    + where + (value == null ? "." : ": expected a number, got " + type(value) + "."));
        }
    }

    private static JsonArray requireList(JsonObject object, String field, String where, boolean required)
            throws ClerkException {
        JsonValue value = object.get(field);
        if (value == null && !required) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(value instanceof JsonArray array)) {
            throw ClerkException.parsing((value == null ? "Missing argument " : "Invalid type of ") + field + " in "
                    + where + (value == null ? "." : ": expected a list, got " + type(value) + "."));
        }
        return array;
    }

    private static String type(JsonValue value) {
        return value.getValueType().name().toLowerCase(Locale.ROOT);
    }
}

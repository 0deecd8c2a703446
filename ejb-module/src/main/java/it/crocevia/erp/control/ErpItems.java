package it.crocevia.erp.control;

import it.crocevia.platform.boundary.JsonStrings;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items the ERP pushes, read from JSON and checked one by one: an item that cannot be stored
 * throws {@link Unusable} with the reason, and only that item is rejected.
 */
public final class ErpItems {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /**
     * An article: code, descriptions it/en, prices per price list, VAT rate, GTIN, brand, categories,
     * images, weight, and the ERP's flags ({@code web}, {@code promo}…) an account can publish by.
     */
    public record Article(String code, String descriptionIt, String descriptionEn, Map<String, BigDecimal> prices,
            BigDecimal vatRate, String gtin, String brand, List<String> categories, List<String> images,
            BigDecimal weightKg, List<String> flags) {
    }

    /** The stock of an article in one warehouse. */
    public record Stock(String articleCode, String warehouse, BigDecimal quantity) {
    }

    /** A customer of the ERP; {@code login} is the e-mail of its e-commerce login, when it has one. */
    public record Customer(String code, String email, String firstName, String lastName, String company,
            String vatNumber, String fiscalCode, String phone, String login) {
    }

    /** Why an item cannot be stored. */
    public static final class Unusable extends Exception {

        private static final long serialVersionUID = 1L;

        public Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    private ErpItems() {
    }

    /** The item's code, if it has a readable one (for the report). */
    public static String codeOf(JsonValue item, String field) {
        if (item instanceof JsonObject o && o.get(field) instanceof JsonString s) {
            String code = s.getString().strip();
            return code.length() > 64 ? code.substring(0, 64) : code;
        }
        return null;
    }

    public static Article article(JsonValue item) throws Unusable {
        JsonObject o = object(item);
        String code = code(o, "code");
        var prices = new LinkedHashMap<String, BigDecimal>();
        JsonValue priceValue = o.get("prices");
        if (priceValue != null && priceValue != JsonValue.NULL) {
            if (!(priceValue instanceof JsonObject priceObject)) {
                throw new Unusable("\"prices\" must be an object of price list → price");
            }
            for (var e : priceObject.entrySet()) {
                BigDecimal price = decimal(e.getValue(), "prices." + e.getKey());
                if (price == null || price.signum() < 0) {
                    throw new Unusable("price of list \"" + e.getKey() + "\" must be a number ≥ 0");
                }
                if (e.getKey().isBlank() || e.getKey().length() > 32) {
                    throw new Unusable("price list names have 1 to 32 characters");
                }
                prices.put(e.getKey(), price);
            }
        }
        BigDecimal vat = decimal(o.get("vatRate"), "vatRate");
        if (vat != null && (vat.signum() < 0 || vat.compareTo(new BigDecimal("100")) > 0)) {
            throw new Unusable("vatRate must be between 0 and 100");
        }
        String gtin = text(o, "gtin", 14);
        if (gtin != null && !gtin.matches("[0-9]{8}|[0-9]{12,14}")) {
            throw new Unusable("gtin \"" + gtin + "\" is not an EAN/GTIN (8, 12, 13 or 14 digits)");
        }
        BigDecimal weight = decimal(o.get("weightKg"), "weightKg");
        if (weight != null && weight.signum() < 0) {
            throw new Unusable("weightKg must be ≥ 0");
        }
        return new Article(code, text(o, "descriptionIt", 1000), text(o, "descriptionEn", 1000), prices, vat, gtin,
                text(o, "brand", 100), strings(o, "categories", 2000), strings(o, "images", Integer.MAX_VALUE),
                weight, strings(o, "flags", 1000));
    }

    public static Stock stock(JsonValue item) throws Unusable {
        JsonObject o = object(item);
        String code = code(o, "articleCode");
        String warehouse = text(o, "warehouse", 32);
        if (warehouse == null) {
            throw new Unusable("warehouse is required");
        }
        BigDecimal quantity = decimal(o.get("quantity"), "quantity");
        if (quantity == null) {
            throw new Unusable("quantity is required");
        }
        return new Stock(code, warehouse, quantity);
    }

    public static Customer customer(JsonValue item) throws Unusable {
        JsonObject o = object(item);
        String code = code(o, "code");
        String email = text(o, "email", 255);
        if (email == null || !email.matches(EMAIL)) {
            throw new Unusable(email == null ? "email is required" : "email \"" + email + "\" is not valid");
        }
        String login = text(o, "ecommerceLogin", 255);
        if (login != null && !login.matches(EMAIL)) {
            throw new Unusable("ecommerceLogin \"" + login + "\" is not a valid e-mail");
        }
        return new Customer(code, email, text(o, "firstName", 100), text(o, "lastName", 100),
                text(o, "company", 255), text(o, "vatNumber", 32), text(o, "fiscalCode", 32), text(o, "phone", 40),
                login);
    }

    private static JsonObject object(JsonValue item) throws Unusable {
        if (!(item instanceof JsonObject o)) {
            throw new Unusable("not a JSON object");
        }
        return o;
    }

    private static String code(JsonObject o, String field) throws Unusable {
        String code = o.get(field) instanceof JsonString s ? s.getString().strip() : null;
        if (code == null || code.isEmpty()) {
            throw new Unusable(field + " is required");
        }
        if (code.length() > 64) {
            throw new Unusable(field + " is longer than 64 characters");
        }
        return code;
    }

    private static String text(JsonObject o, String field, int max) throws Unusable {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new Unusable(field + " must be a string");
        }
        String text = s.getString().strip();
        if (text.length() > max) {
            throw new Unusable(field + " is longer than " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal decimal(JsonValue v, String field) throws Unusable {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new Unusable(field + " \"" + s.getString() + "\" is not a number");
            }
        }
        throw new Unusable(field + " must be a number");
    }

    /** The strings of an array field, which together (as the JSON kept) take at most {@code maxJson} characters. */
    private static List<String> strings(JsonObject o, String field, int maxJson) throws Unusable {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray array) || array.stream().anyMatch(e -> !(e instanceof JsonString))) {
            throw new Unusable(field + " must be an array of strings");
        }
        var strings = array.getValuesAs(JsonString.class).stream().map(s -> s.getString().strip())
                .filter(s -> !s.isEmpty()).toList();
        String json = JsonStrings.json(strings);
        if (json != null && json.length() > maxJson) {
            throw new Unusable(field + " are too long: at most " + maxJson + " characters in all");
        }
        return strings;
    }
}

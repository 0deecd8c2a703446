package it.crocevia.testserver.google;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the Merchant API ({@code products/v1}) reads a {@code ProductInput} body before it stores it.
 *
 * <p>First as Google's front end maps JSON onto the request message: names may be lowerCamel or the
 * proto's snake_case; an unknown name is refused ({@code Invalid JSON payload received. Unknown name
 * "channel" at 'product_input': Cannot find field.}), which is what a v1beta-shaped body
 * ({@code channel}, {@code attributes}, {@code gtin}) gets from v1; a value of the wrong type or an
 * enum value that does not exist is refused ({@code Invalid value at
 * 'product_input.product_attributes.availability' (...Availability), "in_stock"}). Enums are the v1
 * names ({@code IN_STOCK}, {@code NEW}); int64 values (the price's {@code amountMicros}) come as JSON
 * strings or integral numbers.
 *
 * <p>Then the product's own rules, each a 400 {@code INVALID_ARGUMENT} whose message starts with the
 * field in brackets: {@code offerId} (stripped, runs of white space made one, at most 50 characters),
 * {@code contentLanguage} (two-letter ISO 639-1) and {@code feedLabel} (at most 20 of {@code A-Z 0-9 - _})
 * are required; title at most 150 characters, description 5000, brand and MPN 70; links and image
 * links http(s) URLs of at most 2000 characters, at most 10 additional images; a price has a
 * three-letter currency and no negative amount; up to 10 GTINs, each 8, 12, 13 or 14 digits with a
 * right GS1 check digit. Google documents the required fields and the limits (products data
 * specification); it does not document which data-quality findings it refuses at insert rather than
 * report later as the processed product's issues, nor its wording: this server refuses them all at
 * insert, in Google's error format.
 */
final class ProductInputRules {

    static final int OFFER_ID_MAX = 50;
    static final int FEED_LABEL_MAX = 20;
    static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MAX = 5000;
    static final int BRAND_MAX = 70;
    static final int URL_MAX = 2000;
    static final int IMAGES_MAX = 10;
    static final int GTINS_MAX = 10;

    private static final String ENUM_TYPE = "type.googleapis.com/google.shopping.merchant.products.v1.";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern FEED_LABEL = Pattern.compile("[A-Z0-9_-]{1," + FEED_LABEL_MAX + "}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    private static final Set<String> INPUT_FIELDS = Set.of("name", "product", "legacyLocal", "offerId",
            "contentLanguage", "feedLabel", "versionNumber", "productAttributes", "customAttributes");
    /** The v1 {@code ProductAttributes} fields (products_common.proto). */
    private static final Set<String> ATTRIBUTES = Set.of("identifierExists", "isBundle", "title", "description",
            "link", "mobileLink", "canonicalLink", "imageLink", "additionalImageLinks", "lifestyleImageLinks",
            "expirationDate", "disclosureDate", "adult", "ageGroup", "availability", "availabilityDate", "brand",
            "color", "condition", "gender", "googleProductCategory", "gtins", "itemGroupId", "material", "mpn",
            "pattern", "price", "maximumRetailPrice", "installment", "subscriptionCost", "loyaltyPoints",
            "loyaltyPrograms", "productTypes", "salePrice", "salePriceEffectiveDate", "sellOnGoogleQuantity",
            "productHeight", "productLength", "productWidth", "productWeight", "shipping", "carrierShipping",
            "freeShippingThreshold", "shippingWeight", "shippingLength", "shippingWidth", "shippingHeight",
            "maxHandlingTime", "minHandlingTime", "shippingHandlingBusinessDays", "shippingTransitBusinessDays",
            "handlingCutoffTimes", "shippingLabel", "returnPolicyLabel", "transitTimeLabel", "size", "sizeSystem",
            "sizeTypes", "energyEfficiencyClass", "minEnergyEfficiencyClass", "maxEnergyEfficiencyClass",
            "unitPricingMeasure", "unitPricingBaseMeasure", "multipack", "adsGrouping", "adsLabels", "adsRedirect",
            "costOfGoodsSold", "productDetails", "productHighlights", "displayAdsId", "displayAdsSimilarIds",
            "displayAdsTitle", "displayAdsLink", "displayAdsValue", "promotionIds", "pickupMethod", "pickupSla",
            "linkTemplate", "mobileLinkTemplate", "customLabel0", "customLabel1", "customLabel2", "customLabel3",
            "customLabel4", "includedDestinations", "excludedDestinations", "shoppingAdsExcludedCountries",
            "externalSellerId", "pause", "virtualModelLink", "cloudExportAdditionalProperties", "certifications",
            "structuredTitle", "structuredDescription", "autoPricingMinPrice", "sustainabilityIncentives",
            "videoLinks");
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "availability", Set.of("IN_STOCK", "OUT_OF_STOCK", "PREORDER", "LIMITED_AVAILABILITY", "BACKORDER"),
            "condition", Set.of("NEW", "USED", "REFURBISHED"),
            "ageGroup", Set.of("ADULT", "KIDS", "TODDLER", "INFANT", "NEWBORN"),
            "gender", Set.of("MALE", "FEMALE", "UNISEX"));
    private static final Set<String> WEIGHT_UNITS = Set.of("kg", "g", "lb", "oz");

    private ProductInputRules() {}

    /**
     * @param body the request body
     * @return the product input with lowerCamel names and its offer id normalised, without the
     *     output-only {@code name} and {@code product}
     * @throws GoogleApiException 400 for the first rule it breaks
     */
    static JsonObject read(JsonValue body) throws GoogleApiException {
        if (!(body instanceof JsonObject raw)) {
            throw GoogleApiException.invalidPayload("product_input", "Invalid JSON payload received. Expected an object.");
        }
        JsonObject input = camelCase(raw, "product_input", INPUT_FIELDS);
        String offerId = requiredText(input, "offerId", "offer_id").strip().replaceAll("\\s+", " ");
        if (offerId.isEmpty()) {
            throw GoogleApiException.invalidField("offer_id", "Required parameter: offer_id");
        }
        if (offerId.length() > OFFER_ID_MAX) {
            throw tooLong("offer_id", offerId, OFFER_ID_MAX);
        }
        String language = requiredText(input, "contentLanguage", "content_language");
        if (!LANGUAGE.matcher(language).matches()) {
            throw GoogleApiException.invalidField("content_language", "Invalid content language: " + language
                    + " (a two-letter ISO 639-1 code such as it)");
        }
        String feedLabel = requiredText(input, "feedLabel", "feed_label");
        if (!FEED_LABEL.matcher(feedLabel).matches()) {
            throw GoogleApiException.invalidField("feed_label", "Invalid feed label: " + feedLabel
                    + " (at most 20 of A-Z, 0-9, hyphen and underscore)");
        }
        JsonObjectBuilder stored = Json.createObjectBuilder(input).remove("name").remove("product")
                .add("offerId", offerId);
        if (input.containsKey("versionNumber")) {
            int64(input.get("versionNumber"), "product_input.version_number");
        }
        if (input.containsKey("productAttributes")) {
            if (!(input.get("productAttributes") instanceof JsonObject attributes)) {
                throw wrongType("product_input.product_attributes", "TYPE_MESSAGE", input.get("productAttributes"));
            }
            JsonObject checked = camelCase(attributes, "product_input.product_attributes", ATTRIBUTES);
            attributes(checked);
            stored.add("productAttributes", checked);
        }
        return stored.build();
    }

    private static void attributes(JsonObject a) throws GoogleApiException {
        for (var entry : ENUMS.entrySet()) {
            String field = entry.getKey();
            if (a.containsKey(field) && !(a.get(field) instanceof JsonString value
                    && entry.getValue().contains(value.getString()))) {
                String type = Character.toUpperCase(field.charAt(0)) + field.substring(1);
                throw GoogleApiException.invalidPayload("product_input.product_attributes." + snake(field),
                        "Invalid value at 'product_input.product_attributes." + snake(field) + "' (" + ENUM_TYPE
                                + type + "), " + a.get(field));
            }
        }
        limit(a, "title", TITLE_MAX);
        limit(a, "description", DESCRIPTION_MAX);
        limit(a, "brand", BRAND_MAX);
        limit(a, "mpn", BRAND_MAX);
        url(a, "link");
        url(a, "imageLink");
        JsonArray images = list(a, "additionalImageLinks");
        if (images.size() > IMAGES_MAX) {
            throw GoogleApiException.invalidField("product_attributes.additional_image_links",
                    "Too many values: " + images.size() + ", at most " + IMAGES_MAX);
        }
        for (int i = 0; i < images.size(); i++) {
            url(text(images.get(i), "product_input.product_attributes.additional_image_links[" + i + "]"),
                    "product_attributes.additional_image_links");
        }
        for (String priceField : new String[] {"price", "salePrice"}) {
            if (a.containsKey(priceField)) {
                price(a.get(priceField), "product_attributes." + snake(priceField));
            }
        }
        JsonArray gtins = list(a, "gtins");
        if (gtins.size() > GTINS_MAX) {
            throw GoogleApiException.invalidField("product_attributes.gtins",
                    "Too many values: " + gtins.size() + ", at most " + GTINS_MAX);
        }
        for (int i = 0; i < gtins.size(); i++) {
            String gtin = text(gtins.get(i), "product_input.product_attributes.gtins[" + i + "]");
            if (!validGtin(gtin)) {
                throw GoogleApiException.invalidField("product_attributes.gtins", "Invalid GTIN: " + gtin
                        + " (8, 12, 13 or 14 digits with a valid check digit)");
            }
        }
        if (a.get("shippingWeight") instanceof JsonObject weight) {
            if (!(weight.get("value") instanceof JsonNumber value) || value.bigDecimalValue().signum() <= 0) {
                throw GoogleApiException.invalidField("product_attributes.shipping_weight.value",
                        "The shipping weight must be a positive number");
            }
            if (!(weight.get("unit") instanceof JsonString unit) || !WEIGHT_UNITS.contains(unit.getString())) {
                throw GoogleApiException.invalidField("product_attributes.shipping_weight.unit",
                        "Invalid unit: " + weight.get("unit") + " (kg, g, lb or oz)");
            }
        }
    }

    private static void price(JsonValue value, String field) throws GoogleApiException {
        if (!(value instanceof JsonObject price)) {
            throw wrongType("product_input." + field, "TYPE_MESSAGE", value);
        }
        JsonObject named = camelCase(price, "product_input." + field, Set.of("amountMicros", "currencyCode"));
        if (!named.containsKey("amountMicros")) {
            throw GoogleApiException.invalidField(field + ".amount_micros", "Required parameter: amount_micros");
        }
        long micros = int64(named.get("amountMicros"), "product_input." + field + ".amount_micros");
        if (micros < 0) {
            throw GoogleApiException.invalidField(field + ".amount_micros", "The price must not be negative: "
                    + BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString());
        }
        if (!(named.get("currencyCode") instanceof JsonString currency) || currency.getString().isBlank()) {
            throw GoogleApiException.invalidField(field + ".currency_code", "Required parameter: currency_code");
        }
        if (!CURRENCY.matcher(currency.getString()).matches()) {
            throw GoogleApiException.invalidField(field + ".currency_code", "Invalid currency code: "
                    + currency.getString() + " (an ISO 4217 code such as EUR)");
        }
    }

    /** GS1: 8, 12, 13 or 14 digits whose last digit is the check digit of the others. */
    static boolean validGtin(String gtin) {
        if (gtin == null || !gtin.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = gtin.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (gtin.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == gtin.charAt(gtin.length() - 1) - '0';
    }

    /** The object with every name in lowerCamel, refusing a name the message does not have. */
    private static JsonObject camelCase(JsonObject object, String at, Set<String> known) throws GoogleApiException {
        JsonObjectBuilder named = Json.createObjectBuilder();
        for (var entry : object.entrySet()) {
            String name = camel(entry.getKey());
            if (!known.contains(name)) {
                throw GoogleApiException.invalidPayload(at, "Invalid JSON payload received. Unknown name \""
                        + entry.getKey() + "\" at '" + at + "': Cannot find field.");
            }
            named.add(name, entry.getValue());
        }
        return named.build();
    }

    private static String requiredText(JsonObject input, String name, String field) throws GoogleApiException {
        if (!input.containsKey(name)) {
            throw GoogleApiException.invalidField(field, "Required parameter: " + field);
        }
        return text(input.get(name), "product_input." + field);
    }

    private static String text(JsonValue value, String at) throws GoogleApiException {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw wrongType(at, "TYPE_STRING", value);
    }

    private static JsonArray list(JsonObject a, String name) throws GoogleApiException {
        JsonValue value = a.get(name);
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        throw wrongType("product_input.product_attributes." + snake(name), "TYPE_STRING", value);
    }

    private static long int64(JsonValue value, String at) throws GoogleApiException {
        String digits = value instanceof JsonString text ? text.getString()
                : value instanceof JsonNumber number && number.isIntegral() ? number.toString() : null;
        if (digits == null || !INTEGER.matcher(digits).matches()) {
            throw wrongType(at, "TYPE_INT64", value);
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooBig) {
            throw wrongType(at, "TYPE_INT64", value);
        }
    }

    private static void limit(JsonObject a, String name, int max) throws GoogleApiException {
        if (a.containsKey(name)) {
            String value = text(a.get(name), "product_input.product_attributes." + snake(name));
            if (value.codePointCount(0, value.length()) > max) {
                throw tooLong("product_attributes." + snake(name), value, max);
            }
        }
    }

    private static void url(JsonObject a, String name) throws GoogleApiException {
        if (a.containsKey(name)) {
            url(text(a.get(name), "product_input.product_attributes." + snake(name)),
                    "product_attributes." + snake(name));
        }
    }

    private static void url(String value, String field) throws GoogleApiException {
        boolean ok = value.length() <= URL_MAX;
        if (ok) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw GoogleApiException.invalidField(field, "Invalid URL: " + value);
        }
    }

    private static GoogleApiException tooLong(String field, String value, int max) {
        return GoogleApiException.invalidField(field, "Too long: " + value.codePointCount(0, value.length())
                + " characters, at most " + max);
    }

    private static GoogleApiException wrongType(String at, String type, JsonValue value) {
        return GoogleApiException.invalidPayload(at, "Invalid value at '" + at + "' (" + type + "), " + value);
    }

    static String camel(String name) {
        StringBuilder camel = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    static String snake(String name) {
        return name.replaceAll("([A-Z0-9])", "_$1").toLowerCase(Locale.ROOT);
    }
}

package it.crocevia.testserver.magento;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code product} of a {@code POST /V1/products} or {@code PUT /V1/products/{sku}} body, read
 * as 2.4.7+'s {@code ServiceInputProcessor} hydrates a {@code ProductInterface}: each property
 * must have a getter ({@code "%fieldName" is not supported}), scalars are converted to the getter's
 * type ({@code TypeProcessor}: an int or float must pass PHP's {@code is_numeric}, else
 * {@code The "abc" value's type is invalid}, wrapped once per nesting level as
 * {@code Error occurred during "price" processing. ...}; a bool takes PHP's truthiness), and a
 * property sent as null counts as not sent.
 *
 * <p>Only what the body names is kept, so a {@code PUT} of an existing product changes those
 * fields and keeps the others, as {@code ProductRepository::save} merges them.
 * {@code product_links}, {@code options} and {@code tier_prices}, and the extension attributes of
 * other product types, are read and ignored.
 */
final class ProductInput {

    /** The interface's own fields given, converted ({@link Schemas#PRODUCT} names). */
    final Map<String, Object> fields = new LinkedHashMap<>();
    /** {@code custom_attributes} given: code to a String or a List of strings. */
    final Map<String, Object> attributes = new LinkedHashMap<>();
    /** {@code extension_attributes.website_ids}, or null when not given. */
    List<Integer> websiteIds;
    /** {@code extension_attributes.category_links}, or null when not given. */
    List<Record> categoryLinks;
    /** {@code extension_attributes.stock_item}'s fields, or null when not given. */
    Map<String, Object> stockItem;
    /** {@code media_gallery_entries}, or null when not given. */
    List<Record> media;
    /**
     * The {@code content} of each entry of {@link #media}, in the same order ({@code
     * base64_encoded_data}, {@code type}, {@code name}), an empty map for an entry without one.
     */
    List<Map<String, Object>> mediaContents;
    /** Whether {@code extension_attributes} had anything: when not, an update keeps the stored ones. */
    boolean extensionAttributes;

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("id", "int"), Map.entry("sku", "string"),
            Map.entry("name", "string"), Map.entry("attribute_set_id", "int"), Map.entry("price", "float"),
            Map.entry("status", "int"), Map.entry("visibility", "int"), Map.entry("type_id", "string"),
            Map.entry("created_at", "string"), Map.entry("updated_at", "string"), Map.entry("weight", "float"));
    private static final Set<String> IGNORED = Set.of("product_links", "options", "tier_prices");
    private static final Set<String> OTHER_EXTENSIONS = Set.of("bundle_product_options",
            "configurable_product_options", "configurable_product_links", "downloadable_product_links",
            "downloadable_product_samples", "discounts");
    private static final Map<String, String> STOCK_TYPES = stockTypes();
    /** {@code frameworkDataImageContentInterface}. */
    private static final Map<String, String> CONTENT_TYPES = Map.of("base64_encoded_data", "string", "type", "string",
            "name", "string");
    private static final Map<String, String> MEDIA_TYPES = Map.of("id", "int", "media_type", "string",
            "label", "string", "position", "int", "disabled", "bool", "file", "string");

    private ProductInput() {}

    static ProductInput parse(JsonValue product) throws MagentoException {
        ProductInput input = new ProductInput();
        for (Map.Entry<String, JsonValue> property : object(product, List.of()).entrySet()) {
            String name = property.getKey();
            JsonValue value = property.getValue();
            List<String> path = List.of(name);
            if (value == JsonValue.NULL) {
                continue;
            }
            if (TYPES.containsKey(name)) {
                input.fields.put(name, convert(value, TYPES.get(name), path));
            } else if (name.equals("custom_attributes")) {
                input.customAttributes(value, path);
            } else if (name.equals("extension_attributes")) {
                input.extensionAttributes(value, path);
            } else if (name.equals("media_gallery_entries")) {
                input.media = new ArrayList<>();
                input.mediaContents = new ArrayList<>();
                for (JsonValue entry : array(value)) {
                    input.media.add(record(Schemas.MEDIA_ENTRY, entry, MEDIA_TYPES, path));
                    JsonValue content = object(entry, path).get("content");
                    input.mediaContents.add(content == null || content == JsonValue.NULL ? Map.of()
                            : fields(content, CONTENT_TYPES, append(path, "content")));
                }
            } else if (!IGNORED.contains(name)) {
                throw Errors.notSupported(SearchCriteriaParser.upperCamel(name));
            }
        }
        return input;
    }

    /** The {@code stockItem} of a {@code PUT /V1/products/{sku}/stockItems/{itemId}} body. */
    static Map<String, Object> stockItem(JsonValue stockItem) throws MagentoException {
        return fields(stockItem, STOCK_TYPES, List.of());
    }

    private void customAttributes(JsonValue value, List<String> path) throws MagentoException {
        for (JsonValue item : array(value)) {
            String code = null;
            Object attributeValue = null;
            for (Map.Entry<String, JsonValue> property : object(item, path).entrySet()) {
                switch (property.getKey()) {
                    case "attribute_code" -> code = (String) convert(property.getValue(), "string", path);
                    case "value" -> attributeValue = property.getValue() instanceof JsonArray list
                            ? strings(list, path) : convert(property.getValue(), "string", path);
                    default -> throw Errors.notSupported(SearchCriteriaParser.upperCamel(property.getKey()));
                }
            }
            if (code != null) {
                attributes.put(code, attributeValue);
            }
        }
    }

    private void extensionAttributes(JsonValue value, List<String> path) throws MagentoException {
        for (Map.Entry<String, JsonValue> property : object(value, path).entrySet()) {
            String name = property.getKey();
            JsonValue item = property.getValue();
            List<String> inner = append(path, name);
            if (item == JsonValue.NULL) {
                continue;
            }
            extensionAttributes = true;
            switch (name) {
                case "website_ids" -> {
                    websiteIds = new ArrayList<>();
                    for (JsonValue id : array(item)) {
                        websiteIds.add((Integer) convert(id, "int", inner));
                    }
                }
                case "category_links" -> {
                    categoryLinks = new ArrayList<>();
                    for (JsonValue link : array(item)) {
                        categoryLinks.add(record(Schemas.CATEGORY_LINK, link,
                                Map.of("position", "int", "category_id", "string"), inner));
                    }
                }
                case "stock_item" -> stockItem = fields(item, STOCK_TYPES, inner);
                default -> {
                    if (!OTHER_EXTENSIONS.contains(name)) {
                        throw Errors.notSupported(SearchCriteriaParser.upperCamel(name));
                    }
                }
            }
        }
    }

    /** A nested data object's properties, converted; {@code extension_attributes} inside is accepted and ignored. */
    private static Map<String, Object> fields(JsonValue value, Map<String, String> types, List<String> path)
            throws MagentoException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> property : object(value, path).entrySet()) {
            String name = property.getKey();
            if (property.getValue() == JsonValue.NULL || name.equals("extension_attributes")) {
                continue;
            }
            String type = types.get(name);
            if (type == null) {
                throw Errors.notSupported(SearchCriteriaParser.upperCamel(name));
            }
            fields.put(name, convert(property.getValue(), type, append(path, name)));
        }
        return fields;
    }

    private static Record record(Schema schema, JsonValue value, Map<String, String> types, List<String> path)
            throws MagentoException {
        Record record = new Record(schema);
        for (Map.Entry<String, JsonValue> property : object(value, path).entrySet()) {
            String name = property.getKey();
            if (name.equals("types") && schema == Schemas.MEDIA_ENTRY) {
                record.put("types", strings(array(property.getValue()), path));
            } else if (name.equals("content") || name.equals("extension_attributes")) {
                continue;
            } else if (types.containsKey(name)) {
                if (property.getValue() != JsonValue.NULL) {
                    record.put(name, convert(property.getValue(), types.get(name), append(path, name)));
                }
            } else {
                throw Errors.notSupported(SearchCriteriaParser.upperCamel(name));
            }
        }
        return record;
    }

    /**
     * {@code TypeProcessor::processSimpleAndAnyType}: an Integer, a BigDecimal, a Boolean or a
     * String.
     */
    static Object convert(JsonValue value, String type, List<String> path) throws MagentoException {
        if (value instanceof JsonObject || value instanceof JsonArray) {
            throw invalid(path, "array", type);
        }
        String text = text(value);
        switch (type) {
            case "int", "float" -> {
                if (!Php.isNumeric(text)) {
                    throw invalid(path, text, type);
                }
                return type.equals("int") ? Php.toInt(text) : new BigDecimal(text.strip());
            }
            case "bool" -> {
                return value == JsonValue.TRUE || value instanceof JsonNumber number && number.doubleValue() != 0
                        || value instanceof JsonString string && !string.getString().isEmpty()
                        && !string.getString().equals("0");
            }
            default -> {
                return text;
            }
        }
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value == JsonValue.TRUE) {
            return "1";
        }
        if (value == JsonValue.FALSE) {
            return "";
        }
        return value.toString();
    }

    private static MagentoException invalid(List<String> path, String value, String type) {
        StringBuilder message = new StringBuilder();
        for (String property : path) {
            message.append("Error occurred during \"").append(property).append("\" processing. ");
        }
        return MagentoException.of(400, message + "The \"" + value + "\" value's type is invalid. The \"" + type
                + "\" type was expected. Verify and try again.");
    }

    private static List<String> strings(List<JsonValue> values, List<String> path) throws MagentoException {
        List<String> texts = new ArrayList<>();
        for (JsonValue value : values) {
            texts.add((String) convert(value, "string", path));
        }
        return List.copyOf(texts);
    }

    /** A data object: a JSON object; an array or scalar has no properties, as PHP iterates it. */
    private static Map<String, JsonValue> object(JsonValue value, List<String> path) {
        return value instanceof JsonObject object ? object : Map.of();
    }

    private static List<JsonValue> array(JsonValue value) {
        return value instanceof JsonArray array ? array : List.of();
    }

    private static List<String> append(List<String> path, String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return longer;
    }

    private static Map<String, String> stockTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        for (Column column : Schemas.STOCK_ITEM.columns) {
            types.put(column.name(), switch (column.name()) {
                case "qty", "min_qty", "min_sale_qty", "max_sale_qty", "notify_stock_qty", "qty_increments" -> "float";
                case "item_id", "product_id", "stock_id", "backorders", "stock_status_changed_auto",
                        "use_config_min_sale_qty" -> "int";
                case "low_stock_date" -> "string";
                default -> "bool";
            });
        }
        types.put("website_id", "int");
        return Map.copyOf(types);
    }
}

package it.crocevia.testserver.prestashop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An entity while a webservice write fills it, as the PHP object of
 * {@code WebserviceRequest::saveEntityFromXml} is: the raw texts the body set (or null), one map
 * per multilingual field, validated as {@code ObjectModel::validateFieldsLang} and
 * {@code validateFields} do (first error wins, in definition order), then cast as
 * {@code ObjectModel::formatValue} and MySQL store them.
 */
final class Draft {

    final Resource resource;
    /** The record's id, 0 for a new one. */
    final int id;
    private final Object[] values;
    private final List<List<Row>> associations;
    /** The fields a PATCH body set: only they are validated. */
    private final Set<String> given = new HashSet<>();
    /**
     * The multilingual fields the body set as a plain string (absent, or without
     * {@code <language>} children): PHP then holds a string, not an array, and every language is
     * stored empty.
     */
    private final Set<String> scalar = new HashSet<>();

    private Draft(Resource resource, int id, Object[] values, List<List<Row>> associations) {
        this.resource = resource;
        this.id = id;
        this.values = values;
        this.associations = associations;
    }

    /** A new object: every field null, multilingual ones without text. */
    static Draft create(Resource resource) {
        Object[] values = resource.newValues();
        for (int i = 0; i < values.length; i++) {
            if (resource.fields.get(i).i18n()) {
                values[i] = new LinkedHashMap<Integer, String>();
            }
        }
        List<List<Row>> associations = new ArrayList<>();
        resource.associations.forEach(association -> associations.add(List.of()));
        return new Draft(resource, 0, values, associations);
    }

    /** A stored record loaded for a PUT or PATCH: its texts, every language of multilingual fields. */
    static Draft load(Resource resource, Row row) {
        Object[] values = row.copyOfValues();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Localized localized) {
                values[i] = new LinkedHashMap<>(localized.texts());
            } else if (values[i] != null && !(values[i] instanceof String)) {
                values[i] = Row.phpText(values[i]);
            } else if (resource.fields.get(i).i18n() && values[i] == null) {
                values[i] = new LinkedHashMap<Integer, String>();
            }
        }
        return new Draft(resource, row.id, values, new ArrayList<>(row.associations()));
    }

    String get(String field) {
        return (String) values[resource.required(field)];
    }

    void set(String field, String value) {
        values[resource.required(field)] = value;
        given.add(field);
    }

    @SuppressWarnings("unchecked")
    Map<Integer, String> texts(String field) {
        return (Map<Integer, String>) values[resource.required(field)];
    }

    /** Replaces a multilingual field ({@code $object->name = '...'} without languages: none set). */
    void clearTexts(String field) {
        texts(field).clear();
        given.add(field);
        scalar.add(field);
    }

    void setText(String field, int language, String text) {
        texts(field).put(language, text);
        given.add(field);
        scalar.remove(field);
    }

    /** @return whether PHP holds this multilingual field as a string rather than an array */
    boolean isScalar(String field) {
        return scalar.contains(field);
    }

    List<List<Row>> associations() {
        return associations;
    }

    void associate(String name, List<Row> elements) {
        associations.set(resource.associations.indexOf(resource.association(name)), List.copyOf(elements));
    }

    /**
     * {@code ObjectModel::validateFieldsLang}: each multilingual field's languages, the default
     * language always (empty when not set).
     *
     * @param onlyGiven for a PATCH, only the fields the body set
     * @return the first error, or null
     */
    String validateFieldsLang(boolean onlyGiven) {
        for (String name : resource.definitionOrder) {
            Field field = resource.fields.get(resource.required(name));
            if (!field.i18n() || onlyGiven && !given.contains(name)) {
                continue;
            }
            Map<Integer, String> texts = new LinkedHashMap<>(texts(name));
            texts.putIfAbsent(PrestaShopDefaults.LANG_IT, "");
            for (Map.Entry<Integer, String> text : texts.entrySet()) {
                String error = validateField(field, text.getValue(), text.getKey());
                if (error != null) {
                    return error;
                }
            }
        }
        return null;
    }

    /** {@code ObjectModel::validateFields}: the single-language fields. */
    String validateFields(boolean onlyGiven) {
        for (String name : resource.definitionOrder) {
            Field field = resource.fields.get(resource.required(name));
            if (field.i18n() || onlyGiven && !given.contains(name)) {
                continue;
            }
            String error = validateField(field, get(name), 0);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    /** {@code ObjectModel::validateField} with its messages (not the "human" ones). */
    private String validateField(Field field, String raw, int language) {
        Input input = field.input();
        String property = resource.className + "->" + field.name();
        String value = raw;
        if ((language == 0 || language == PrestaShopDefaults.LANG_IT) && input.required()
                && (value == null || value.isEmpty())) {
            return "Property " + property + " is empty.";
        }
        if (Php.empty(value) && input.defaultValue() != null) {
            value = input.defaultValue();
            values[resource.required(field.name())] = value;
        }
        if (!input.values().isEmpty() && !input.values().contains(value)) {
            return "Property " + property + " has a bad value (allowed values are: "
                    + String.join(", ", input.values()) + ").";
        }
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (input.maxSize() > 0 && length > input.maxSize()) {
            return "The length of property " + property + " is currently " + length + " chars. It must be between 0 and "
                    + input.maxSize() + " chars.";
        }
        if (input.validate() != null && !Php.empty(value) && !Validate.check(input.validate(), value)) {
            return "Property " + property + " is not valid";
        }
        return null;
    }

    /**
     * The values as stored: each stored field cast as its {@link Input.Storage} says, multilingual
     * ones with every language (an unset one empty); fields not stored are left null for the
     * model to compute.
     */
    Object[] stored() {
        Object[] stored = resource.newValues();
        for (int i = 1; i < values.length; i++) {
            Field field = resource.fields.get(i);
            if (field.i18n()) {
                Map<Integer, String> texts = new TreeMap<>();
                texts.put(PrestaShopDefaults.LANG_IT, "");
                texts.put(PrestaShopDefaults.LANG_EN, "");
                ((Map<?, ?>) values[i]).forEach((language, text) -> {
                    if (texts.containsKey((Integer) language)) {
                        texts.put((Integer) language, text == null ? "" : text.toString());
                    }
                });
                stored[i] = new Localized(texts);
            } else {
                stored[i] = cast(field.input().storage(), (String) values[i]);
            }
        }
        return stored;
    }

    private static String cast(Input.Storage storage, String value) {
        return switch (storage) {
            case INT -> Long.toString(Php.intval(value));
            case NULLABLE_INT -> value == null ? null : Long.toString(Php.intval(value));
            case DECIMAL -> Formats.amount(value == null ? BigDecimal.ZERO
                    : BigDecimal.valueOf(SqlCompare.number(value.replace(',', '.'))));
            case DATETIME -> value == null || value.isEmpty() ? Formats.ZERO_DATETIME : SqlCompare.date(value);
            case DATE -> value == null || value.isEmpty() ? Formats.ZERO_DATE
                    : value.length() > 10 ? value.substring(0, 10) : value;
            case TEXT -> value == null ? "" : value;
            case NONE -> null;
        };
    }
}

package it.crocevia.testserver.prestashop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored product as the shop's database holds it, for assertions: what a publication wrote,
 * and whether a restore put an earlier record back (compare {@link #fields()} and
 * {@link #multilingual()}, leaving out {@code date_upd}, which every write moves). The values are
 * the texts the webservice answers ({@code price} "12.500000", {@code active} "1"); the fields
 * computed by getters ({@code quantity}, {@code type}...) are not stored and not here.
 */
public final class PrestaShopProduct {

    private final int id;
    private final Map<String, String> fields;
    private final Map<String, Map<Integer, String>> multilingual;
    private final List<Integer> categoryIds;

    private PrestaShopProduct(int id, Map<String, String> fields, Map<String, Map<Integer, String>> multilingual,
            List<Integer> categoryIds) {
        this.id = id;
        this.fields = Collections.unmodifiableMap(fields);
        this.multilingual = Collections.unmodifiableMap(multilingual);
        this.categoryIds = List.copyOf(categoryIds);
    }

    static PrestaShopProduct of(Row row) {
        Resource resource = Resources.PRODUCTS;
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Map<Integer, String>> multilingual = new LinkedHashMap<>();
        for (int i = 1; i < resource.fields.size(); i++) {
            Field field = resource.fields.get(i);
            Object value = row.value(i);
            if (field.i18n()) {
                multilingual.put(field.name(), Collections.unmodifiableMap(((Localized) value).texts()));
            } else if (field.input().stored()) {
                fields.put(field.name(), (String) value);
            }
        }
        List<Integer> categories = row.association(resource.associations.indexOf(resource.association("categories")))
                .stream().map(category -> category.id).toList();
        return new PrestaShopProduct(row.id, fields, multilingual, categories);
    }

    public int id() {
        return id;
    }

    /**
     * @param name a stored field, e.g. {@code price}, or a multilingual one (then its Italian text)
     * @return its text, null for a NULL column
     */
    public String field(String name) {
        if (multilingual.containsKey(name)) {
            return text(name, PrestaShopDefaults.LANG_IT);
        }
        if (!fields.containsKey(name)) {
            throw new IllegalArgumentException("products have no stored field " + name);
        }
        return fields.get(name);
    }

    /** @return a multilingual field's text in a language */
    public String text(String name, int languageId) {
        Map<Integer, String> texts = multilingual.get(name);
        if (texts == null) {
            throw new IllegalArgumentException("products have no multilingual field " + name);
        }
        return texts.get(languageId);
    }

    public String reference() {
        return fields.get("reference");
    }

    public String price() {
        return fields.get("price");
    }

    /** @return the Italian name */
    public String name() {
        return text("name", PrestaShopDefaults.LANG_IT);
    }

    public boolean active() {
        return "1".equals(fields.get("active"));
    }

    /** @return the ids of the {@code categories} association, in order */
    public List<Integer> categoryIds() {
        return categoryIds;
    }

    /** @return every stored single-language field's text, in output order */
    public Map<String, String> fields() {
        return fields;
    }

    /** @return every multilingual field's texts by language id */
    public Map<String, Map<Integer, String>> multilingual() {
        return multilingual;
    }

    @Override
    public String toString() {
        return "product " + id + " " + fields.get("reference") + " " + multilingual.get("name");
    }
}

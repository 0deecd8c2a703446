package it.crocevia.testserver.magento;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stored catalog product: its values at the admin (default) scope, the values store views
 * override, its websites, category links, stock item and media gallery. Immutable; changes store
 * a new instance.
 *
 * <p>Scopes, as in a default installation: {@link #STORE_VIEW_SCOPE} attributes (names, texts,
 * {@code url_key}, {@code visibility}) may differ per store view, {@link #WEBSITE_SCOPE} ones
 * ({@code status}, {@code tax_class_id}) per website, so they are kept for each store view of the
 * website; everything else ({@code sku}, {@code price} with the default global price scope,
 * {@code weight}, the stock) is global.
 *
 * @param product the interface's own fields at the admin scope ({@link Schemas#PRODUCT})
 * @param attributes the custom attributes at the admin scope: a String, or a List of strings
 *     ({@code category_ids})
 * @param storeValues by store view id, the attribute values it overrides (own or custom fields)
 * @param websiteIds the websites it is assigned to
 * @param categoryLinks its categories ({@link Schemas#CATEGORY_LINK})
 * @param stockItem its stock item ({@link Schemas#STOCK_ITEM})
 * @param media its media gallery entries ({@link Schemas#MEDIA_ENTRY})
 */
record CatalogProduct(Record product, Map<String, Object> attributes, Map<Integer, Map<String, Object>> storeValues,
        List<Integer> websiteIds, List<Record> categoryLinks, Record stockItem, List<Record> media) {

    static final Set<String> STORE_VIEW_SCOPE = Set.of("name", "visibility", "description", "short_description",
            "meta_title", "meta_keyword", "meta_description", "url_key");
    static final Set<String> WEBSITE_SCOPE = Set.of("status", "tax_class_id");

    CatalogProduct {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Map<Integer, Map<String, Object>> copy = new LinkedHashMap<>();
        storeValues.forEach((store, values) -> copy.put(store,
                Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        storeValues = Collections.unmodifiableMap(copy);
        websiteIds = List.copyOf(websiteIds);
        categoryLinks = List.copyOf(categoryLinks);
        media = List.copyOf(media);
    }

    static boolean scoped(String code) {
        return STORE_VIEW_SCOPE.contains(code) || WEBSITE_SCOPE.contains(code);
    }

    int id() {
        return (Integer) product.get("id");
    }

    String sku() {
        return product.text("sku");
    }

    String updatedAt() {
        Object value = product.get("updated_at");
        return value == null ? "" : value.toString();
    }

    /**
     * @param code an own field ({@code name}) or a custom attribute ({@code url_key})
     * @param storeId the store view the value is read in, 0 for the admin scope
     * @return the value that store view shows: its own when it overrides it, else the admin one
     */
    Object value(String code, int storeId) {
        Map<String, Object> overrides = storeValues.get(storeId);
        if (overrides != null && overrides.containsKey(code)) {
            return overrides.get(code);
        }
        return Schemas.PRODUCT.indexOf(code) >= 0 ? product.get(code) : attributes.get(code);
    }

    /** @return the custom attributes a store view shows, in the admin order, then its own additions */
    Map<String, Object> attributes(int storeId) {
        Map<String, Object> shown = new LinkedHashMap<>(attributes);
        Map<String, Object> overrides = storeValues.getOrDefault(storeId, Map.of());
        overrides.forEach((code, value) -> {
            if (Schemas.PRODUCT.indexOf(code) < 0) {
                shown.put(code, value);
            }
        });
        return shown;
    }
}

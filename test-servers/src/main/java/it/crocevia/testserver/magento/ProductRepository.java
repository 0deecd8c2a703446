package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.SqlDates;
import it.crocevia.testserver.magento.ReferenceData.StoreView;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code Catalog\Model\ProductRepository} on the in-memory database, as the REST services and the
 * test seeding use it. Runs under the database's write lock.
 *
 * <p>{@code save} is create-or-update by SKU, which is why {@code PUT /V1/products/{sku}} creates
 * a missing product: without a SKU it answers {@code The "%1" attribute value is empty} (400);
 * a new product gets Magento's defaults (attribute set 4, simple, enabled, visible in catalog and
 * search, taxable goods, the store's website or, in the admin scope, every website, a URL key made
 * from its name, an empty out-of-stock stock item) and needs a name and a price
 * ({@code The "Product Name" attribute value is empty...}); an existing one is merged: what the
 * body does not name is kept, and extension attributes not sent at all keep the stored ones. Two
 * products may not share a URL key in a store ({@code URL key for specified store already
 * exists.}).
 *
 * <p>Scopes: in the admin scope ({@code /rest/all/V1}) every value is the default one. In a store
 * view ({@code /rest/V1} is the default store view), creating writes the store-scoped values both
 * as defaults and for that store view (website-scoped ones for each store view of its website),
 * and updating writes a store-scoped value for the store view only when it changes what the store
 * view shows, as the save's "unchanged values stay at the default scope" rule does; global values
 * ({@code sku}, {@code price}, {@code weight}, stock) are always the defaults. Simplification:
 * Magento writes only the required store-scoped values (the name) as defaults when creating in a
 * store view, so a description created that way is missing at the admin scope there.
 */
final class ProductRepository {

    static final int DEFAULT_ATTRIBUTE_SET = 4;
    static final int VISIBILITY_BOTH = 4;
    static final String TAXABLE_GOODS = "2";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_URL = Pattern.compile("[^a-z0-9]+");

    private ProductRepository() {}

    /** {@code get($sku)}: 404 when missing. */
    static CatalogProduct get(ShopDatabase db, String sku) throws MagentoException {
        Integer id = db.productId(sku);
        if (id == null) {
            throw Errors.productNotFound();
        }
        return db.products.get(id);
    }

    /** {@code deleteById($sku)}. */
    static void delete(ShopDatabase db, String sku) throws MagentoException {
        db.removeProduct(get(db, sku));
    }

    /**
     * {@code save($product)}.
     *
     * @param store the store view of the request ({@code all} is the admin store, id 0)
     * @return the saved product
     */
    static CatalogProduct save(ShopDatabase db, ProductInput input, StoreView store, LocalDateTime now)
            throws MagentoException {
        Object sku = input.fields.get("sku");
        if (sku == null || sku.toString().isEmpty()) {
            throw Errors.skuEmpty();
        }
        Integer existing = db.productId(sku.toString());
        CatalogProduct saved = existing == null ? create(db, input, store, now)
                : update(db, db.products.get(existing), input, store, now);
        checkUrlKey(db, saved, store.id());
        db.putProduct(saved);
        return saved;
    }

    private static CatalogProduct create(ShopDatabase db, ProductInput input, StoreView store, LocalDateTime now)
            throws MagentoException {
        Map<String, Object> given = new LinkedHashMap<>(input.fields);
        if (empty(given.get("name"))) {
            throw Errors.attributeEmpty("Product Name");
        }
        if (given.get("price") == null) {
            throw Errors.attributeEmpty("Price");
        }
        int id = db.products.nextId();
        String date = SqlDates.dateTime(now);
        Record product = new Record(Schemas.PRODUCT).put("id", id).put("sku", given.get("sku"))
                .put("name", given.get("name")).put("attribute_set_id", orDefault(given, "attribute_set_id",
                        DEFAULT_ATTRIBUTE_SET))
                .put("price", given.get("price")).put("status", orDefault(given, "status", 1))
                .put("visibility", orDefault(given, "visibility", VISIBILITY_BOTH))
                .put("type_id", orDefault(given, "type_id", "simple")).put("created_at", date).put("updated_at", date)
                .put("weight", given.get("weight"));
        Map<String, Object> attributes = new LinkedHashMap<>(input.attributes);
        attributes.putIfAbsent("options_container", "container2");
        attributes.putIfAbsent("required_options", "0");
        attributes.putIfAbsent("has_options", "0");
        if (empty(attributes.get("url_key"))) {
            attributes.put("url_key", urlKey(given.get("name").toString()));
        }
        attributes.putIfAbsent("tax_class_id", TAXABLE_GOODS);
        List<Record> links = input.categoryLinks != null ? input.categoryLinks : links(attributes.get("category_ids"));
        syncCategoryIds(attributes, links);
        Map<Integer, Map<String, Object>> storeValues = new HashMap<>();
        if (store.id() != 0) {
            Map<String, Object> scoped = new LinkedHashMap<>();
            given.forEach((code, value) -> keepScoped(scoped, code, value));
            attributes.forEach((code, value) -> keepScoped(scoped, code, value));
            writeScoped(storeValues, store, scoped);
        }
        List<Integer> websites = input.websiteIds != null ? input.websiteIds
                : store.id() == 0 ? websiteIds() : List.of(store.websiteId());
        Record stock = StockRegistry.create(db.nextStockItemId(), id);
        stock = input.stockItem != null ? StockRegistry.update(stock, input.stockItem, now) : StockRegistry.save(stock, now);
        checkCategories(db, links);
        List<Record> media = media(db, input, List.of());
        roles(attributes, media);
        return new CatalogProduct(product, attributes, storeValues, websites, links, stock, media);
    }

    private static CatalogProduct update(ShopDatabase db, CatalogProduct old, ProductInput input, StoreView store,
            LocalDateTime now) throws MagentoException {
        if (input.fields.containsKey("name") && empty(input.fields.get("name"))) {
            throw Errors.attributeEmpty("Product Name");
        }
        int storeId = store.id();
        Record product = old.product();
        Map<String, Object> attributes = new LinkedHashMap<>(old.attributes());
        Map<Integer, Map<String, Object>> storeValues = new HashMap<>();
        old.storeValues().forEach((id, values) -> storeValues.put(id, new LinkedHashMap<>(values)));
        Map<String, Object> scoped = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : input.fields.entrySet()) {
            String code = field.getKey();
            if (code.equals("id") || code.equals("sku") || code.equals("created_at") || code.equals("updated_at")) {
                continue;
            }
            if (storeId != 0 && CatalogProduct.scoped(code)) {
                scoped.put(code, field.getValue());
            } else {
                product = product.with(code, field.getValue());
            }
        }
        Map<String, Object> customs = new LinkedHashMap<>(input.attributes);
        List<Record> links = old.categoryLinks();
        if (input.categoryLinks != null) {
            links = input.categoryLinks;
        } else if (customs.containsKey("category_ids")) {
            links = links(customs.get("category_ids"));
        }
        customs.remove("category_ids");
        for (Map.Entry<String, Object> attribute : customs.entrySet()) {
            if (storeId != 0 && CatalogProduct.scoped(attribute.getKey())) {
                scoped.put(attribute.getKey(), attribute.getValue());
            } else {
                attributes.put(attribute.getKey(), attribute.getValue());
            }
        }
        syncCategoryIds(attributes, links);
        scoped.entrySet().removeIf(change -> Objects.equals(old.value(change.getKey(), storeId),
                change.getValue()) && !old.storeValues().getOrDefault(storeId, Map.of()).containsKey(change.getKey()));
        writeScoped(storeValues, store, scoped);
        List<Integer> websites = input.websiteIds != null ? input.websiteIds : old.websiteIds();
        Record stock = input.stockItem != null ? StockRegistry.update(old.stockItem(), input.stockItem, now)
                : old.stockItem();
        checkCategories(db, links);
        List<Record> media = old.media();
        if (input.media != null) {
            media = media(db, input, old.media());
            roles(attributes, media);
        }
        product = product.with("updated_at", SqlDates.dateTime(now));
        return new CatalogProduct(product, attributes, storeValues, websites, links, stock, media);
    }

    /** Writes store-scoped values for a store view, website-scoped ones for each store view of its website. */
    private static void writeScoped(Map<Integer, Map<String, Object>> storeValues, StoreView store,
            Map<String, Object> scoped) {
        for (Map.Entry<String, Object> value : scoped.entrySet()) {
            for (StoreView view : ReferenceData.STORE_VIEWS) {
                boolean target = view.id() == store.id() || CatalogProduct.WEBSITE_SCOPE.contains(value.getKey())
                        && view.id() != 0 && view.websiteId() == store.websiteId();
                if (target) {
                    storeValues.computeIfAbsent(view.id(), id -> new LinkedHashMap<>()).put(value.getKey(),
                            value.getValue());
                }
            }
        }
    }

    private static void keepScoped(Map<String, Object> scoped, String code, Object value) {
        if (CatalogProduct.scoped(code)) {
            scoped.put(code, value);
        }
    }

    private static void checkUrlKey(ShopDatabase db, CatalogProduct saved, int storeId) throws MagentoException {
        Object key = saved.value("url_key", storeId);
        if (empty(key)) {
            return;
        }
        for (CatalogProduct other : db.products.byId()) {
            if (other.id() != saved.id() && key.equals(other.value("url_key", storeId))) {
                throw Errors.urlKeyExists();
            }
        }
    }

    /** {@code category_ids} given as a custom attribute: links at position 0. */
    private static List<Record> links(Object categoryIds) {
        List<Record> links = new ArrayList<>();
        if (categoryIds instanceof List<?> ids) {
            ids.forEach(id -> links.add(new Record(Schemas.CATEGORY_LINK).put("position", 0)
                    .put("category_id", id.toString())));
        } else if (categoryIds != null && !categoryIds.toString().isEmpty()) {
            for (String id : categoryIds.toString().split(",")) {
                links.add(new Record(Schemas.CATEGORY_LINK).put("position", 0).put("category_id", id.strip()));
            }
        }
        return links;
    }

    /** The {@code category_ids} attribute shows the links' categories, and is absent without any. */
    private static void syncCategoryIds(Map<String, Object> attributes, List<Record> links) {
        if (links.isEmpty()) {
            attributes.remove("category_ids");
        } else {
            attributes.put("category_ids", links.stream().map(link -> link.text("category_id")).toList());
        }
    }

    /**
     * {@code ProductRepository::processMediaGallery}: the entries given replace the gallery. One
     * whose id the gallery has keeps its file; any other is new and needs a {@code content}
     * ("The image content is invalid. Verify the content and try again."), stored as
     * {@link ImageContents} stores it, under the next gallery id.
     */
    private static List<Record> media(ShopDatabase db, ProductInput input, List<Record> gallery)
            throws MagentoException {
        if (input.media == null) {
            return List.of();
        }
        List<Record> stored = new ArrayList<>();
        for (int i = 0; i < input.media.size(); i++) {
            Record copy = input.media.get(i).copy();
            Object id = copy.get("id");
            Record existing = gallery.stream().filter(entry -> entry.get("id").equals(id)).findFirst().orElse(null);
            if (existing != null) {
                copy.put("file", existing.get("file"));
            } else {
                Map<String, Object> content = input.mediaContents.get(i);
                if (content.isEmpty()) {
                    throw MagentoException.of(400, "The image content is invalid. Verify the content and try again.");
                }
                copy.put("file", ImageContents.store(db.catalog, content));
                copy.put("id", db.nextMediaId());
            }
            if (copy.get("types") == null) {
                copy.put("types", List.of());
            }
            if (copy.get("disabled") == null) {
                copy.put("disabled", Boolean.FALSE);
            }
            stored.add(copy);
        }
        return stored;
    }

    /** The image roles ({@code image}, {@code small_image}, {@code thumbnail}...) point to the entries that have them. */
    private static void roles(Map<String, Object> attributes, List<Record> media) {
        for (Record entry : media) {
            if (entry.get("types") instanceof List<?> types) {
                types.forEach(type -> attributes.put(type.toString(), entry.get("file")));
            }
        }
    }

    /** A link to a category that does not exist fails the save (a foreign key of {@code catalog_category_product}). */
    private static void checkCategories(ShopDatabase db, List<Record> links) throws MagentoException {
        for (Record link : links) {
            String id = link.text("category_id");
            if (!Php.isNumeric(id) || db.catalog.categories.get(Php.toInt(id)) == null) {
                throw Errors.productNotSaved();
            }
        }
    }

    /**
     * {@code ProductUrlPathGenerator::getUrlKey} for a new product: {@code formatUrlKey} of the
     * name, lower case, transliterated, anything but letters and digits a dash.
     */
    static String urlKey(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String dashed = NOT_URL.matcher(plain).replaceAll("-");
        int start = 0;
        int end = dashed.length();
        while (start < end && dashed.charAt(start) == '-') {
            start++;
        }
        while (end > start && dashed.charAt(end - 1) == '-') {
            end--;
        }
        return dashed.substring(start, end);
    }

    private static List<Integer> websiteIds() {
        return ReferenceData.WEBSITES.stream().map(ReferenceData.Website::id).filter(id -> id != 0).toList();
    }

    private static Object orDefault(Map<String, Object> given, String field, Object value) {
        Object found = given.get(field);
        return found != null ? found : value;
    }

    private static boolean empty(Object value) {
        return value == null || value.toString().isEmpty();
    }
}

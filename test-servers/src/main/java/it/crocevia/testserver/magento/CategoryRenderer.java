package it.crocevia.testserver.magento;

import static it.crocevia.testserver.magento.ColumnType.DATETIME;
import static it.crocevia.testserver.magento.ColumnType.INT;
import static it.crocevia.testserver.magento.ColumnType.LIST;
import static it.crocevia.testserver.magento.ColumnType.TEXT;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The categories as {@code GET /V1/categories} ({@code catalogDataCategoryTreeInterface}: id,
 * parent_id, name, is_active, position, level, product_count, children_data) and
 * {@code GET /V1/categories/list} ({@code catalogDataCategoryInterface} search results) show
 * them, names in the request's store view. Every category is an anchor (2.4's default), so its
 * {@code product_count} counts the distinct products in it and below it.
 */
final class CategoryRenderer {

    /** {@code catalogDataCategoryInterface}, as a search result item shows it. */
    static final Schema CATEGORY = Schema.builder("category")
            .add("id", INT).add("parent_id", INT).add("name", TEXT).add("is_active", INT).add("position", INT)
            .add("level", INT).add("children", TEXT).add("created_at", DATETIME).add("updated_at", DATETIME)
            .add("path", TEXT).required("available_sort_by", LIST).add("include_in_menu", INT)
            .build();

    private CategoryRenderer() {}

    /**
     * @param depth how many levels below the root to show, null for all
     */
    static void tree(JsonOut out, ShopDatabase db, Category root, int storeId, Integer depth) {
        node(out, db.catalog, root, storeId, depth, 0, products(db));
    }

    private static void node(JsonOut out, CatalogStructure catalog, Category category, int storeId, Integer depth,
            int level, Map<Integer, Set<Integer>> products) {
        Set<Integer> counted = new HashSet<>();
        catalog.subtree(category.id()).forEach(id -> counted.addAll(products.getOrDefault(id, Set.of())));
        out.startObject().field("id", category.id()).field("parent_id", category.parentId())
                .field("name", category.name(storeId)).field("is_active", category.active())
                .field("position", category.position()).field("level", category.level())
                .field("product_count", counted.size());
        out.startArray("children_data");
        if (depth == null || level < depth) {
            for (Category child : catalog.children(category.id())) {
                node(out, catalog, child, storeId, depth, level + 1, products);
            }
        }
        out.end();
        out.end();
    }

    /** The category as a search result's item: its own fields, then its custom attributes. */
    static Record record(CatalogStructure catalog, Category category, int storeId) {
        List<Category> children = catalog.children(category.id());
        return new Record(CATEGORY).put("id", category.id()).put("parent_id", category.parentId())
                .put("name", category.name(storeId)).put("is_active", category.active())
                .put("position", category.position()).put("level", category.level())
                .put("children", children.stream().map(c -> Integer.toString(c.id())).collect(Collectors.joining(",")))
                .put("created_at", category.createdAt()).put("updated_at", category.updatedAt())
                .put("path", catalog.path(category)).put("available_sort_by", List.of()).put("include_in_menu", true);
    }

    /** Every category as a search result's item, in a table a search can run on. */
    static EntityTable<Record> records(CatalogStructure catalog, int storeId) {
        EntityTable<Record> records = new EntityTable<>(record -> (Integer) record.get("id"), record -> "");
        catalog.categories.byId().forEach(category -> records.put(record(catalog, category, storeId)));
        return records;
    }

    static void item(JsonOut out, CatalogStructure catalog, Record record) {
        out.startObject();
        Fields.write(out, record);
        Category category = catalog.categories.get((Integer) record.get("id"));
        out.startArray("custom_attributes");
        if (category.level() >= 2) {
            String urlKey = ProductRepository.urlKey(category.name(0));
            attribute(out, "url_key", urlKey);
            attribute(out, "url_path", urlPath(catalog, category));
        }
        attribute(out, "display_mode", "PRODUCTS");
        attribute(out, "is_anchor", "1");
        attribute(out, "path", catalog.path(category));
        attribute(out, "children_count", Integer.toString(catalog.subtree(category.id()).size() - 1));
        out.end();
        out.end();
    }

    private static String urlPath(CatalogStructure catalog, Category category) {
        StringBuilder path = new StringBuilder();
        for (Category at = category; at != null && at.level() >= 2; at = catalog.categories.get(at.parentId())) {
            path.insert(0, path.isEmpty() ? ProductRepository.urlKey(at.name(0))
                    : ProductRepository.urlKey(at.name(0)) + "/");
        }
        return path.toString();
    }

    private static void attribute(JsonOut out, String code, String value) {
        out.startObject().field("attribute_code", code).field("value", value).end();
    }

    /** The products of each category, from their category links. */
    private static Map<Integer, Set<Integer>> products(ShopDatabase db) {
        Map<Integer, Set<Integer>> products = new HashMap<>();
        for (CatalogProduct product : db.products.byId()) {
            for (Record link : product.categoryLinks()) {
                String id = link.text("category_id");
                if (Php.isNumeric(id)) {
                    products.computeIfAbsent(Php.toInt(id), key -> new HashSet<>()).add(product.id());
                }
            }
        }
        return products;
    }
}

package it.crocevia.testserver.prestashop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What PrestaShop's {@code Category} getters answer for the webservice, computed when a category
 * is shown, so they always follow the tree and the products' categories:
 * <ul>
 *   <li>{@code nb_products_recursive} ({@code getWsNbProductsRecursive}): the distinct products in
 *       the category or any category below it, and -1, not 0, when there are none;</li>
 *   <li>the {@code categories} association ({@code getChildrenWs}): the active children, by
 *       position;</li>
 *   <li>the {@code products} association ({@code getProductsWs}): the products in the category
 *       (simplification: by id, where PrestaShop orders them by their position in it).</li>
 * </ul>
 * Runs under the store's lock.
 */
final class CategoryTree {

    private static final Resource CATEGORIES = Resources.CATEGORIES;

    private CategoryTree() {}

    /** The rows as the webservice shows them. */
    static List<Row> shown(Store s, List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Integer, List<Row>> children = children(s);
        Map<Integer, List<Integer>> products = products(s);
        List<Row> shown = new ArrayList<>(rows.size());
        for (Row row : rows) {
            shown.add(shown(row, children, products));
        }
        return shown;
    }

    static Row shown(Store s, Row row) {
        return shown(s, List.of(row)).get(0);
    }

    private static Row shown(Row category, Map<Integer, List<Row>> children, Map<Integer, List<Integer>> products) {
        Set<Integer> productIds = new HashSet<>();
        var pending = new ArrayDeque<Integer>();
        pending.add(category.id);
        Set<Integer> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            int id = pending.poll();
            if (seen.add(id)) {
                productIds.addAll(products.getOrDefault(id, List.of()));
                children.getOrDefault(id, List.of()).forEach(child -> pending.add(child.id));
            }
        }
        Object[] values = category.copyOfValues();
        values[CATEGORIES.required("nb_products_recursive")] = productIds.isEmpty() ? -1 : productIds.size();
        int active = CATEGORIES.required("active");
        List<Row> activeChildren = children.getOrDefault(category.id, List.of()).stream()
                .filter(child -> "1".equals(child.text(active))).map(child -> element(child.id)).toList();
        List<Row> own = products.getOrDefault(category.id, List.of()).stream().sorted().map(CategoryTree::element)
                .toList();
        return new Row(category.id, values, List.of(activeChildren, own));
    }

    /** Every category's children, by position then id. */
    private static Map<Integer, List<Row>> children(Store s) {
        int parent = CATEGORIES.required("id_parent");
        int position = CATEGORIES.required("position");
        Map<Integer, List<Row>> children = new HashMap<>();
        for (Row row : s.table(CATEGORIES).ascending()) {
            children.computeIfAbsent((int) Php.intval(row.text(parent)), id -> new ArrayList<>()).add(row);
        }
        Comparator<Row> order = Comparator.comparingLong(row -> Php.intval(row.text(position)));
        children.values().forEach(list -> list.sort(order.thenComparingInt(row -> row.id)));
        return children;
    }

    /** The products of each category, from the products' {@code categories} association. */
    private static Map<Integer, List<Integer>> products(Store s) {
        Resource resource = Resources.PRODUCTS;
        int association = resource.associations.indexOf(resource.association("categories"));
        Map<Integer, List<Integer>> products = new HashMap<>();
        for (Row product : s.table(resource).ascending()) {
            for (Row category : product.association(association)) {
                products.computeIfAbsent(category.id, id -> new ArrayList<>()).add(product.id);
            }
        }
        return products;
    }

    private static Row element(int id) {
        return new Row(id, new Object[1], List.of());
    }
}

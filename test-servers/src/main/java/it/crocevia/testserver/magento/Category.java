package it.crocevia.testserver.magento;

import java.util.Map;

/**
 * One catalog category: its place in the tree and its name at the admin scope and in the store
 * views that override it ({@code name} is store-scoped). Immutable.
 *
 * @param id the category id
 * @param parentId its parent, 0 for the Root Catalog
 * @param position its place among its siblings
 * @param level its depth: 0 the Root Catalog, 1 a store's root category
 * @param active {@code is_active}, null for the Root Catalog, which has no value
 * @param createdAt when it was made (UTC)
 * @param names by store view id (0 the admin scope), its names
 */
record Category(int id, int parentId, int position, int level, Boolean active, String createdAt,
        Map<Integer, String> names) {

    Category {
        names = Map.copyOf(names);
    }

    String updatedAt() {
        return createdAt;
    }

    /** @return the name a store view shows: its own, else the admin one */
    String name(int storeId) {
        return names.getOrDefault(storeId, names.get(0));
    }
}

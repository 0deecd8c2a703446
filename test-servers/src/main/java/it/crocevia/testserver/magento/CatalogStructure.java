package it.crocevia.testserver.magento;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a shop's catalog is arranged by: the category tree, the options of the select attributes
 * (only {@code manufacturer}, which a fresh Magento has with no option and in no attribute set:
 * Magento has no brand by default) and the media files of the product images. Not thread-safe:
 * {@link ShopDatabase} guards it.
 */
final class CatalogStructure {

    /** The seeding date of the categories. */
    static final String INSTALLED = "2024-01-15 08:30:00";

    /** A stored image file ({@code pub/media/catalog/product/<file>}). */
    record MediaFile(String mimeType, byte[] content) {}

    final EntityTable<Category> categories = new EntityTable<>(Category::id, Category::updatedAt);
    /** By attribute code, option id to admin label, in sort order. */
    private final Map<String, Map<Integer, String>> options = new LinkedHashMap<>();
    private final Map<String, MediaFile> files = new LinkedHashMap<>();
    private int optionSequence = 300;

    CatalogStructure() {
        add(MagentoDefaults.CATEGORY_ROOT_CATALOG, 0, null, "Root Catalog", null);
        add(MagentoDefaults.CATEGORY_DEFAULT, MagentoDefaults.CATEGORY_ROOT_CATALOG, true, "Default Category", null);
        add(MagentoDefaults.CATEGORY_CLOTHES, MagentoDefaults.CATEGORY_DEFAULT, true, "Abbigliamento", "Clothing");
        add(MagentoDefaults.CATEGORY_T_SHIRTS, MagentoDefaults.CATEGORY_CLOTHES, true, "Magliette", "T-shirts");
        add(MagentoDefaults.CATEGORY_KITCHEN, MagentoDefaults.CATEGORY_DEFAULT, true, "Casa e cucina",
                "Home and kitchen");
        add(MagentoDefaults.CATEGORY_COFFEE, MagentoDefaults.CATEGORY_KITCHEN, true, "Caffè", "Coffee");
        add(MagentoDefaults.CATEGORY_ARCHIVE, MagentoDefaults.CATEGORY_DEFAULT, false, "Archivio", "Archive");
        options.put("manufacturer", new LinkedHashMap<>());
    }

    /**
     * Adds a category as the last child of its parent.
     *
     * @param english the name of the {@code en} store view, or null to show the admin one
     * @return its id
     */
    int add(int id, int parentId, Boolean active, String name, String english) {
        Category parent = categories.get(parentId);
        int position = (int) categories.byId().stream().filter(c -> c.parentId() == parentId).count() + 1;
        Map<Integer, String> names = new TreeMap<>(Map.of(0, name));
        if (english != null) {
            names.put(2, english);
        }
        categories.put(new Category(id, parentId, parentId == 0 ? 0 : position, parent == null ? 0 : parent.level() + 1,
                active, INSTALLED, names));
        return id;
    }

    /** The children of a category, by position. */
    List<Category> children(int id) {
        List<Category> children = new ArrayList<>(categories.byId().stream().filter(c -> c.parentId() == id).toList());
        children.sort(java.util.Comparator.comparingInt(Category::position).thenComparingInt(Category::id));
        return children;
    }

    /** The category and every one below it. */
    Set<Integer> subtree(int id) {
        Set<Integer> ids = new HashSet<>();
        List<Integer> pending = new ArrayList<>(List.of(id));
        while (!pending.isEmpty()) {
            int next = pending.remove(pending.size() - 1);
            if (ids.add(next)) {
                children(next).forEach(child -> pending.add(child.id()));
            }
        }
        return ids;
    }

    /** {@code 1/2/3}: the ids from the Root Catalog down to the category. */
    String path(Category category) {
        List<String> ids = new ArrayList<>();
        for (Category at = category; at != null; at = categories.get(at.parentId())) {
            ids.add(0, Integer.toString(at.id()));
        }
        return String.join("/", ids);
    }

    /** @return the attribute's options (id to label), or null when the attribute does not exist */
    Map<Integer, String> options(String attributeCode) {
        Map<Integer, String> found = options.get(attributeCode);
        return found == null ? null : Map.copyOf(found);
    }

    int addOption(String attributeCode, String label) {
        Map<Integer, String> attribute = options.get(attributeCode);
        if (attribute == null) {
            throw new IllegalArgumentException("no attribute " + attributeCode);
        }
        attribute.put(++optionSequence, label);
        return optionSequence;
    }

    void removeAttribute(String attributeCode) {
        options.remove(attributeCode);
    }

    boolean hasFile(String file) {
        return files.containsKey(file);
    }

    void putFile(String file, String mimeType, byte[] content) {
        files.put(file, new MediaFile(mimeType, content.clone()));
    }

    MediaFile file(String file) {
        return files.get(file);
    }
}

package it.crocevia.testserver.magento;

import it.crocevia.testserver.magento.SearchCriteria.Filter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a product search may name, as {@code ProductRepository::getList} builds its EAV collection
 * in the request's store view: {@code entity_id} and the interface's own fields, any custom
 * attribute (an attribute the product does not have is NULL), and {@code category_id}, which
 * {@code ProductCategoryFilter} applies itself ({@code eq} and {@code in} keep products in one of
 * the categories, {@code neq} and {@code nin} those in none). {@code id} and other names that are
 * no attribute fail with {@code Invalid attribute name: %1}; a sort on them is ignored.
 * Simplification: any code is taken for an attribute of the set (Magento knows its own list).
 */
final class ProductFields implements SearchPlan.Fields<CatalogProduct> {

    private static final Set<String> NOT_ATTRIBUTES = Set.of("id", "extension_attributes", "custom_attributes",
            "media_gallery_entries", "product_links", "options", "tier_prices", "stock_item", "qty");

    private final int storeId;

    ProductFields(int storeId) {
        this.storeId = storeId;
    }

    @Override
    public SearchField<CatalogProduct> filter(String name) throws MagentoException {
        SearchField<CatalogProduct> field = sort(name);
        if (field == null) {
            throw Errors.invalidAttribute(name);
        }
        return field;
    }

    @Override
    public SearchField<CatalogProduct> sort(String name) {
        if (name.equals("entity_id")) {
            return new SearchField<>(name, ColumnType.INT, CatalogProduct::id);
        }
        if (NOT_ATTRIBUTES.contains(name)) {
            return null;
        }
        int own = Schemas.PRODUCT.indexOf(name);
        ColumnType type = own >= 0 ? Schemas.PRODUCT.column(own).type() : ColumnType.TEXT;
        return new SearchField<>(name, type, product -> product.value(name, storeId));
    }

    @Override
    public Predicate<CatalogProduct> special(Filter filter) {
        if (!"category_id".equals(filter.field())) {
            return null;
        }
        String condition = filter.condition();
        boolean none = condition.equals("neq") || condition.equals("nin");
        Set<String> categories = new HashSet<>(List.of((filter.value() == null ? "" : filter.value()).split(",")));
        return product -> product.categoryLinks().stream()
                .anyMatch(link -> categories.contains(link.text("category_id"))) != none;
    }

    @Override
    public String idField() {
        return "entity_id";
    }

    @Override
    public String updatedAtField() {
        return "updated_at";
    }

    @Override
    public int id(CatalogProduct entity) {
        return entity.id();
    }
}

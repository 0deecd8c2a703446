package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.SqlDates;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link ProductSpec} into a stored {@link CatalogProduct}; runs under the write lock. */
final class ProductBuilder {

    private ProductBuilder() {}

    static CatalogProduct build(ShopDatabase db, ProductSpec spec, LocalDateTime now) {
        if (db.productId(spec.sku) != null) {
            throw new IllegalArgumentException("a product with SKU " + spec.sku + " exists");
        }
        int id = db.products.nextId();
        LocalDateTime created = spec.createdAt != null ? spec.createdAt : now;
        LocalDateTime updated = spec.updatedAt != null ? spec.updatedAt : created;
        Record product = new Record(Schemas.PRODUCT).put("id", id).put("sku", spec.sku).put("name", spec.name)
                .put("attribute_set_id", spec.attributeSetId).put("price", spec.price).put("status", spec.status)
                .put("visibility", spec.visibility).put("type_id", spec.typeId)
                .put("created_at", SqlDates.dateTime(created)).put("updated_at", SqlDates.dateTime(updated))
                .put("weight", spec.weight);
        spec.applyTo(product);
        Map<String, Object> attributes = new LinkedHashMap<>(spec.attributes);
        if (!spec.categoryIds.isEmpty()) {
            attributes.put("category_ids", spec.categoryIds);
        }
        attributes.putIfAbsent("options_container", "container2");
        attributes.putIfAbsent("required_options", "0");
        attributes.putIfAbsent("has_options", "0");
        attributes.putIfAbsent("url_key", ProductRepository.urlKey(spec.name));
        attributes.putIfAbsent("tax_class_id", ProductRepository.TAXABLE_GOODS);
        Map<Integer, Map<String, Object>> storeValues = new HashMap<>();
        spec.storeValues.forEach((code, values) -> storeValues.put(ReferenceData.storeView(code)
                .orElseThrow(() -> new IllegalArgumentException("no store view " + code)).id(), values));
        List<Record> links = spec.categoryIds.stream()
                .map(category -> new Record(Schemas.CATEGORY_LINK).put("position", 0).put("category_id", category))
                .toList();
        boolean inStock = spec.inStock != null ? spec.inStock : spec.qty.compareTo(BigDecimal.ZERO) > 0;
        Record stock = StockRegistry.create(db.nextStockItemId(), id).with("qty", spec.qty)
                .with("is_in_stock", inStock);
        return new CatalogProduct(product, attributes, storeValues, spec.websiteIds, links,
                StockRegistry.save(stock, now), List.of());
    }
}

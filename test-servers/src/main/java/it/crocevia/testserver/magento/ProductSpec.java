package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A catalog product to seed, as the admin saves one: a simple product of the default attribute
 * set, enabled, visible in catalog and search, taxable goods, in the main website, its URL key made
 * from its name, with the stock quantity given (in stock when above 0). Values are the defaults
 * (admin scope); {@link #storeValue} gives a store view its own. Dates are UTC, as Magento stores
 * them. {@link #set} stores a raw value in one of the interface's own fields.
 */
public final class ProductSpec extends Spec<ProductSpec> {

    final String sku;
    final String name;
    final BigDecimal price;
    int attributeSetId = ProductRepository.DEFAULT_ATTRIBUTE_SET;
    int status = 1;
    int visibility = ProductRepository.VISIBILITY_BOTH;
    String typeId = "simple";
    BigDecimal weight;
    final Map<String, Object> attributes = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> storeValues = new LinkedHashMap<>();
    List<String> categoryIds = List.of();
    List<Integer> websiteIds = List.of(1);
    BigDecimal qty = BigDecimal.ZERO;
    Boolean inStock;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;

    private ProductSpec(String sku, String name, BigDecimal price) {
        this.sku = Objects.requireNonNull(sku, "sku");
        this.name = Objects.requireNonNull(name, "name");
        this.price = Objects.requireNonNull(price, "price");
    }

    public static ProductSpec of(String sku, String name, BigDecimal price) {
        return new ProductSpec(sku, name, price);
    }

    /** @param status 1 enabled, 2 disabled */
    public ProductSpec status(int status) {
        this.status = status;
        return this;
    }

    /** @param visibility 1 not visible individually, 2 catalog, 3 search, 4 both */
    public ProductSpec visibility(int visibility) {
        this.visibility = visibility;
        return this;
    }

    public ProductSpec attributeSet(int attributeSetId) {
        this.attributeSetId = attributeSetId;
        return this;
    }

    public ProductSpec type(String typeId) {
        this.typeId = Objects.requireNonNull(typeId);
        return this;
    }

    public ProductSpec weight(BigDecimal weight) {
        this.weight = weight;
        return this;
    }

    public ProductSpec description(String description) {
        return attribute("description", description);
    }

    public ProductSpec shortDescription(String shortDescription) {
        return attribute("short_description", shortDescription);
    }

    /** @param urlKey the URL key (default: made from the name) */
    public ProductSpec urlKey(String urlKey) {
        return attribute("url_key", urlKey);
    }

    /**
     * A custom attribute's default value, as EAV stores it.
     *
     * @param value a String, or a List of strings for a multiselect
     */
    public ProductSpec attribute(String code, Object value) {
        attributes.put(Objects.requireNonNull(code), value);
        return this;
    }

    /** @param categoryIds the categories it is in (position 0 in each) */
    public ProductSpec categories(String... categoryIds) {
        this.categoryIds = List.of(categoryIds);
        return this;
    }

    public ProductSpec websites(Integer... websiteIds) {
        this.websiteIds = List.of(websiteIds);
        return this;
    }

    /** @param qty the stock quantity, in stock when above 0 unless {@link #inStock} says otherwise */
    public ProductSpec qty(BigDecimal qty) {
        this.qty = Objects.requireNonNull(qty);
        return this;
    }

    public ProductSpec inStock(boolean inStock) {
        this.inStock = inStock;
        return this;
    }

    /**
     * A store view's own value of a store-scoped attribute (its own field {@code name},
     * {@code visibility}, {@code status}, or a custom attribute such as {@code description}).
     *
     * @param storeCode {@code default} or {@code en}
     */
    public ProductSpec storeValue(String storeCode, String code, Object value) {
        storeValues.computeIfAbsent(storeCode, key -> new LinkedHashMap<>()).put(code, value);
        return this;
    }

    /** @param createdAt creation time, UTC (default: now) */
    public ProductSpec createdAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    /** @param updatedAt last update, UTC (default: the creation time) */
    public ProductSpec updatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }
}

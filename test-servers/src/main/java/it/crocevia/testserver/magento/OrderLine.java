package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of an order to seed: a simple product (one item), or a configurable product, which
 * Magento stores as two items: the configurable parent, which carries the price, the child's SKU
 * and the chosen options, and the simple child, priced 0, pointing to its parent. Prices are given
 * tax included, as an Italian shop shows them; the rate is 22% unless set.
 *
 * <p>{@link #set(String, String)} overrides a field of the (parent) item.
 */
public final class OrderLine extends Spec<OrderLine> {

    /**
     * A chosen configurable option.
     *
     * @param optionId the attribute id, as Magento outputs it: a string
     * @param valueId the option value id: an integer
     */
    public record Option(String optionId, int valueId) {}

    final String sku;
    final String name;
    final int quantity;
    final BigDecimal unitPriceInclTax;
    final String childName;
    final List<Option> options = new ArrayList<>();
    int productId;
    int childProductId;
    int taxPercent = 22;
    BigDecimal weight = new BigDecimal("0.5");
    BigDecimal discountInclTax = BigDecimal.ZERO;
    boolean virtual;

    private OrderLine(String sku, String name, String childName, int quantity, BigDecimal unitPriceInclTax) {
        this.sku = Objects.requireNonNull(sku, "sku");
        this.name = Objects.requireNonNull(name, "name");
        this.childName = childName;
        this.quantity = quantity;
        this.unitPriceInclTax = Objects.requireNonNull(unitPriceInclTax, "unitPriceInclTax");
    }

    /** A simple product. */
    public static OrderLine simple(String sku, String name, int quantity, BigDecimal unitPriceInclTax) {
        return new OrderLine(sku, name, null, quantity, unitPriceInclTax);
    }

    /**
     * A configurable product and the simple product chosen.
     *
     * @param childSku the SKU of the simple product (both items carry it)
     * @param parentName the configurable product's name, e.g. "Maglia in cotone"
     * @param childName the simple product's name, e.g. "Maglia in cotone-M"
     */
    public static OrderLine configurable(String childSku, String parentName, String childName, int quantity,
            BigDecimal unitPriceInclTax) {
        return new OrderLine(childSku, parentName, Objects.requireNonNull(childName, "childName"), quantity,
                unitPriceInclTax);
    }

    boolean isConfigurable() {
        return childName != null;
    }

    /** @param productId the product id (the configurable's for a configurable line) */
    public OrderLine productId(int productId) {
        this.productId = productId;
        return this;
    }

    /** @param childProductId the simple product's id of a configurable line */
    public OrderLine childProductId(int childProductId) {
        this.childProductId = childProductId;
        return this;
    }

    /** Adds a chosen option of a configurable line, e.g. ("93", 167) for size M. */
    public OrderLine option(String optionId, int valueId) {
        options.add(new Option(optionId, valueId));
        return this;
    }

    /** @param taxPercent the VAT rate: 22, 10 or 4 */
    public OrderLine taxPercent(int taxPercent) {
        this.taxPercent = taxPercent;
        return this;
    }

    /** @param weight the unit weight in kg */
    public OrderLine weight(BigDecimal weight) {
        this.weight = weight;
        return this;
    }

    /** @param discountInclTax the discount on this row, tax included */
    public OrderLine discount(BigDecimal discountInclTax) {
        this.discountInclTax = discountInclTax;
        return this;
    }

    /** Makes it a virtual product (no shipping, weight 0). */
    public OrderLine virtual() {
        this.virtual = true;
        return this;
    }
}

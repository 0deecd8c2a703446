package it.crocevia.testserver.prestashop;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order to seed (an {@code order_detail}, shown as an {@code order_row}). The price
 * is given tax included, as an Italian shop shows it; the price without tax is derived from the
 * tax rate (22% by default).
 */
public final class OrderLine {

    final int productId;
    final String name;
    final String reference;
    final int quantity;
    final BigDecimal unitPriceTaxIncl;
    int attributeId;
    String ean13 = "";
    BigDecimal taxRate = new BigDecimal("22");

    private OrderLine(int productId, String name, String reference, int quantity, BigDecimal unitPriceTaxIncl) {
        this.productId = productId;
        this.name = Objects.requireNonNull(name, "name");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.quantity = quantity;
        this.unitPriceTaxIncl = Objects.requireNonNull(unitPriceTaxIncl, "unitPriceTaxIncl");
    }

    public static OrderLine of(int productId, String name, String reference, int quantity,
            BigDecimal unitPriceTaxIncl) {
        return new OrderLine(productId, name, reference, quantity, unitPriceTaxIncl);
    }

    /** @param attributeId the combination (size, colour...), 0 for none */
    public OrderLine attribute(int attributeId) {
        this.attributeId = attributeId;
        return this;
    }

    public OrderLine ean13(String ean13) {
        this.ean13 = ean13;
        return this;
    }

    /** @param taxRate VAT in percent, e.g. 22, 10 or 4 */
    public OrderLine taxRate(BigDecimal taxRate) {
        this.taxRate = taxRate;
        return this;
    }
}

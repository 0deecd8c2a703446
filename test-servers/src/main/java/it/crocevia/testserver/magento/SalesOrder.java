package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.util.List;

/**
 * One stored order: the {@code sales_order} row and what hangs off it (items, addresses, payment,
 * status history, shipping method and applied taxes). Immutable; changes store a new instance.
 *
 * <p>It keeps its {@code updated_at} also as a number ({@link MySqlValues#dateKey}), so the
 * incremental sync's range filter and sort read it without walking to the row's text: that is
 * what makes paging a 100,000-order shop cheap.
 */
final class SalesOrder {

    /**
     * One tax applied to an order.
     *
     * @param code the tax rate code
     * @param percent the rate
     * @param amount the tax in the order currency
     * @param baseAmount the tax in the base currency
     */
    record AppliedTax(String code, BigDecimal percent, BigDecimal amount, BigDecimal baseAmount) {}

    private final Record order;
    private final List<Record> items;
    private final Record billing;
    private final Record shipping;
    private final Record payment;
    private final List<Record> histories;
    private final String shippingMethod;
    private final List<AppliedTax> appliedTaxes;
    private final int id;
    private final long updatedAtKey;

    /**
     * @param order the order's own fields ({@link Schemas#ORDER})
     * @param items the items by ascending {@code item_id}, configurable parents before their children
     * @param billing the billing address, or null
     * @param shipping the shipping address, or null for a virtual order
     * @param payment the payment, or null
     * @param histories the status history, newest first as Magento's collection orders it
     * @param shippingMethod the carrier_method code, e.g. {@code flatrate_flatrate}
     * @param appliedTaxes the order's taxes by rate
     */
    SalesOrder(Record order, List<Record> items, Record billing, Record shipping, Record payment,
            List<Record> histories, String shippingMethod, List<AppliedTax> appliedTaxes) {
        this.order = order;
        this.items = items;
        this.billing = billing;
        this.shipping = shipping;
        this.payment = payment;
        this.histories = histories;
        this.shippingMethod = shippingMethod;
        this.appliedTaxes = appliedTaxes;
        this.id = (Integer) order.get("entity_id");
        Object updated = order.get("updated_at");
        this.updatedAtKey = updated == null ? MySqlValues.NULL_KEY : MySqlValues.dateKey(updated.toString());
    }

    Record order() {
        return order;
    }

    List<Record> items() {
        return items;
    }

    Record billing() {
        return billing;
    }

    Record shipping() {
        return shipping;
    }

    Record payment() {
        return payment;
    }

    List<Record> histories() {
        return histories;
    }

    String shippingMethod() {
        return shippingMethod;
    }

    List<AppliedTax> appliedTaxes() {
        return appliedTaxes;
    }

    int id() {
        return id;
    }

    /** @return updated_at as {@link MySqlValues#dateKey} gives it */
    long updatedAtKey() {
        return updatedAtKey;
    }

    /** @return the sort text of the updated_at index: the stored text, or "" when missing */
    String updatedAt() {
        Object value = order.get("updated_at");
        return value == null ? "" : value.toString();
    }

    SalesOrder withOrder(Record changed) {
        return new SalesOrder(changed, items, billing, shipping, payment, histories, shippingMethod, appliedTaxes);
    }

    SalesOrder withHistories(List<Record> changed) {
        return new SalesOrder(order, items, billing, shipping, payment, changed, shippingMethod, appliedTaxes);
    }
}

package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes an order as {@code GET /V1/orders/{id}} and each item of {@code GET /V1/orders} show it
 * (Magento 2.4 {@code OrderRepository::get/getList}, which add the extension attributes
 * {@code shipping_assignments}, {@code payment_additional_info}, {@code applied_taxes} and
 * {@code item_applied_taxes}).
 *
 * <p>Real-data shapes reproduced: a configurable product is two items, the parent (type
 * {@code configurable}, the child's SKU, the prices, {@code product_option} with the chosen
 * {@code configurable_item_options}) and the child (type {@code simple}, price 0,
 * {@code parent_item_id} and the whole parent again as {@code parent_item}); the shipping address
 * is only under {@code extension_attributes.shipping_assignments[0].shipping.address}, whose
 * {@code items} repeat the order's items; {@code status_histories} is newest first.
 */
final class OrderRenderer {

    private static final String[] TOTAL_FIELDS = {"base_shipping_amount", "base_shipping_canceled",
        "base_shipping_discount_amount", "base_shipping_discount_tax_compensation_amnt", "base_shipping_incl_tax",
        "base_shipping_invoiced", "base_shipping_refunded", "base_shipping_tax_amount", "base_shipping_tax_refunded",
        "shipping_amount", "shipping_canceled", "shipping_discount_amount", "shipping_discount_tax_compensation_amount",
        "shipping_incl_tax", "shipping_invoiced", "shipping_refunded", "shipping_tax_amount", "shipping_tax_refunded"};

    private OrderRenderer() {}

    static void write(JsonOut out, SalesOrder order) {
        out.startObject();
        Fields.write(out, order.order());
        items(out, "items", order.items());
        if (order.billing() != null) {
            out.startObject("billing_address");
            Fields.write(out, order.billing());
            out.end();
        }
        if (order.payment() != null) {
            out.startObject("payment");
            Fields.write(out, order.payment());
            out.end();
        }
        out.startArray("status_histories");
        for (Record history : order.histories()) {
            out.startObject();
            Fields.write(out, history);
            out.end();
        }
        out.end();
        extensionAttributes(out, order);
        out.end();
    }

    private static void items(JsonOut out, String name, List<Record> items) {
        out.startArray(name);
        for (Record item : items) {
            item(out, item, parentOf(item, items));
        }
        out.end();
    }

    private static void item(JsonOut out, Record item, Record parent) {
        out.startObject();
        Fields.write(out, item);
        if (parent != null) {
            out.startObject("parent_item");
            Fields.write(out, parent);
            productOption(out, parent);
            out.end();
        }
        productOption(out, item);
        out.end();
    }

    @SuppressWarnings("unchecked")
    private static void productOption(JsonOut out, Record item) {
        Object options = item.get("product_option");
        if (!(options instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        out.startObject("product_option").startObject("extension_attributes")
                .startArray("configurable_item_options");
        for (OrderLine.Option option : (List<OrderLine.Option>) list) {
            out.startObject().field("option_id", option.optionId()).field("option_value", option.valueId()).end();
        }
        out.end().end().end();
    }

    private static Record parentOf(Record item, List<Record> items) {
        Object parentId = item.get("parent_item_id");
        if (parentId == null) {
            return null;
        }
        for (Record candidate : items) {
            if (parentId.equals(candidate.get("item_id"))) {
                return candidate;
            }
        }
        return null;
    }

    private static void extensionAttributes(JsonOut out, SalesOrder order) {
        out.startObject("extension_attributes");
        out.startArray("shipping_assignments").startObject();
        out.startObject("shipping");
        if (order.shipping() != null) {
            out.startObject("address");
            Fields.write(out, order.shipping());
            out.end();
        }
        out.field("method", order.shippingMethod());
        out.startObject("total");
        for (String field : TOTAL_FIELDS) {
            Object value = order.order().get(field);
            if (value != null) {
                out.field(field, value);
            }
        }
        out.end();
        out.end();
        items(out, "items", order.items());
        out.end().end();
        paymentAdditionalInfo(out, order.payment());
        appliedTaxes(out, "applied_taxes", order.appliedTaxes());
        itemAppliedTaxes(out, order);
        out.end();
    }

    @SuppressWarnings("unchecked")
    private static void paymentAdditionalInfo(JsonOut out, Record payment) {
        out.startArray("payment_additional_info");
        if (payment != null && payment.get("additional_information") instanceof List<?> values
                && payment.get("additional_information_keys") instanceof List<?> keys) {
            for (int i = 0; i < values.size() && i < keys.size(); i++) {
                out.startObject().field("key", keys.get(i)).field("value", values.get(i)).end();
            }
        }
        out.end();
    }

    private static void appliedTaxes(JsonOut out, String name, List<SalesOrder.AppliedTax> taxes) {
        out.startArray(name);
        for (SalesOrder.AppliedTax tax : taxes) {
            out.startObject().field("code", tax.code()).field("title", tax.code()).field("percent", tax.percent())
                    .field("amount", tax.amount()).field("base_amount", tax.baseAmount()).end();
        }
        out.end();
    }

    private static void itemAppliedTaxes(JsonOut out, SalesOrder order) {
        out.startArray("item_applied_taxes");
        for (Record item : order.items()) {
            Object tax = item.get("tax_amount");
            Object percent = item.get("tax_percent");
            if (item.get("parent_item_id") != null || !(tax instanceof BigDecimal amount)
                    || !(percent instanceof BigDecimal rate) || rate.signum() == 0) {
                continue;
            }
            Object baseTax = item.get("base_tax_amount");
            out.startObject().field("type", "product").field("item_id", item.get("item_id"));
            appliedTaxes(out, "applied_taxes", List.of(new SalesOrder.AppliedTax(TaxData.code(rate.intValue()), rate,
                    amount, baseTax instanceof BigDecimal base ? base : amount)));
            out.end();
        }
        Object shippingTax = order.order().get("shipping_tax_amount");
        if (shippingTax instanceof BigDecimal amount && amount.signum() != 0) {
            Object baseTax = order.order().get("base_shipping_tax_amount");
            out.startObject().field("type", "shipping");
            appliedTaxes(out, "applied_taxes", List.of(new SalesOrder.AppliedTax(TaxData.code(22),
                    BigDecimal.valueOf(22), amount, baseTax instanceof BigDecimal base ? base : amount)));
            out.end();
        }
        out.end();
    }
}

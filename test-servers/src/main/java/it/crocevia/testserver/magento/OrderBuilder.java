package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.SqlDates;
import static it.crocevia.testserver.magento.Money.ZERO;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Turns an {@link OrderSpec} into a stored {@link SalesOrder}: items (configurable lines as parent
 * and child), VAT from tax-inclusive prices, totals in the order and the base currency, and what
 * the state implies ({@code processing}, {@code complete} and {@code closed} orders are invoiced,
 * {@code complete} and {@code closed} shipped, {@code closed} refunded, {@code canceled}
 * canceled), the payment with its additional information, and the status history a shop would
 * have. Runs under the database's write lock.
 */
final class OrderBuilder {

    private final ShopDatabase db;
    private final Random random;

    OrderBuilder(ShopDatabase db, Random random) {
        this.db = db;
        this.random = random;
    }

    /** The money of one line, in the order currency. */
    private record LineMoney(BigDecimal rowInclTax, BigDecimal rowTotal, BigDecimal tax, BigDecimal discount,
            BigDecimal discountTax) {}

    SalesOrder build(OrderSpec spec, LocalDateTime now) {
        int orderId = db.orders.nextId();
        LocalDateTime created = spec.createdAt != null ? spec.createdAt : now;
        LocalDateTime updated = spec.updatedAt != null ? spec.updatedAt : created;
        String createdText = SqlDates.dateTime(created);
        BigDecimal rate = spec.rate != null ? spec.rate
                : ReferenceData.currency(spec.currency).map(ReferenceData.Currency::rate).orElse(BigDecimal.ONE);
        boolean invoiced = isInvoiced(spec.state);
        boolean shipped = spec.state.equals("complete") || spec.state.equals("closed");
        boolean refunded = spec.state.equals("closed");
        boolean canceled = spec.state.equals("canceled");

        List<Record> items = new ArrayList<>();
        BigDecimal subtotal = ZERO;
        BigDecimal subtotalInclTax = ZERO;
        BigDecimal tax = ZERO;
        BigDecimal discount = ZERO;
        BigDecimal discountTax = ZERO;
        BigDecimal weight = ZERO;
        BigDecimal quantity = ZERO;
        boolean allVirtual = !spec.lines.isEmpty();
        Map<Integer, BigDecimal[]> taxByRate = new TreeMap<>();
        BigDecimal orderDiscountLeft = spec.discountInclTax;
        for (OrderLine line : spec.lines) {
            BigDecimal qty = BigDecimal.valueOf(line.quantity);
            BigDecimal rowInclTax = Money.round(line.unitPriceInclTax.multiply(qty));
            BigDecimal lineDiscount = line.discountInclTax.add(orderDiscountLeft.min(rowInclTax.subtract(line.discountInclTax)).max(ZERO));
            orderDiscountLeft = orderDiscountLeft.subtract(lineDiscount.subtract(line.discountInclTax)).max(ZERO);
            LineMoney money = new LineMoney(rowInclTax, Money.net(rowInclTax, line.taxPercent),
                    Money.taxIn(rowInclTax.subtract(lineDiscount), line.taxPercent), lineDiscount,
                    Money.taxIn(lineDiscount, line.taxPercent));
            Record parent = item(line, money, orderId, spec.storeId, createdText, rate, invoiced, shipped, refunded,
                    canceled);
            items.add(parent);
            if (line.isConfigurable()) {
                items.add(child(line, parent, orderId, spec.storeId, createdText, invoiced, shipped, refunded, canceled));
            }
            subtotal = subtotal.add(money.rowTotal());
            subtotalInclTax = subtotalInclTax.add(rowInclTax);
            tax = tax.add(money.tax());
            discount = discount.add(lineDiscount);
            discountTax = discountTax.add(money.discountTax());
            weight = weight.add(line.virtual ? ZERO : line.weight.multiply(qty));
            quantity = quantity.add(qty);
            allVirtual &= line.virtual;
            BigDecimal[] byRate = taxByRate.computeIfAbsent(line.taxPercent, key -> new BigDecimal[] {ZERO});
            byRate[0] = byRate[0].add(money.tax());
        }
        BigDecimal shippingInclTax = allVirtual ? ZERO : Money.round(spec.shippingInclTax);
        BigDecimal shippingAmount = Money.net(shippingInclTax, 22);
        BigDecimal shippingTax = shippingInclTax.subtract(shippingAmount);
        if (shippingTax.signum() != 0) {
            BigDecimal[] byRate = taxByRate.computeIfAbsent(22, key -> new BigDecimal[] {ZERO});
            byRate[0] = byRate[0].add(shippingTax);
        }
        tax = tax.add(shippingTax);
        BigDecimal grandTotal = subtotalInclTax.subtract(discount).add(shippingInclTax);
        BigDecimal discountCompensation = grandTotal.subtract(subtotal).subtract(tax).subtract(shippingAmount)
                .add(discount);
        if (discount.signum() == 0) {
            discountCompensation = ZERO;
        }

        Record order = new Record(Schemas.ORDER);
        Totals totals = new Totals(order, rate);
        totals.both("discount_amount", discount.negate());
        totals.both("grand_total", grandTotal);
        totals.both("discount_tax_compensation_amount", discountCompensation);
        totals.both("shipping_amount", shippingAmount);
        totals.both("shipping_discount_amount", ZERO);
        order.put("base_shipping_discount_tax_compensation_amnt", ZERO);
        order.put("shipping_discount_tax_compensation_amount", ZERO);
        totals.both("shipping_incl_tax", shippingInclTax);
        totals.both("shipping_tax_amount", shippingTax);
        totals.both("subtotal", subtotal);
        totals.both("subtotal_incl_tax", subtotalInclTax);
        totals.both("tax_amount", tax);
        totals.both("total_due", invoiced ? ZERO : grandTotal);
        if (invoiced) {
            totals.both("discount_invoiced", discount.negate());
            totals.both("discount_tax_compensation_invoiced", discountCompensation);
            totals.both("shipping_invoiced", shippingAmount);
            totals.both("subtotal_invoiced", subtotal);
            totals.both("tax_invoiced", tax);
            totals.both("total_invoiced", grandTotal);
            totals.both("total_paid", grandTotal);
            order.put("base_total_invoiced_cost", ZERO);
        }
        boolean online = isOnline(spec.paymentMethod);
        if (refunded) {
            totals.both("discount_refunded", discount.negate());
            totals.both("shipping_refunded", shippingAmount);
            totals.both("shipping_tax_refunded", shippingTax);
            totals.both("subtotal_refunded", subtotal);
            totals.both("tax_refunded", tax);
            totals.both("total_refunded", grandTotal);
            totals.both(online ? "total_online_refunded" : "total_offline_refunded", grandTotal);
        }
        if (canceled) {
            totals.both("discount_canceled", discount.negate());
            totals.both("shipping_canceled", shippingAmount);
            totals.both("subtotal_canceled", subtotal);
            totals.both("tax_canceled", tax);
            totals.both("total_canceled", grandTotal);
        }
        boolean guest = spec.customerId == null;
        Record billing = address(spec.billing, "billing", orderId, spec);
        Record shipping = allVirtual ? null : address(spec.shipping, "shipping", orderId, spec);
        order.put("applied_rule_ids", discount.signum() > 0 ? "1" : null)
                .put("base_currency_code", ReferenceData.BASE_CURRENCY)
                .put("base_to_global_rate", BigDecimal.ONE).put("base_to_order_rate", rate)
                .put("billing_address_id", billing.get("entity_id"))
                .put("coupon_code", spec.couponCode).put("created_at", createdText)
                .put("customer_dob", spec.customerDob == null ? null : SqlDates.dateTime(spec.customerDob.atStartOfDay()))
                .put("customer_email", spec.email).put("customer_firstname", spec.firstname)
                .put("customer_gender", spec.customerGender)
                .put("customer_group_id", spec.customerGroup != null ? spec.customerGroup : guest ? 0 : 1)
                .put("customer_id", spec.customerId).put("customer_is_guest", guest ? 1 : 0)
                .put("customer_lastname", spec.lastname).put("customer_note_notify", 1)
                .put("customer_taxvat", spec.customerTaxvat)
                .put("discount_description", discount.signum() > 0 ? spec.couponCode : null)
                .put("email_sent", 1).put("entity_id", orderId)
                .put("global_currency_code", ReferenceData.BASE_CURRENCY)
                .put("hold_before_state", spec.state.equals("holded") ? "new" : null)
                .put("hold_before_status", spec.state.equals("holded") ? "pending" : null)
                .put("increment_id", spec.incrementId != null ? spec.incrementId : db.nextIncrementId(spec.storeId))
                .put("is_virtual", allVirtual ? 1 : 0).put("order_currency_code", spec.currency)
                .put("protect_code", hex(32)).put("quote_id", db.nextQuoteId()).put("remote_ip", spec.remoteIp)
                .put("shipping_description", allVirtual ? null
                        : ReferenceData.shippingMethod(spec.shippingMethod).description())
                .put("state", spec.state).put("status", spec.status)
                .put("store_currency_code", ReferenceData.BASE_CURRENCY).put("store_id", spec.storeId)
                .put("store_name", ReferenceData.storeName(spec.storeId))
                .put("store_to_base_rate", ZERO).put("store_to_order_rate", ZERO)
                .put("total_item_count", spec.lines.size()).put("total_qty_ordered", quantity)
                .put("updated_at", SqlDates.dateTime(updated)).put("weight", weight);
        spec.applyTo(order);
        Record payment = PaymentBuilder.payment(spec, db.nextPaymentId(), orderId, grandTotal, shippingAmount, rate,
                invoiced, refunded, canceled, random);
        List<Record> histories = HistoryBuilder.histories(db, spec, orderId, created, updated, grandTotal,
                payment.text("last_trans_id"));
        List<SalesOrder.AppliedTax> applied = new ArrayList<>();
        taxByRate.forEach((percent, amount) -> applied.add(new SalesOrder.AppliedTax(TaxData.code(percent),
                BigDecimal.valueOf(percent), amount[0], Money.toBase(amount[0], rate))));
        return new SalesOrder(order, List.copyOf(items), billing, shipping, payment, histories,
                allVirtual ? null : spec.shippingMethod, List.copyOf(applied));
    }

    static boolean isInvoiced(String state) {
        return state.equals("processing") || state.equals("complete") || state.equals("closed");
    }

    static boolean isOnline(String method) {
        return method.equals("paypal_express") || method.equals("stripe_payments");
    }

    /** Sets an order amount and its {@code base_} twin. */
    private record Totals(Record order, BigDecimal rate) {
        void both(String field, BigDecimal amount) {
            order.put(field, amount);
            order.put("base_" + field, Money.toBase(amount, rate));
        }
    }

    private Record item(OrderLine line, LineMoney money, int orderId, int storeId, String created, BigDecimal rate,
            boolean invoiced, boolean shipped, boolean refunded, boolean canceled) {
        BigDecimal qty = BigDecimal.valueOf(line.quantity);
        BigDecimal price = Money.net(line.unitPriceInclTax, line.taxPercent);
        BigDecimal priceInclTax = Money.round(line.unitPriceInclTax);
        Record item = new Record(Schemas.ITEM);
        Totals totals = new Totals(item, rate);
        totals.both("amount_refunded", refunded ? money.rowTotal() : ZERO);
        totals.both("discount_amount", money.discount());
        totals.both("discount_invoiced", invoiced ? money.discount() : ZERO);
        totals.both("discount_tax_compensation_amount", money.discountTax());
        totals.both("original_price", priceInclTax);
        totals.both("price", price);
        totals.both("price_incl_tax", priceInclTax);
        totals.both("row_invoiced", invoiced ? money.rowTotal() : ZERO);
        totals.both("row_total", money.rowTotal());
        totals.both("row_total_incl_tax", money.rowInclTax());
        totals.both("tax_amount", money.tax());
        totals.both("tax_invoiced", invoiced ? money.tax() : ZERO);
        item.put("created_at", created).put("discount_percent", ZERO).put("free_shipping", 0)
                .put("is_qty_decimal", 0).put("is_virtual", line.virtual ? 1 : 0).put("item_id", db.nextItemId())
                .put("name", line.name).put("no_discount", 0).put("order_id", orderId)
                .put("product_id", line.productId == 0 ? null : line.productId)
                .put("product_type", line.isConfigurable() ? "configurable" : line.virtual ? "virtual" : "simple");
        quantities(item, qty, invoiced, shipped && !line.virtual, refunded, canceled);
        item.put("quote_item_id", (Integer) item.get("item_id") + 7).put("row_weight", line.weight.multiply(qty))
                .put("sku", line.sku).put("store_id", storeId)
                .put("tax_percent", BigDecimal.valueOf(line.taxPercent)).put("updated_at", created)
                .put("weight", line.virtual ? null : line.weight)
                .put("product_option", line.options.isEmpty() ? null : List.copyOf(line.options));
        line.applyTo(item);
        return item;
    }

    private Record child(OrderLine line, Record parent, int orderId, int storeId, String created, boolean invoiced,
            boolean shipped, boolean refunded, boolean canceled) {
        BigDecimal qty = BigDecimal.valueOf(line.quantity);
        Record item = new Record(Schemas.ITEM);
        for (String zero : new String[] {"amount_refunded", "base_amount_refunded", "base_discount_amount",
            "base_discount_invoiced", "base_original_price", "base_price", "base_row_invoiced", "base_row_total",
            "base_tax_amount", "base_tax_invoiced", "discount_amount", "discount_invoiced", "discount_percent",
            "original_price", "price", "row_invoiced", "row_total", "tax_amount", "tax_invoiced", "tax_percent"}) {
            item.put(zero, ZERO);
        }
        item.put("created_at", created).put("free_shipping", 0).put("is_qty_decimal", 0).put("is_virtual", 0)
                .put("item_id", db.nextItemId()).put("name", line.childName).put("no_discount", 0)
                .put("order_id", orderId).put("parent_item_id", parent.get("item_id"))
                .put("product_id", line.childProductId == 0 ? null : line.childProductId).put("product_type", "simple");
        quantities(item, qty, invoiced, shipped, refunded, canceled);
        item.put("quote_item_id", (Integer) item.get("item_id") + 7).put("row_weight", ZERO).put("sku", line.sku)
                .put("store_id", storeId).put("updated_at", created).put("weight", line.weight);
        return item;
    }

    private static void quantities(Record item, BigDecimal qty, boolean invoiced, boolean shipped, boolean refunded,
            boolean canceled) {
        item.put("qty_canceled", canceled ? qty : ZERO).put("qty_invoiced", invoiced ? qty : ZERO)
                .put("qty_ordered", qty).put("qty_refunded", refunded ? qty : ZERO)
                .put("qty_shipped", shipped ? qty : ZERO);
    }

    private Record address(AddressSpec spec, String type, int orderId, OrderSpec order) {
        Record address = new Record(Schemas.ORDER_ADDRESS);
        address.put("address_type", type).put("city", spec.city).put("company", spec.company)
                .put("country_id", spec.countryId).put("customer_id", order.customerId)
                .put("email", spec.email != null ? spec.email : order.email).put("entity_id", db.nextOrderAddressId())
                .put("firstname", spec.firstname).put("lastname", spec.lastname).put("parent_id", orderId)
                .put("postcode", spec.postcode).put("region", spec.regionName).put("region_code", spec.regionCode)
                .put("region_id", spec.regionId).put("street", List.copyOf(spec.street))
                .put("telephone", spec.telephone).put("vat_id", spec.vatId);
        spec.applyTo(address);
        return address;
    }

    private String hex(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return text.toString();
    }
}

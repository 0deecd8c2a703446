package it.crocevia.testserver.prestashop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An order to seed. Totals are computed from the lines, shipping and discount the way PrestaShop
 * stores them (tax included and excluded, six decimals); override any field with
 * {@link #set(String, String)} to store a malformed order.
 */
public final class OrderSpec extends RowSpec<OrderSpec> {

    final int customerId;
    final int deliveryAddressId;
    int invoiceAddressId;
    int currencyId = PrestaShopDefaults.CURRENCY_EUR;
    int carrierId = PrestaShopDefaults.CARRIER_BRT;
    int stateId = PrestaShopDefaults.STATE_PAYMENT_ACCEPTED;
    int languageId = PrestaShopDefaults.LANG_IT;
    String module = "ps_wirepayment";
    String payment = "Bonifico bancario";
    String reference;
    BigDecimal shippingTaxIncl = new BigDecimal("6.90");
    BigDecimal discountTaxIncl = BigDecimal.ZERO;
    BigDecimal conversionRate = BigDecimal.ONE;
    String shippingNumber = "";
    final List<OrderLine> lines = new ArrayList<>();
    LocalDateTime dateAdd;
    LocalDateTime dateUpd;

    private OrderSpec(int customerId, int deliveryAddressId) {
        this.customerId = customerId;
        this.deliveryAddressId = deliveryAddressId;
        this.invoiceAddressId = deliveryAddressId;
    }

    /**
     * @param customerId the customer (not checked: a dangling id is a malformed order)
     * @param addressId delivery and invoice address
     */
    public static OrderSpec of(int customerId, int addressId) {
        return new OrderSpec(customerId, addressId);
    }

    public OrderSpec invoiceAddress(int addressId) {
        this.invoiceAddressId = addressId;
        return this;
    }

    /** @param currencyId a currency id; an unknown one makes a malformed order */
    public OrderSpec currency(int currencyId) {
        this.currencyId = currencyId;
        return this;
    }

    /** @param conversionRate the currency's rate to the shop's default currency when ordered */
    public OrderSpec conversionRate(BigDecimal conversionRate) {
        this.conversionRate = conversionRate;
        return this;
    }

    public OrderSpec carrier(int carrierId) {
        this.carrierId = carrierId;
        return this;
    }

    /** @param stateId the order's {@code current_state}, see {@link PrestaShopDefaults} */
    public OrderSpec state(int stateId) {
        this.stateId = stateId;
        return this;
    }

    public OrderSpec language(int languageId) {
        this.languageId = languageId;
        return this;
    }

    /**
     * @param module the payment module, e.g. {@code ps_checkpayment}, {@code paypal}
     * @param label the payment name shown on the order, e.g. "PayPal"
     */
    public OrderSpec payment(String module, String label) {
        this.module = module;
        this.payment = label;
        return this;
    }

    /** @param reference the 9-letter order reference (default: random) */
    public OrderSpec reference(String reference) {
        this.reference = reference;
        return this;
    }

    public OrderSpec shipping(BigDecimal taxIncl) {
        this.shippingTaxIncl = taxIncl;
        return this;
    }

    public OrderSpec discount(BigDecimal taxIncl) {
        this.discountTaxIncl = taxIncl;
        return this;
    }

    public OrderSpec shippingNumber(String trackingNumber) {
        this.shippingNumber = trackingNumber;
        return this;
    }

    public OrderSpec line(OrderLine line) {
        lines.add(line);
        return this;
    }

    /** @param dateAdd when it was placed, shop time zone (default: now) */
    public OrderSpec dateAdd(LocalDateTime dateAdd) {
        this.dateAdd = dateAdd;
        return this;
    }

    /** @param dateUpd last change, shop time zone (default: the placing time) */
    public OrderSpec dateUpd(LocalDateTime dateUpd) {
        this.dateUpd = dateUpd;
        return this;
    }
}

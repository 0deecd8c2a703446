package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order to seed: a guest order ({@code customer_is_guest} 1, no {@code customer_id}, group 0)
 * or a registered customer's. Totals, taxes and the invoiced, shipped, refunded or canceled
 * amounts that the state implies are computed the way Magento stores them; override any order
 * field with {@link #set(String, String)} or {@link #omit(String)} to store a malformed order, and
 * add no line for an order without items.
 *
 * <p>Amounts are in the order currency (EUR unless {@link #currency(String)}); dates are UTC.
 * Defaults: store view 1, state {@code new} / status {@code pending}, flat rate shipping at 6.90
 * tax included, bank transfer, the billing address also as shipping address.
 */
public final class OrderSpec extends Spec<OrderSpec> {

    final String email;
    final String firstname;
    final String lastname;
    final Integer customerId;
    final AddressSpec billing;
    AddressSpec shipping;
    final List<OrderLine> lines = new ArrayList<>();
    int storeId = 1;
    String state = "new";
    String status = "pending";
    String currency = ReferenceData.BASE_CURRENCY;
    BigDecimal rate;
    String shippingMethod = "flatrate_flatrate";
    BigDecimal shippingInclTax = new BigDecimal("6.90");
    String paymentMethod = "banktransfer";
    BigDecimal discountInclTax = BigDecimal.ZERO;
    String couponCode;
    String customerTaxvat;
    Integer customerGroup;
    LocalDate customerDob;
    Integer customerGender;
    String incrementId;
    String remoteIp = "93.41.12.7";
    LocalDateTime createdAt;
    LocalDateTime updatedAt;

    private OrderSpec(String email, String firstname, String lastname, Integer customerId, AddressSpec billing) {
        this.email = email;
        this.firstname = firstname;
        this.lastname = lastname;
        this.customerId = customerId;
        this.billing = Objects.requireNonNull(billing, "billing");
        this.shipping = billing;
    }

    /**
     * A guest checkout: the customer's names are the billing address's.
     *
     * @param email the e-mail given at checkout
     */
    public static OrderSpec guest(String email, AddressSpec billing) {
        return new OrderSpec(email, billing.firstname, billing.lastname, null, billing);
    }

    /** An order of a registered customer (the id is not checked: a dangling one is a malformed order). */
    public static OrderSpec forCustomer(int customerId, String email, String firstname, String lastname,
            AddressSpec billing) {
        return new OrderSpec(email, firstname, lastname, customerId, billing);
    }

    /** @param shipping a shipping address other than the billing one */
    public OrderSpec shippingAddress(AddressSpec shipping) {
        this.shipping = shipping;
        return this;
    }

    public OrderSpec line(OrderLine line) {
        lines.add(line);
        return this;
    }

    /** @param storeId the store view: 1 ({@code default}, Italian) or 2 ({@code en}) */
    public OrderSpec store(int storeId) {
        this.storeId = storeId;
        return this;
    }

    /**
     * @param state the state, e.g. {@code processing}
     * @param status the status, e.g. {@code processing} or a shop's own
     */
    public OrderSpec status(String state, String status) {
        this.state = Objects.requireNonNull(state);
        this.status = Objects.requireNonNull(status);
        return this;
    }

    /** @param currency the order currency; an allowed one (EUR, GBP, USD) takes the shop's rate */
    public OrderSpec currency(String currency) {
        this.currency = Objects.requireNonNull(currency);
        this.rate = null;
        return this;
    }

    /**
     * @param currency any currency code, e.g. an unknown one for a malformed order
     * @param rate its rate from the base currency (EUR)
     */
    public OrderSpec currency(String currency, BigDecimal rate) {
        this.currency = Objects.requireNonNull(currency);
        this.rate = Objects.requireNonNull(rate);
        return this;
    }

    /**
     * @param method the carrier_method code, e.g. {@code flatrate_flatrate}
     * @param amountInclTax the shipping fee, tax included
     */
    public OrderSpec shipping(String method, BigDecimal amountInclTax) {
        this.shippingMethod = Objects.requireNonNull(method);
        this.shippingInclTax = Objects.requireNonNull(amountInclTax);
        return this;
    }

    /** @param method a payment method code, e.g. {@code paypal_express}, {@code cashondelivery} */
    public OrderSpec payment(String method) {
        this.paymentMethod = Objects.requireNonNull(method);
        return this;
    }

    /**
     * A cart rule discount on the first line.
     *
     * @param amountInclTax the discount, tax included (positive)
     * @param couponCode the coupon, or null
     */
    public OrderSpec discount(BigDecimal amountInclTax, String couponCode) {
        this.discountInclTax = Objects.requireNonNull(amountInclTax);
        this.couponCode = couponCode;
        return this;
    }

    /** @param taxvat the {@code customer_taxvat} (the codice fiscale given at checkout or on the account) */
    public OrderSpec customerTaxvat(String taxvat) {
        this.customerTaxvat = taxvat;
        return this;
    }

    /** @param groupId the customer group (default 0 for guests, 1 for customers) */
    public OrderSpec customerGroup(int groupId) {
        this.customerGroup = groupId;
        return this;
    }

    public OrderSpec customerDob(LocalDate dob) {
        this.customerDob = dob;
        return this;
    }

    public OrderSpec customerGender(int gender) {
        this.customerGender = gender;
        return this;
    }

    /** @param incrementId the order number (default: the store's next, e.g. 000000042) */
    public OrderSpec incrementId(String incrementId) {
        this.incrementId = incrementId;
        return this;
    }

    public OrderSpec remoteIp(String remoteIp) {
        this.remoteIp = remoteIp;
        return this;
    }

    /** @param createdAt when it was placed, UTC (default: now) */
    public OrderSpec createdAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    /** @param updatedAt last change, UTC (default: the placing time) */
    public OrderSpec updatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }
}

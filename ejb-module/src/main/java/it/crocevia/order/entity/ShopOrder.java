package it.crocevia.order.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An order imported from a platform account. (account, remote id) is unique: a remote order is
 * exactly one local order, however often it is read. Times are the shop's local time.
 */
@Entity
@Table(name = "shop_order")
@NamedQuery(name = ShopOrder.FIND_BY_IDS, query = "SELECT o FROM ShopOrder o WHERE o.id IN :ids")
@NamedQuery(name = ShopOrder.FIND_BY_CUSTOMER, query = "SELECT o FROM ShopOrder o WHERE o.customerId = :customerId "
        + "ORDER BY o.orderedAt DESC, o.id DESC")
@NamedQuery(name = ShopOrder.COUNT_BY_ACCOUNT, query = "SELECT COUNT(o) FROM ShopOrder o WHERE o.accountId = :accountId")
public class ShopOrder {

    public static final String FIND_BY_IDS = "ShopOrder.findByIds";
    public static final String COUNT_BY_ACCOUNT = "ShopOrder.countByAccount";
    public static final String FIND_BY_CUSTOMER = "ShopOrder.findByCustomer";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "shop_order")
    @TableGenerator(name = "shop_order", table = "id_sequence", pkColumnName = "name", valueColumnName = "last_value",
            pkColumnValue = "shop_order", allocationSize = 500)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "remote_id", nullable = false, length = 64)
    private String remoteId;

    @Column(length = 64)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private boolean guest;

    @Column(nullable = false, length = 255)
    private String email;

    @Column(name = "state_code", length = 64)
    private String stateCode;

    @Column(name = "state_name", length = 255)
    private String stateName;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "total_paid", nullable = false, precision = 19, scale = 4)
    private BigDecimal totalPaid;

    @Column(name = "total_products", precision = 19, scale = 4)
    private BigDecimal totalProducts;

    @Column(name = "total_shipping", precision = 19, scale = 4)
    private BigDecimal totalShipping;

    @Column(name = "total_discounts", precision = 19, scale = 4)
    private BigDecimal totalDiscounts;

    @Column(name = "total_tax", precision = 19, scale = 4)
    private BigDecimal totalTax;

    @Column(length = 255)
    private String payment;

    @Column(length = 255)
    private String carrier;

    @Column(name = "billing_name", length = 255)
    private String billingName;

    @Column(name = "billing_company", length = 255)
    private String billingCompany;

    @Column(name = "billing_vat_number", length = 32)
    private String billingVatNumber;

    @Column(name = "billing_fiscal_code", length = 32)
    private String billingFiscalCode;

    @Column(name = "billing_street", length = 500)
    private String billingStreet;

    @Column(name = "billing_postcode", length = 20)
    private String billingPostcode;

    @Column(name = "billing_city", length = 120)
    private String billingCity;

    @Column(name = "billing_region", length = 120)
    private String billingRegion;

    @Column(name = "billing_country", length = 2)
    private String billingCountry;

    @Column(name = "billing_phone", length = 40)
    private String billingPhone;

    @Column(name = "shipping_name", length = 255)
    private String shippingName;

    @Column(name = "shipping_company", length = 255)
    private String shippingCompany;

    @Column(name = "shipping_street", length = 500)
    private String shippingStreet;

    @Column(name = "shipping_postcode", length = 20)
    private String shippingPostcode;

    @Column(name = "shipping_city", length = 120)
    private String shippingCity;

    @Column(name = "shipping_region", length = 120)
    private String shippingRegion;

    @Column(name = "shipping_country", length = 2)
    private String shippingCountry;

    @Column(name = "shipping_phone", length = 40)
    private String shippingPhone;

    @Column(name = "ordered_at", nullable = false)
    private LocalDateTime orderedAt;

    @Column(name = "remote_updated_at", nullable = false)
    private LocalDateTime remoteUpdatedAt;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected ShopOrder() {
    }

    public ShopOrder(long accountId, String remoteId, LocalDateTime importedAt) {
        this.accountId = accountId;
        this.remoteId = remoteId;
        this.importedAt = importedAt;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getRemoteId() {
        return remoteId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public boolean isGuest() {
        return guest;
    }

    public void setGuest(boolean guest) {
        this.guest = guest;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public String getStateName() {
        return stateName;
    }

    public void setStateName(String stateName) {
        this.stateName = stateName;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getTotalPaid() {
        return totalPaid;
    }

    public void setTotalPaid(BigDecimal totalPaid) {
        this.totalPaid = totalPaid;
    }

    public BigDecimal getTotalProducts() {
        return totalProducts;
    }

    public void setTotalProducts(BigDecimal totalProducts) {
        this.totalProducts = totalProducts;
    }

    public BigDecimal getTotalShipping() {
        return totalShipping;
    }

    public void setTotalShipping(BigDecimal totalShipping) {
        this.totalShipping = totalShipping;
    }

    public BigDecimal getTotalDiscounts() {
        return totalDiscounts;
    }

    public void setTotalDiscounts(BigDecimal totalDiscounts) {
        this.totalDiscounts = totalDiscounts;
    }

    public BigDecimal getTotalTax() {
        return totalTax;
    }

    public void setTotalTax(BigDecimal totalTax) {
        this.totalTax = totalTax;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getBillingName() {
        return billingName;
    }

    public void setBillingName(String billingName) {
        this.billingName = billingName;
    }

    public String getBillingCompany() {
        return billingCompany;
    }

    public void setBillingCompany(String billingCompany) {
        this.billingCompany = billingCompany;
    }

    public String getBillingVatNumber() {
        return billingVatNumber;
    }

    public void setBillingVatNumber(String billingVatNumber) {
        this.billingVatNumber = billingVatNumber;
    }

    public String getBillingFiscalCode() {
        return billingFiscalCode;
    }

    public void setBillingFiscalCode(String billingFiscalCode) {
        this.billingFiscalCode = billingFiscalCode;
    }

    public String getBillingStreet() {
        return billingStreet;
    }

    public void setBillingStreet(String billingStreet) {
        this.billingStreet = billingStreet;
    }

    public String getBillingPostcode() {
        return billingPostcode;
    }

    public void setBillingPostcode(String billingPostcode) {
        this.billingPostcode = billingPostcode;
    }

    public String getBillingCity() {
        return billingCity;
    }

    public void setBillingCity(String billingCity) {
        this.billingCity = billingCity;
    }

    public String getBillingRegion() {
        return billingRegion;
    }

    public void setBillingRegion(String billingRegion) {
        this.billingRegion = billingRegion;
    }

    public String getBillingCountry() {
        return billingCountry;
    }

    public void setBillingCountry(String billingCountry) {
        this.billingCountry = billingCountry;
    }

    public String getBillingPhone() {
        return billingPhone;
    }

    public void setBillingPhone(String billingPhone) {
        this.billingPhone = billingPhone;
    }

    public String getShippingName() {
        return shippingName;
    }

    public void setShippingName(String shippingName) {
        this.shippingName = shippingName;
    }

    public String getShippingCompany() {
        return shippingCompany;
    }

    public void setShippingCompany(String shippingCompany) {
        this.shippingCompany = shippingCompany;
    }

    public String getShippingStreet() {
        return shippingStreet;
    }

    public void setShippingStreet(String shippingStreet) {
        this.shippingStreet = shippingStreet;
    }

    public String getShippingPostcode() {
        return shippingPostcode;
    }

    public void setShippingPostcode(String shippingPostcode) {
        this.shippingPostcode = shippingPostcode;
    }

    public String getShippingCity() {
        return shippingCity;
    }

    public void setShippingCity(String shippingCity) {
        this.shippingCity = shippingCity;
    }

    public String getShippingRegion() {
        return shippingRegion;
    }

    public void setShippingRegion(String shippingRegion) {
        this.shippingRegion = shippingRegion;
    }

    public String getShippingCountry() {
        return shippingCountry;
    }

    public void setShippingCountry(String shippingCountry) {
        this.shippingCountry = shippingCountry;
    }

    public String getShippingPhone() {
        return shippingPhone;
    }

    public void setShippingPhone(String shippingPhone) {
        this.shippingPhone = shippingPhone;
    }

    public LocalDateTime getOrderedAt() {
        return orderedAt;
    }

    public void setOrderedAt(LocalDateTime orderedAt) {
        this.orderedAt = orderedAt;
    }

    public LocalDateTime getRemoteUpdatedAt() {
        return remoteUpdatedAt;
    }

    public void setRemoteUpdatedAt(LocalDateTime remoteUpdatedAt) {
        this.remoteUpdatedAt = remoteUpdatedAt;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}

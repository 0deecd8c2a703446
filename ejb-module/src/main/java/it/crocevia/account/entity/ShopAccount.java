package it.crocevia.account.entity;

import it.crocevia.account.boundary.ArticleSelection;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.PublishMethod;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An integration account with a shop platform or a marketplace feed ("Gestione Account").
 * The platform credential is held only as ciphertext ({@link #secretCiphertext}).
 */
@Entity
@Table(name = "shop_account")
@NamedQuery(name = ShopAccount.FIND_ALL, query = "SELECT a FROM ShopAccount a ORDER BY a.description")
@NamedQuery(name = ShopAccount.COUNT_BY_DESCRIPTION, query = "SELECT COUNT(a) FROM ShopAccount a "
        + "WHERE LOWER(a.description) = LOWER(:description) AND (:id IS NULL OR a.id <> :id)")
@NamedQuery(name = ShopAccount.FIND_ORDER_SYNC_IDS, query = "SELECT a.id FROM ShopAccount a WHERE a.syncOrders = TRUE "
        + "ORDER BY a.id")
@NamedQuery(name = ShopAccount.FIND_DESCRIPTIONS_LIKE, query = "SELECT a.description FROM ShopAccount a "
        + "WHERE a.description LIKE :pattern")
public class ShopAccount {

    public static final String FIND_ALL = "ShopAccount.findAll";
    public static final String COUNT_BY_DESCRIPTION = "ShopAccount.countByDescription";
    public static final String FIND_DESCRIPTIONS_LIKE = "ShopAccount.findDescriptionsLike";
    public static final String FIND_ORDER_SYNC_IDS = "ShopAccount.findOrderSyncIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Marketplace platform;

    @Column(name = "send_email", nullable = false)
    private boolean sendEmail;

    @Column(name = "notification_emails", length = 500)
    private String notificationEmails;

    @Column(name = "shop_url", length = 500)
    private String shopUrl;

    @Column(name = "product_url", length = 500)
    private String productUrl;

    @Column(name = "store_code", length = 64)
    private String storeCode;

    @Column(name = "merchant_id", length = 32)
    private String merchantId;

    @Column(name = "merchant_data_source", length = 32)
    private String merchantDataSource;

    @Column(name = "secret_ciphertext")
    private String secretCiphertext;

    @Enumerated(EnumType.STRING)
    @Column(name = "publish_method", length = 10)
    private PublishMethod publishMethod;

    @Column(name = "warehouse_code", length = 30)
    private String warehouseCode;

    @Column(name = "price_list", length = 30)
    private String priceList;

    @Column(name = "language_code", length = 10)
    private String languageCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "article_selection", nullable = false, length = 12)
    private ArticleSelection articleSelection = ArticleSelection.ALL;

    /** The chosen ERP categories or the flag, as a JSON array of strings; {@code null} for ALL. */
    @Column(name = "article_filter", length = 2000)
    private String articleFilter;

    /** Category mapping: ERP category → the platform's category id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shop_account_category", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "erp_category", length = 200)
    @Column(name = "remote_category_id", length = 64, nullable = false)
    private Map<String, String> categoryMap = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shop_account_marketplace", joinColumns = @JoinColumn(name = "account_id"))
    private Set<TargetMarket> targetMarkets = new LinkedHashSet<>();

    @Column(name = "sync_orders", nullable = false)
    private boolean syncOrders;

    @Column(name = "order_states", length = 500)
    private String orderStates;

    @Column(name = "orders_from")
    private LocalDate ordersFrom;

    @Column(name = "update_customers", nullable = false)
    private boolean updateCustomers;

    @Column(name = "order_sync_minutes", nullable = false)
    private int orderSyncMinutes;

    @Column(name = "customer_sync_time")
    private LocalTime customerSyncTime;

    @Column(name = "backup_before_publish", nullable = false)
    private boolean backupBeforePublish = true;

    @Column(name = "backup_retention_days", nullable = false)
    private int backupRetentionDays = 30;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public ShopAccount() {
    }

    /** A copy with every setting, the encrypted credential included, under a new description. */
    public ShopAccount copyAs(String newDescription, LocalDateTime now) {
        ShopAccount c = new ShopAccount();
        c.description = newDescription;
        c.platform = platform;
        c.sendEmail = sendEmail;
        c.notificationEmails = notificationEmails;
        c.shopUrl = shopUrl;
        c.productUrl = productUrl;
        c.storeCode = storeCode;
        c.merchantId = merchantId;
        c.merchantDataSource = merchantDataSource;
        c.secretCiphertext = secretCiphertext;
        c.publishMethod = publishMethod;
        c.warehouseCode = warehouseCode;
        c.priceList = priceList;
        c.languageCode = languageCode;
        c.articleSelection = articleSelection;
        c.articleFilter = articleFilter;
        c.categoryMap = new TreeMap<>(categoryMap);
        c.targetMarkets = new LinkedHashSet<>(targetMarkets);
        c.syncOrders = syncOrders;
        c.orderStates = orderStates;
        c.ordersFrom = ordersFrom;
        c.updateCustomers = updateCustomers;
        c.orderSyncMinutes = orderSyncMinutes;
        c.customerSyncTime = customerSyncTime;
        c.backupBeforePublish = backupBeforePublish;
        c.backupRetentionDays = backupRetentionDays;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Marketplace getPlatform() {
        return platform;
    }

    public void setPlatform(Marketplace platform) {
        this.platform = platform;
    }

    public boolean isSendEmail() {
        return sendEmail;
    }

    public void setSendEmail(boolean sendEmail) {
        this.sendEmail = sendEmail;
    }

    public String getNotificationEmails() {
        return notificationEmails;
    }

    public void setNotificationEmails(String notificationEmails) {
        this.notificationEmails = notificationEmails;
    }

    public String getShopUrl() {
        return shopUrl;
    }

    public void setShopUrl(String shopUrl) {
        this.shopUrl = shopUrl;
    }

    public String getProductUrl() {
        return productUrl;
    }

    public void setProductUrl(String productUrl) {
        this.productUrl = productUrl;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public String getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(String merchantId) {
        this.merchantId = merchantId;
    }

    public String getMerchantDataSource() {
        return merchantDataSource;
    }

    public void setMerchantDataSource(String merchantDataSource) {
        this.merchantDataSource = merchantDataSource;
    }

    public String getSecretCiphertext() {
        return secretCiphertext;
    }

    public void setSecretCiphertext(String secretCiphertext) {
        this.secretCiphertext = secretCiphertext;
    }

    public PublishMethod getPublishMethod() {
        return publishMethod;
    }

    public void setPublishMethod(PublishMethod publishMethod) {
        this.publishMethod = publishMethod;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public void setWarehouseCode(String warehouseCode) {
        this.warehouseCode = warehouseCode;
    }

    public String getPriceList() {
        return priceList;
    }

    public void setPriceList(String priceList) {
        this.priceList = priceList;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public void setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
    }

    public ArticleSelection getArticleSelection() {
        return articleSelection;
    }

    public void setArticleSelection(ArticleSelection articleSelection) {
        this.articleSelection = articleSelection;
    }

    public String getArticleFilter() {
        return articleFilter;
    }

    public void setArticleFilter(String articleFilter) {
        this.articleFilter = articleFilter;
    }

    public Map<String, String> getCategoryMap() {
        return categoryMap;
    }

    public void replaceCategoryMap(Map<String, String> map) {
        categoryMap.keySet().retainAll(map.keySet());
        categoryMap.putAll(map);
    }

    public Set<TargetMarket> getTargetMarkets() {
        return targetMarkets;
    }

    public void replaceTargetMarkets(Set<TargetMarket> markets) {
        targetMarkets.retainAll(markets);
        targetMarkets.addAll(markets);
    }

    public boolean isSyncOrders() {
        return syncOrders;
    }

    public void setSyncOrders(boolean syncOrders) {
        this.syncOrders = syncOrders;
    }

    public String getOrderStates() {
        return orderStates;
    }

    public void setOrderStates(String orderStates) {
        this.orderStates = orderStates;
    }

    public LocalDate getOrdersFrom() {
        return ordersFrom;
    }

    public void setOrdersFrom(LocalDate ordersFrom) {
        this.ordersFrom = ordersFrom;
    }

    public boolean isUpdateCustomers() {
        return updateCustomers;
    }

    public void setUpdateCustomers(boolean updateCustomers) {
        this.updateCustomers = updateCustomers;
    }

    public int getOrderSyncMinutes() {
        return orderSyncMinutes;
    }

    public void setOrderSyncMinutes(int orderSyncMinutes) {
        this.orderSyncMinutes = orderSyncMinutes;
    }

    public LocalTime getCustomerSyncTime() {
        return customerSyncTime;
    }

    public void setCustomerSyncTime(LocalTime customerSyncTime) {
        this.customerSyncTime = customerSyncTime;
    }

    public boolean isBackupBeforePublish() {
        return backupBeforePublish;
    }

    public void setBackupBeforePublish(boolean backupBeforePublish) {
        this.backupBeforePublish = backupBeforePublish;
    }

    public int getBackupRetentionDays() {
        return backupRetentionDays;
    }

    public void setBackupRetentionDays(int backupRetentionDays) {
        this.backupRetentionDays = backupRetentionDays;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}

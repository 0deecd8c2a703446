package it.crocevia.account.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Dati Account": every setting of a shop account, as the form and the REST API exchange
 * it. Mutable, because the JSF form binds to it field by field.
 *
 * <p>The platform credential travels one way only: {@link #getSecret()} is what the
 * operator types (left empty on an update, it keeps the stored one) and is never written
 * back out; {@link #getSecretMasked()} is what is shown.
 */
public class AccountDetails implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String description;
    private Marketplace platform;
    private boolean sendEmail;
    private String notificationEmails;
    private String shopUrl;
    private String productUrl;
    private String storeCode;
    private String merchantId;
    private String merchantDataSource;
    private String secret;
    private String secretMasked;
    private PublishMethod publishMethod = PublishMethod.API;
    private String warehouseCode;
    private String priceList;
    private String languageCode;
    private ArticleSelection articleSelection = ArticleSelection.ALL;
    private List<String> selectedCategories = new ArrayList<>();
    private String selectedFlag;
    private Map<String, String> categoryMap = new TreeMap<>();
    private List<MarketplaceTarget> marketplaces = new ArrayList<>();
    private boolean syncOrders;
    private String orderStates;
    private LocalDate ordersFrom;
    private boolean updateCustomers;
    private int orderSyncMinutes;
    private LocalTime customerSyncTime;
    private boolean backupBeforePublish = true;
    private int backupRetentionDays = 30;

    /** Whether the given section of the form applies to the chosen platform. */
    public boolean shows(AccountSection section) {
        return platform != null && platform.has(section);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    /**
     * Google Shopping: the address of an article's page on the shop, with {@code {code}} where the
     * article code goes ({@code https://www.negozio.it/p/{code}}): the feed's {@code g:link}.
     */
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

    /**
     * Google Shopping: the id of the Merchant Center data source that takes products through the
     * Merchant API. Empty: the account publishes by its feed only.
     */
    public String getMerchantDataSource() {
        return merchantDataSource;
    }

    public void setMerchantDataSource(String merchantDataSource) {
        this.merchantDataSource = merchantDataSource;
    }

    @JsonbTransient
    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getSecretMasked() {
        return secretMasked;
    }

    @JsonbTransient
    public void setSecretMasked(String secretMasked) {
        this.secretMasked = secretMasked;
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
        this.articleSelection = articleSelection == null ? ArticleSelection.ALL : articleSelection;
    }

    /** With {@link ArticleSelection#CATEGORIES}: the ERP categories whose articles are published. */
    public List<String> getSelectedCategories() {
        return selectedCategories;
    }

    public void setSelectedCategories(List<String> selectedCategories) {
        this.selectedCategories = selectedCategories == null ? new ArrayList<>() : new ArrayList<>(selectedCategories);
    }

    /** With {@link ArticleSelection#FLAG}: the ERP flag an article must carry to be published. */
    public String getSelectedFlag() {
        return selectedFlag;
    }

    public void setSelectedFlag(String selectedFlag) {
        this.selectedFlag = selectedFlag;
    }

    /**
     * Category mapping: an ERP category and the id of the platform's category its articles go in
     * (as "Aggiorna Account" read the platform's categories). Unmapped categories are not sent.
     */
    public Map<String, String> getCategoryMap() {
        return categoryMap;
    }

    public void setCategoryMap(Map<String, String> categoryMap) {
        this.categoryMap = categoryMap == null ? new TreeMap<>() : new TreeMap<>(categoryMap);
    }

    /** The platform's category ids of an article's ERP categories, each once, in the article's order. */
    public List<String> remoteCategories(List<String> erpCategories) {
        return erpCategories.stream().map(categoryMap::get).filter(id -> id != null && !id.isBlank()).distinct()
                .toList();
    }

    public List<MarketplaceTarget> getMarketplaces() {
        return marketplaces;
    }

    public void setMarketplaces(List<MarketplaceTarget> marketplaces) {
        this.marketplaces = marketplaces == null ? new ArrayList<>() : new ArrayList<>(marketplaces);
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
}

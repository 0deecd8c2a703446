package it.crocevia.account.control;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.AccountSummary;
import it.crocevia.account.boundary.ArticleSelection;
import it.crocevia.account.boundary.MarketplaceTarget;
import it.crocevia.account.entity.ShopAccount;
import it.crocevia.account.entity.TargetMarket;
import it.crocevia.platform.boundary.JsonStrings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Moves settings between the entity and the form; the credential is handled by the boundary. */
public final class AccountMapper {

    private AccountMapper() {
    }

    public static AccountSummary toSummary(ShopAccount a) {
        return new AccountSummary(a.getId(), a.getDescription(), a.getPlatform(), a.isSendEmail(), a.isSyncOrders(),
                a.isUpdateCustomers());
    }

    public static AccountDetails toDetails(ShopAccount a, String secretMasked) {
        var d = new AccountDetails();
        d.setId(a.getId());
        d.setVersion(a.getVersion());
        d.setDescription(a.getDescription());
        d.setPlatform(a.getPlatform());
        d.setSendEmail(a.isSendEmail());
        d.setNotificationEmails(a.getNotificationEmails());
        d.setShopUrl(a.getShopUrl());
        d.setProductUrl(a.getProductUrl());
        d.setStoreCode(a.getStoreCode());
        d.setMerchantId(a.getMerchantId());
        d.setMerchantDataSource(a.getMerchantDataSource());
        d.setSecretMasked(secretMasked);
        d.setPublishMethod(a.getPublishMethod());
        d.setWarehouseCode(a.getWarehouseCode());
        d.setPriceList(a.getPriceList());
        d.setLanguageCode(a.getLanguageCode());
        d.setArticleSelection(a.getArticleSelection());
        var filter = JsonStrings.parse(a.getArticleFilter());
        if (a.getArticleSelection() == ArticleSelection.CATEGORIES) {
            d.setSelectedCategories(filter);
        } else if (a.getArticleSelection() == ArticleSelection.FLAG && !filter.isEmpty()) {
            d.setSelectedFlag(filter.get(0));
        }
        d.setCategoryMap(a.getCategoryMap());
        d.setMarketplaces(a.getTargetMarkets().stream()
                .map(t -> new MarketplaceTarget(t.getCountry(), t.getLanguage())).toList());
        d.setSyncOrders(a.isSyncOrders());
        d.setOrderStates(a.getOrderStates());
        d.setOrdersFrom(a.getOrdersFrom());
        d.setUpdateCustomers(a.isUpdateCustomers());
        d.setOrderSyncMinutes(a.getOrderSyncMinutes());
        d.setCustomerSyncTime(a.getCustomerSyncTime());
        d.setBackupBeforePublish(a.isBackupBeforePublish());
        d.setBackupRetentionDays(a.getBackupRetentionDays());
        return d;
    }

    /**
     * Copies the form onto the entity and returns the names of the settings that changed
     * (for the audit log; values are not listed, so no credential ends up there).
     */
    public static List<String> apply(AccountDetails d, ShopAccount a) {
        var changed = new ArrayList<String>();
        set(changed, "description", a.getDescription(), d.getDescription(), a::setDescription);
        set(changed, "platform", a.getPlatform(), d.getPlatform(), a::setPlatform);
        set(changed, "sendEmail", a.isSendEmail(), d.isSendEmail(), a::setSendEmail);
        set(changed, "notificationEmails", a.getNotificationEmails(), d.getNotificationEmails(),
                a::setNotificationEmails);
        set(changed, "shopUrl", a.getShopUrl(), d.getShopUrl(), a::setShopUrl);
        set(changed, "productUrl", a.getProductUrl(), d.getProductUrl(), a::setProductUrl);
        set(changed, "storeCode", a.getStoreCode(), d.getStoreCode(), a::setStoreCode);
        set(changed, "merchantId", a.getMerchantId(), d.getMerchantId(), a::setMerchantId);
        set(changed, "merchantDataSource", a.getMerchantDataSource(), d.getMerchantDataSource(),
                a::setMerchantDataSource);
        set(changed, "publishMethod", a.getPublishMethod(), d.getPublishMethod(), a::setPublishMethod);
        set(changed, "warehouseCode", a.getWarehouseCode(), d.getWarehouseCode(), a::setWarehouseCode);
        set(changed, "priceList", a.getPriceList(), d.getPriceList(), a::setPriceList);
        set(changed, "languageCode", a.getLanguageCode(), d.getLanguageCode(), a::setLanguageCode);
        set(changed, "articleSelection", a.getArticleSelection(), d.getArticleSelection(), a::setArticleSelection);
        set(changed, "articleFilter", a.getArticleFilter(), articleFilter(d), a::setArticleFilter);
        if (!d.getCategoryMap().equals(a.getCategoryMap())) {
            a.replaceCategoryMap(d.getCategoryMap());
            changed.add("categoryMap");
        }
        var markets = d.getMarketplaces().stream().map(t -> new TargetMarket(t.country(), t.language()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!markets.equals(a.getTargetMarkets())) {
            a.replaceTargetMarkets(markets);
            changed.add("marketplaces");
        }
        set(changed, "syncOrders", a.isSyncOrders(), d.isSyncOrders(), a::setSyncOrders);
        set(changed, "orderStates", a.getOrderStates(), d.getOrderStates(), a::setOrderStates);
        set(changed, "ordersFrom", a.getOrdersFrom(), d.getOrdersFrom(), a::setOrdersFrom);
        set(changed, "updateCustomers", a.isUpdateCustomers(), d.isUpdateCustomers(), a::setUpdateCustomers);
        set(changed, "orderSyncMinutes", a.getOrderSyncMinutes(), d.getOrderSyncMinutes(), a::setOrderSyncMinutes);
        set(changed, "customerSyncTime", a.getCustomerSyncTime(), d.getCustomerSyncTime(), a::setCustomerSyncTime);
        set(changed, "backupBeforePublish", a.isBackupBeforePublish(), d.isBackupBeforePublish(),
                a::setBackupBeforePublish);
        set(changed, "backupRetentionDays", a.getBackupRetentionDays(), d.getBackupRetentionDays(),
                a::setBackupRetentionDays);
        return changed;
    }

    /** What the selection keeps: the chosen categories or the flag, as a JSON array; nothing for ALL. */
    private static String articleFilter(AccountDetails d) {
        return switch (d.getArticleSelection()) {
            case ALL -> null;
            case CATEGORIES -> JsonStrings.json(d.getSelectedCategories());
            case FLAG -> d.getSelectedFlag() == null ? null : JsonStrings.json(List.of(d.getSelectedFlag()));
        };
    }

    private static <T> void set(List<String> changed, String name, T current, T next,
            java.util.function.Consumer<T> setter) {
        if (!Objects.equals(current, next)) {
            setter.accept(next);
            changed.add(name);
        }
    }
}

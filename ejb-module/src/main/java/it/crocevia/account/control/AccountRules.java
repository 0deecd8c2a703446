package it.crocevia.account.control;

import static it.crocevia.account.boundary.AccountSection.BACKUP;
import static it.crocevia.account.boundary.AccountSection.CUSTOMERS;
import static it.crocevia.account.boundary.AccountSection.MARKETPLACES;
import static it.crocevia.account.boundary.AccountSection.ORDERS;
import static it.crocevia.account.boundary.AccountSection.PUBLISHING_METHOD;
import static it.crocevia.account.boundary.AccountSection.SCHEDULE;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.MarketplaceTarget;
import it.crocevia.account.boundary.PublishMethod;
import it.crocevia.platform.boundary.JsonStrings;
import it.crocevia.platform.boundary.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules of "Dati Account": what each platform requires and what a well-formed value
 * looks like. {@link #normalize} tidies the input (trims, clears what the platform does not
 * use) and {@link #check} lists everything wrong at once, so the operator fixes the form in
 * one pass. Uniqueness of the description needs the database and is checked by the boundary.
 */
public final class AccountRules {

    public static final int DESCRIPTION_MAX = 100;
    /** Where the article code goes in the address of a product page (Google Shopping's {@code g:link}). */
    public static final String PRODUCT_CODE = "{code}";
    private static final Pattern PRESTASHOP_KEY = Pattern.compile("[A-Za-z0-9]{32}");
    private static final Pattern TOKEN = Pattern.compile("\\S{16,512}");
    private static final Pattern STORE_CODE = Pattern.compile("[a-z0-9_]{1,64}");
    private static final Pattern MERCHANT_ID = Pattern.compile("\\d{1,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern STATE_LIST = Pattern.compile("[A-Za-z0-9_-]+(\\s*,\\s*[A-Za-z0-9_-]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private AccountRules() {
    }

    /** Trims the input and clears the settings that the chosen platform does not have. */
    public static void normalize(AccountDetails d) {
        d.setDescription(trim(d.getDescription()));
        d.setNotificationEmails(trim(d.getNotificationEmails()));
        d.setShopUrl(stripTrailingSlash(trim(d.getShopUrl())));
        d.setProductUrl(trim(d.getProductUrl()));
        d.setStoreCode(trim(d.getStoreCode()));
        d.setMerchantId(trim(d.getMerchantId()));
        d.setMerchantDataSource(trim(d.getMerchantDataSource()));
        d.setSecret(trim(d.getSecret()));
        d.setWarehouseCode(trim(d.getWarehouseCode()));
        d.setPriceList(trim(d.getPriceList()));
        d.setLanguageCode(trim(d.getLanguageCode()));
        d.setOrderStates(trim(d.getOrderStates()));
        d.setSelectedCategories(d.getSelectedCategories().stream().map(AccountRules::trim).filter(c -> c != null)
                .distinct().toList());
        d.setSelectedFlag(trim(d.getSelectedFlag()));
        var categoryMap = new TreeMap<String, String>();
        d.getCategoryMap().forEach((erp, remote) -> {
            if (trim(erp) != null && trim(remote) != null) {
                categoryMap.put(trim(erp), trim(remote));
            }
        });
        d.setCategoryMap(categoryMap);
        var markets = new LinkedHashSet<MarketplaceTarget>();
        for (var t : d.getMarketplaces()) {
            markets.add(new MarketplaceTarget(upper(trim(t.country())), lower(trim(t.language()))));
        }
        d.setMarketplaces(new ArrayList<>(markets));

        Marketplace p = d.getPlatform();
        if (p == null) {
            return;
        }
        if (p != Marketplace.MAGENTO) {
            d.setStoreCode(null);
        } else if (d.getStoreCode() == null) {
            d.setStoreCode("default");
        }
        if (p != Marketplace.GOOGLE_SHOPPING) {
            d.setMerchantId(null);
            d.setMerchantDataSource(null);
            d.setProductUrl(null);
        }
        if (!p.has(PUBLISHING_METHOD)) {
            d.setPublishMethod(null);
        } else if (d.getPublishMethod() == null) {
            d.setPublishMethod(PublishMethod.API);
        }
        if (!p.has(MARKETPLACES)) {
            d.setMarketplaces(List.of());
        }
        if (!p.isShop()) {
            d.setCategoryMap(Map.of()); // the platform's categories are mapped for shops only
        }
        if (!p.has(ORDERS)) {
            d.setSyncOrders(false);
            d.setOrderStates(null);
            d.setOrdersFrom(null);
        }
        if (!p.has(CUSTOMERS)) {
            d.setUpdateCustomers(false);
        }
        if (!p.has(SCHEDULE)) {
            d.setOrderSyncMinutes(0);
            d.setCustomerSyncTime(null);
        }
        if (!p.has(BACKUP)) {
            d.setBackupBeforePublish(false);
        }
    }

    /**
     * Everything wrong with a normalized input.
     *
     * @param hasStoredSecret whether the account already holds a credential, so an empty
     *     one in the input means "keep it"
     */
    public static List<Violation> check(AccountDetails d, boolean hasStoredSecret) {
        var v = new ArrayList<Violation>();
        if (d.getDescription() == null) {
            v.add(Violation.of("description", "account.description.required"));
        } else if (d.getDescription().length() > DESCRIPTION_MAX) {
            v.add(Violation.of("description", "validation.tooLong", DESCRIPTION_MAX));
        }
        Marketplace p = d.getPlatform();
        if (p == null) {
            v.add(Violation.of("platform", "account.platform.required"));
            return v;
        }
        checkUrl(d.getShopUrl(), v);
        checkSecret(p, d.getSecret(), hasStoredSecret, v);
        if (p == Marketplace.MAGENTO && !STORE_CODE.matcher(d.getStoreCode()).matches()) {
            v.add(Violation.of("storeCode", "account.storeCode.invalid"));
        }
        if (p == Marketplace.GOOGLE_SHOPPING) {
            if (d.getMerchantId() == null) {
                v.add(Violation.of("merchantId", "account.merchantId.required"));
            } else if (!MERCHANT_ID.matcher(d.getMerchantId()).matches()) {
                v.add(Violation.of("merchantId", "account.merchantId.invalid"));
            }
            if (d.getMerchantDataSource() != null && !MERCHANT_ID.matcher(d.getMerchantDataSource()).matches()) {
                v.add(Violation.of("merchantDataSource", "account.merchantDataSource.invalid"));
            }
            checkProductUrl(d.getProductUrl(), v);
            for (var t : d.getMarketplaces()) {
                if (t.country() == null || t.language() == null || !COUNTRY.matcher(t.country()).matches()
                        || !LANGUAGE.matcher(t.language()).matches()) {
                    v.add(Violation.of("marketplaces", "account.marketplaces.invalid", t.country() + "/" + t.language()));
                }
            }
        }
        if (d.isSendEmail()) {
            checkEmails(d.getNotificationEmails(), v);
        }
        checkLength("warehouseCode", d.getWarehouseCode(), 30, v);
        checkLength("priceList", d.getPriceList(), 30, v);
        checkLength("languageCode", d.getLanguageCode(), 10, v);
        checkSelection(d, v);
        if (d.getOrderStates() != null && (d.getOrderStates().length() > 500
                || !STATE_LIST.matcher(d.getOrderStates()).matches())) {
            v.add(Violation.of("orderStates", "account.orderStates.invalid"));
        }
        int minutes = d.getOrderSyncMinutes();
        if (minutes != 0 && (minutes < 5 || minutes > 1440)) {
            v.add(Violation.of("orderSyncMinutes", "account.orderSyncMinutes.range", 5, 1440));
        }
        if (p.has(BACKUP) && (d.getBackupRetentionDays() < 1 || d.getBackupRetentionDays() > 3650)) {
            v.add(Violation.of("backupRetentionDays", "account.backupRetentionDays.range", 1, 3650));
        }
        return v;
    }

    /** Articoli: a selection by category names at least one, by flag names the flag; the mapping fits its columns. */
    private static void checkSelection(AccountDetails d, List<Violation> v) {
        switch (d.getArticleSelection()) {
            case CATEGORIES -> {
                if (d.getSelectedCategories().stream().allMatch(c -> c == null || c.isBlank())) {
                    v.add(Violation.of("selectedCategories", "account.selectedCategories.required"));
                } else if (JsonStrings.json(d.getSelectedCategories()).length() > 2000) {
                    v.add(Violation.of("selectedCategories", "account.selectedCategories.tooMany"));
                }
            }
            case FLAG -> {
                if (d.getSelectedFlag() == null || d.getSelectedFlag().isBlank()) {
                    v.add(Violation.of("selectedFlag", "account.selectedFlag.required"));
                } else {
                    checkLength("selectedFlag", d.getSelectedFlag(), 100, v);
                }
            }
            case ALL -> {
            }
        }
        boolean badMapping = d.getCategoryMap().entrySet().stream()
                .anyMatch(e -> e.getKey().length() > 200 || e.getValue().length() > 64);
        if (badMapping) {
            v.add(Violation.of("categoryMap", "account.categoryMap.invalid"));
        }
    }

    private static void checkUrl(String url, List<Violation> v) {
        if (url == null) {
            v.add(Violation.of("shopUrl", "account.shopUrl.required"));
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || url.length() > 500
                    || uri.getQuery() != null || uri.getFragment() != null) {
                v.add(Violation.of("shopUrl", "account.shopUrl.invalid"));
            }
        } catch (URISyntaxException e) {
            v.add(Violation.of("shopUrl", "account.shopUrl.invalid"));
        }
    }

    /** Optional; when set, an absolute http(s) address with {@code {code}} where the article code goes. */
    private static void checkProductUrl(String pattern, List<Violation> v) {
        if (pattern == null) {
            return;
        }
        boolean valid = pattern.length() <= 500 && pattern.contains(PRODUCT_CODE);
        if (valid) {
            try {
                URI uri = new URI(pattern.replace(PRODUCT_CODE, "code"));
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                valid = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                valid = false;
            }
        }
        if (!valid) {
            v.add(Violation.of("productUrl", "account.productUrl.invalid"));
        }
    }

    private static void checkSecret(Marketplace p, String secret, boolean hasStored, List<Violation> v) {
        if (secret == null) {
            if (!hasStored && p != Marketplace.GOOGLE_SHOPPING) {
                v.add(Violation.of("secret", "account.secret.required." + p.name().toLowerCase(Locale.ROOT)));
            }
            return;
        }
        boolean wellFormed = switch (p) {
            case PRESTASHOP -> PRESTASHOP_KEY.matcher(secret).matches();
            case MAGENTO -> TOKEN.matcher(secret).matches();
            case GOOGLE_SHOPPING -> secret.startsWith("{") && secret.contains("\"private_key\"") && secret.length() < 8000;
        };
        if (!wellFormed) {
            v.add(Violation.of("secret", "account.secret.invalid." + p.name().toLowerCase(Locale.ROOT)));
        }
    }

    private static void checkEmails(String emails, List<Violation> v) {
        if (emails == null) {
            v.add(Violation.of("notificationEmails", "account.notificationEmails.required"));
            return;
        }
        for (String address : emails.split("[,;\\s]+")) {
            if (!address.isEmpty() && !EMAIL.matcher(address).matches()) {
                v.add(Violation.of("notificationEmails", "account.notificationEmails.invalid", address));
            }
        }
        if (emails.length() > 500) {
            v.add(Violation.of("notificationEmails", "validation.tooLong", 500));
        }
    }

    private static void checkLength(String field, String value, int max, List<Violation> v) {
        if (value != null && value.length() > max) {
            v.add(Violation.of(field, "validation.tooLong", max));
        }
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String stripTrailingSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

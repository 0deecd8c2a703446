package it.crocevia.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.MarketplaceTarget;
import it.crocevia.account.boundary.PublishMethod;
import it.crocevia.platform.boundary.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static AccountDetails valid(Marketplace platform) {
        var d = new AccountDetails();
        d.setDescription("Negozio");
        d.setPlatform(platform);
        d.setShopUrl("https://www.negozio.it");
        d.setSecret(switch (platform) {
            case PRESTASHOP -> "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
            case MAGENTO -> "abcdefghijklmnopqrstuvwxyz012345";
            case GOOGLE_SHOPPING -> null;
        });
        if (platform == Marketplace.GOOGLE_SHOPPING) {
            d.setMerchantId("12345678");
        }
        return d;
    }

    private static List<String> check(AccountDetails d, boolean stored) {
        AccountRules.normalize(d);
        return AccountRules.check(d, stored).stream().map(v -> v.field() + "=" + v.messageKey()).toList();
    }

    @Test
    void aValidAccountOfEachPlatformPasses() {
        for (var platform : Marketplace.values()) {
            assertThat(check(valid(platform), false)).as(platform.name()).isEmpty();
        }
    }

    @Test
    void normalizeTrimsAndClearsWhatThePlatformDoesNotHave() {
        var d = valid(Marketplace.GOOGLE_SHOPPING);
        d.setDescription("  Feed  ");
        d.setShopUrl("https://www.negozio.it/");
        d.setSyncOrders(true);
        d.setOrderStates("2");
        d.setOrdersFrom(LocalDate.of(2026, 1, 1));
        d.setUpdateCustomers(true);
        d.setOrderSyncMinutes(10);
        d.setStoreCode("default");
        d.setPublishMethod(PublishMethod.CSV);
        d.setMarketplaces(List.of(new MarketplaceTarget(" it ", "IT"), new MarketplaceTarget("IT", "it")));

        AccountRules.normalize(d);

        assertThat(d.getDescription()).isEqualTo("Feed");
        assertThat(d.getShopUrl()).isEqualTo("https://www.negozio.it");
        assertThat(d.isSyncOrders()).isFalse();
        assertThat(d.getOrderStates()).isNull();
        assertThat(d.getOrdersFrom()).isNull();
        assertThat(d.isUpdateCustomers()).isFalse();
        assertThat(d.getOrderSyncMinutes()).isZero();
        assertThat(d.getStoreCode()).isNull();
        assertThat(d.getPublishMethod()).isNull();
        assertThat(d.getMarketplaces()).containsExactly(new MarketplaceTarget("IT", "it"));
    }

    @Test
    void magentoGetsTheDefaultStoreView() {
        var d = valid(Marketplace.MAGENTO);
        AccountRules.normalize(d);
        assertThat(d.getStoreCode()).isEqualTo("default");
        assertThat(d.getPublishMethod()).isEqualTo(PublishMethod.API);
    }

    @Test
    void requiredFieldsArePerPlatform() {
        var prestashop = new AccountDetails();
        prestashop.setPlatform(Marketplace.PRESTASHOP);
        assertThat(check(prestashop, false)).containsExactly("description=account.description.required",
                "shopUrl=account.shopUrl.required", "secret=account.secret.required.prestashop");

        var google = new AccountDetails();
        google.setDescription("Feed");
        google.setPlatform(Marketplace.GOOGLE_SHOPPING);
        google.setShopUrl("https://www.negozio.it");
        assertThat(check(google, false)).containsExactly("merchantId=account.merchantId.required");
    }

    @Test
    void anEmptySecretKeepsTheStoredOne() {
        var d = valid(Marketplace.MAGENTO);
        d.setSecret("   ");
        assertThat(check(d, true)).isEmpty();
        assertThat(d.getSecret()).isNull();
        assertThat(check(valid(Marketplace.MAGENTO), true)).isEmpty();
    }

    @Test
    void malformedValuesAreNamed() {
        var d = valid(Marketplace.PRESTASHOP);
        d.setShopUrl("www.negozio.it");
        d.setSecret("short");
        d.setDescription("x".repeat(101));
        d.setOrderStates("2;3");
        d.setOrderSyncMinutes(3);
        d.setBackupRetentionDays(0);
        d.setSendEmail(true);
        assertThat(check(d, false)).containsExactly("description=validation.tooLong", "shopUrl=account.shopUrl.invalid",
                "secret=account.secret.invalid.prestashop", "notificationEmails=account.notificationEmails.required",
                "orderStates=account.orderStates.invalid", "orderSyncMinutes=account.orderSyncMinutes.range",
                "backupRetentionDays=account.backupRetentionDays.range");
    }

    @Test
    void urlsMustBeHttpWithAHost() {
        for (String bad : List.of("ftp://negozio.it", "https://", "negozio", "https://negozio.it/?a=1", "javascript:alert(1)")) {
            var d = valid(Marketplace.MAGENTO);
            d.setShopUrl(bad);
            assertThat(check(d, false)).as(bad).containsExactly("shopUrl=account.shopUrl.invalid");
        }
    }

    @Test
    void eachBadAddressIsReported() {
        var d = valid(Marketplace.PRESTASHOP);
        d.setSendEmail(true);
        d.setNotificationEmails("a@negozio.it; b@negozio, c@negozio.it");
        var violations = AccountRules.check(d, false);
        assertThat(violations).containsExactly(
                Violation.of("notificationEmails", "account.notificationEmails.invalid", "b@negozio"));
    }

    @Test
    void googleMarketsNeedIsoCodes() {
        var d = valid(Marketplace.GOOGLE_SHOPPING);
        d.setMarketplaces(List.of(new MarketplaceTarget("ITA", "it"), new MarketplaceTarget("DE", "de")));
        assertThat(check(d, false)).containsExactly("marketplaces=account.marketplaces.invalid");
    }

    @Test
    void theProductPageAddressIsAnHttpUrlWithTheArticleCode() {
        var d = valid(Marketplace.GOOGLE_SHOPPING);
        d.setProductUrl(" https://www.negozio.it/p/{code} ");
        assertThat(check(d, false)).isEmpty();
        assertThat(d.getProductUrl()).isEqualTo("https://www.negozio.it/p/{code}");

        d.setProductUrl("https://www.negozio.it/index.php?controller=product&reference={code}");
        assertThat(check(d, false)).isEmpty();
        for (String wrong : new String[] {"https://www.negozio.it/p/", "ftp://negozio.it/{code}", "/p/{code}",
            "https://www.negozio.it/p/{code} x"}) {
            d.setProductUrl(wrong);
            assertThat(check(d, false)).as(wrong).containsExactly("productUrl=account.productUrl.invalid");
        }

        var shop = valid(Marketplace.PRESTASHOP);
        shop.setProductUrl("https://www.negozio.it/p/{code}");
        AccountRules.normalize(shop);
        assertThat(shop.getProductUrl()).as("only Google Shopping has it").isNull();
    }
}

package it.crocevia.connector.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.boundary.ProductData;
import it.crocevia.connector.boundary.PublishResult;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.ImageSite;
import it.crocevia.connector.control.QuickHttp;
import it.crocevia.testserver.prestashop.PrestaShopImage;
import it.crocevia.testserver.prestashop.PrestaShopProduct;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import it.crocevia.testserver.prestashop.ProductSpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link PrestaShopPublisher} sets beyond the product's own fields: categories, manufacturer,
 * tax rule group and images, against the PrestaShop test server over HTTP.
 */
class PrestaShopProductDetailsTest {

    private PrestaShopTestServer shop;
    private ImageSite site;
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() {
        shop = new PrestaShopTestServer().start();
        site = new ImageSite();
        Logger.getLogger("it.crocevia.connector").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("it.crocevia.connector").removeHandler(capture);
        site.close();
        shop.close();
    }

    @Test
    void aNewProductGoesInItsCategoriesTheFirstItsDefault() {
        publisher(shop.apiKey()).publish(product("CAF-250").categories(List.of(Integer.toString(CATEGORY_COFFEE),
                Integer.toString(CATEGORY_KITCHEN))).build(), Optional.empty());

        PrestaShopProduct created = shop.data().productByReference("CAF-250").orElseThrow();
        assertThat(created.field("id_category_default")).isEqualTo(Integer.toString(CATEGORY_COFFEE));
        assertThat(created.categoryIds()).containsExactly(CATEGORY_COFFEE, CATEGORY_KITCHEN);
    }

    @Test
    void anUpdateReplacesTheCategoriesOnlyWhenTheProductNamesThem() {
        int id = shop.data().addProduct(ProductSpec.of("MOKA-3", "Moka", new BigDecimal("24.51"))
                .categories(CATEGORY_KITCHEN, CATEGORY_HOME));
        var publisher = publisher(shop.apiKey());

        publisher.publish(product("MOKA-3").build(), publisher.find("MOKA-3"));
        assertThat(shop.data().product(id).orElseThrow().categoryIds()).containsExactly(CATEGORY_KITCHEN,
                CATEGORY_HOME);

        publisher.publish(product("MOKA-3").categories(List.of(Integer.toString(CATEGORY_COFFEE))).build(),
                publisher.find("MOKA-3"));
        PrestaShopProduct moved = shop.data().product(id).orElseThrow();
        assertThat(moved.categoryIds()).containsExactly(CATEGORY_COFFEE);
        assertThat(moved.field("id_category_default")).isEqualTo(Integer.toString(CATEGORY_COFFEE));
    }

    @Test
    void aBrandTheShopLacksIsCreatedActiveOnceAndAKnownOneIsFoundWithoutCase() {
        int alessi = shop.data().addManufacturer("Alessi");
        var publisher = publisher(shop.apiKey());

        publisher.publish(product("CAF-250").brand("Bialetti").build(), Optional.empty());
        publisher.publish(product("CAF-500").brand("bialetti").build(), Optional.empty());
        publisher.publish(product("BOLL-1").brand(" ALESSI ").build(), Optional.empty());

        assertThat(shop.data().count("manufacturers")).isEqualTo(2);
        int bialetti = shop.data().ids("manufacturers").get(1);
        assertThat(shop.data().value("manufacturers", bialetti, "name")).isEqualTo("Bialetti");
        assertThat(shop.data().value("manufacturers", bialetti, "active")).isEqualTo("1");
        assertThat(manufacturerOf("CAF-250")).isEqualTo(Integer.toString(bialetti));
        assertThat(manufacturerOf("CAF-500")).isEqualTo(Integer.toString(bialetti));
        assertThat(manufacturerOf("BOLL-1")).isEqualTo(Integer.toString(alessi));
    }

    @Test
    void aBrandPrestaShopRefusesLeavesTheProductWithoutManufacturer() {
        PublishResult result = publisher(shop.apiKey()).publish(product("CAF-250").brand("Caffè {speciale}").build(),
                Optional.empty());

        assertThat(result.remoteId()).isNotBlank();
        assertThat(manufacturerOf("CAF-250")).isEqualTo("0");
        assertThat(shop.data().count("manufacturers")).isZero();
        assertThat(messages()).anyMatch(m -> m.contains("refused the manufacturer"));
    }

    @Test
    void theTaxRuleGroupIsTheOneTaxingItalyAtTheProductsRate() {
        var publisher = publisher(shop.apiKey());

        for (String rate : List.of("22", "10", "5", "4", "0", "22.00")) {
            publisher.publish(product("R-" + rate).vat(rate).build(), Optional.empty());
        }

        assertThat(taxGroupOf("R-22")).isEqualTo(Integer.toString(TAX_GROUP_22));
        assertThat(taxGroupOf("R-22.00")).isEqualTo(Integer.toString(TAX_GROUP_22));
        assertThat(taxGroupOf("R-10")).isEqualTo(Integer.toString(TAX_GROUP_10));
        assertThat(taxGroupOf("R-5")).isEqualTo(Integer.toString(TAX_GROUP_5));
        assertThat(taxGroupOf("R-4")).isEqualTo(Integer.toString(TAX_GROUP_4));
        assertThat(taxGroupOf("R-0")).isEqualTo(Integer.toString(TAX_GROUP_0));
    }

    @Test
    void aRateNoGroupAppliesKeepsTheGroupAndIsLoggedOnce() {
        int id = shop.data().addProduct(ProductSpec.of("MOKA-3", "Moka", new BigDecimal("24.51"))
                .taxRulesGroup(TAX_GROUP_10));
        var publisher = publisher(shop.apiKey());

        publisher.publish(product("MOKA-3").vat("7").build(), publisher.find("MOKA-3"));
        publisher.publish(product("NEW-7").vat("7").build(), Optional.empty());

        assertThat(shop.data().product(id).orElseThrow().field("id_tax_rules_group"))
                .isEqualTo(Integer.toString(TAX_GROUP_10));
        assertThat(taxGroupOf("NEW-7")).isEqualTo("0");
        assertThat(messages()).filteredOn(m -> m.contains("no active tax rule group")).hasSize(1);
    }

    @Test
    void aProductWithoutImagesGetsTheDownloadableOnesAndTheBadOnesAreSkipped() {
        byte[] png = ImageSite.picture("png", 0xC0FFEE);
        byte[] jpeg = ImageSite.picture("jpg", 0x123456);
        List<String> images = List.of(site.serve("/moka.png", "image/png", png),
                site.serve("/page.html", "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8)),
                site.url("/missing.jpg") + "?token=S3CRET-TOKEN",
                site.serve("/fake.jpg", "image/jpeg", "not a jpeg".getBytes(StandardCharsets.UTF_8)),
                site.serve("/moka-2.jpg", "image/jpeg", jpeg));
        var publisher = publisher(shop.apiKey());

        PublishResult first = publisher.publish(product("MOKA-3").images(images).build(), Optional.empty());
        PublishResult again = publisher.publish(product("MOKA-3").images(images).build(), publisher.find("MOKA-3"));

        assertThat(first.imagesSkipped()).isEqualTo(3);
        assertThat(again.imagesSkipped()).as("it has images: left alone").isZero();
        List<PrestaShopImage> stored = shop.data().images(Integer.parseInt(first.remoteId()));
        assertThat(stored).extracting(PrestaShopImage::mimeType).containsExactly("image/png", "image/jpeg");
        assertThat(stored.get(0).cover()).isTrue();
        assertThat(stored.get(0).content()).isEqualTo(png);
        assertThat(stored.get(0).fileName()).isEqualTo("MOKA-3-1.png");
        assertThat(stored.get(1).content()).isEqualTo(jpeg);
        assertThat(messages()).filteredOn(m -> m.contains("skipped")).hasSize(3)
                .anyMatch(m -> m.contains("/missing.jpg") && m.contains("HTTP 404"))
                .anyMatch(m -> m.contains("text/html"))
                .noneMatch(m -> m.contains("S3CRET") || m.contains(shop.apiKey()));
    }

    @Test
    void aKeyWithoutBrandsTaxesAndImagesStillPublishesTheProduct() {
        String key = "PRODUCTSONLY0123456789ABCDEFGHIJ";
        shop.addKey(key, Map.of("products", List.of("GET", "PUT", "POST"), "stock_availables", List.of("GET", "PUT")));

        PublishResult result = publisher(key).publish(product("CAF-250").brand("Bialetti").vat("10")
                .images(List.of(site.serve("/moka.png", "image/png", ImageSite.picture("png", 1)))).build(),
                Optional.empty());

        PrestaShopProduct created = shop.data().productByReference("CAF-250").orElseThrow();
        assertThat(result.imagesSkipped()).isEqualTo(1);
        assertThat(created.field("id_manufacturer")).isEqualTo("0");
        assertThat(created.field("id_tax_rules_group")).isEqualTo("0");
        assertThat(shop.data().images(created.id())).isEmpty();
        assertThat(shop.data().stockOf(created.id()).quantity()).isEqualTo(5);
    }

    private String manufacturerOf(String sku) {
        return shop.data().productByReference(sku).orElseThrow().field("id_manufacturer");
    }

    private String taxGroupOf(String sku) {
        return shop.data().productByReference(sku).orElseThrow().field("id_tax_rules_group");
    }

    private List<String> messages() {
        return logged.stream().map(r -> java.text.MessageFormat.format(r.getMessage(),
                r.getParameters() == null ? new Object[0] : r.getParameters())).toList();
    }

    private static Product product(String sku) {
        return new Product(sku);
    }

    /** A product to publish, with what a test changes. */
    private static final class Product {
        private final String sku;
        private String brand = "";
        private String vat = "22";
        private List<String> categories = List.of();
        private List<String> images = List.of();

        Product(String sku) {
            this.sku = sku;
        }

        Product brand(String value) {
            brand = value;
            return this;
        }

        Product vat(String value) {
            vat = value;
            return this;
        }

        Product categories(List<String> ids) {
            categories = ids;
            return this;
        }

        Product images(List<String> urls) {
            images = urls;
            return this;
        }

        ProductData build() {
            return new ProductData(sku, "Moka Express " + sku, "Caffettiera", new BigDecimal("24.51"),
                    new BigDecimal(vat), null, brand, null, List.of(), categories, images, new BigDecimal("5"), true,
                    "it");
        }
    }

    private PrestaShopPublisher publisher(String key) {
        return new PrestaShopPublisher(new ShopConnection(0, Marketplace.PRESTASHOP, shop.shopUrl(), key, null),
                QuickHttp.remoteHttp());
    }
}

package it.crocevia.connector.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.LANG_EN;
import static it.crocevia.testserver.prestashop.PrestaShopDefaults.LANG_IT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.ProductData;
import it.crocevia.connector.boundary.ProductRejectedException;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.boundary.RemoteProduct;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.QuickHttp;
import it.crocevia.testserver.prestashop.PrestaShopProduct;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import it.crocevia.testserver.prestashop.ProductSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PrestaShopPublisher} against the PrestaShop test server, over HTTP. */
class PrestaShopPublisherTest {

    private PrestaShopTestServer shop;

    @BeforeEach
    void start() {
        shop = new PrestaShopTestServer().start();
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void anAbsentProductIsCreatedSavedInHomeWithItsStock() {
        var publisher = publisher(shop.apiKey());

        assertThat(publisher.find("CAF-250")).isEmpty();
        String id = publisher.publish(product("CAF-250", "Caffè macinato Moka 250 g", "4.016393", 37),
                Optional.empty()).remoteId();

        PrestaShopProduct created = shop.data().productByReference("CAF-250").orElseThrow();
        assertThat(id).isEqualTo(Integer.toString(created.id()));
        assertThat(created.name()).isEqualTo("Caffè macinato Moka 250 g");
        assertThat(created.text("name", LANG_EN)).as("no language left empty").isEqualTo("Caffè macinato Moka 250 g");
        assertThat(created.field("link_rewrite")).isEqualTo("caffe-macinato-moka-250-g");
        assertThat(created.price()).isEqualTo("4.016393");
        assertThat(created.field("description")).isEqualTo("Miscela 100% arabica");
        assertThat(created.field("ean13")).isEqualTo("8001234567897");
        assertThat(created.field("weight")).isEqualTo("0.250000");
        assertThat(created.field("state")).as("not a temporary product").isEqualTo("1");
        assertThat(created.active()).isTrue();
        assertThat(created.field("show_price")).isEqualTo("1");
        assertThat(created.field("available_for_order")).isEqualTo("1");
        assertThat(created.field("id_category_default")).isEqualTo("2");
        assertThat(created.categoryIds()).containsExactly(ProductSpec.CATEGORY_HOME);
        assertThat(shop.data().stockOf(created.id()).quantity()).isEqualTo(37);
    }

    @Test
    void anUpdateChangesWhatCroceviaOwnsAndKeepsTheRest() {
        int id = shop.data().addProduct(ProductSpec.of("OLIO-1L", "Olio extravergine 1 L", new BigDecimal("10.25"))
                .name("Olio extravergine 1 L", "Extra virgin olive oil 1 L").description("Spremuto a freddo",
                        "Cold pressed").categories(4, 2).manufacturer(3).visibility("catalog").mpn("OL-1000")
                .quantity(5));
        patch(id, "<meta_title><language id=\"1\">Olio in offerta</language></meta_title>");
        PrestaShopProduct before = shop.data().product(id).orElseThrow();
        var publisher = publisher(shop.apiKey());

        String published = publisher.publish(product("OLIO-1L", "Olio extravergine di oliva 1 L", "11.5", 12),
                publisher.find("OLIO-1L")).remoteId();

        PrestaShopProduct after = shop.data().product(id).orElseThrow();
        assertThat(published).isEqualTo(Integer.toString(id));
        assertThat(after.name()).isEqualTo("Olio extravergine di oliva 1 L");
        assertThat(after.field("link_rewrite")).isEqualTo("olio-extravergine-di-oliva-1-l");
        assertThat(after.price()).isEqualTo("11.500000");
        assertThat(after.field("description")).isEqualTo("Miscela 100% arabica");
        assertThat(after.field("ean13")).isEqualTo("8001234567897");
        assertThat(shop.data().stockOf(id).quantity()).isEqualTo(12);
        assertThat(after.categoryIds()).containsExactly(4, 2);
        assertThat(after.text("meta_title", LANG_IT)).isEqualTo("Olio in offerta");
        assertThat(after.text("name", LANG_EN)).isEqualTo("Extra virgin olive oil 1 L");
        assertThat(after.text("description", LANG_EN)).isEqualTo("Cold pressed");
        for (String kept : List.of("visibility", "mpn", "id_tax_rules_group", "id_category_default", "date_add",
                "show_price", "available_for_order")) {
            assertThat(after.field(kept)).as(kept).isEqualTo(before.field(kept));
        }
        assertThat(shop.data().value("manufacturers", Integer.parseInt(after.field("id_manufacturer")), "name"))
                .as("the brand's manufacturer").isEqualTo("Bialetti");
    }

    @Test
    void findGivesTheWholeXmlRecordWithTheStockOfItsRows() {
        int id = shop.data().addProduct(ProductSpec.of("MOKA-3", "Moka Express 3 tazze", new BigDecimal("24.51"))
                .quantity(8));
        int stockRow = shop.data().stockOf(id).id();

        RemoteProduct found = publisher(shop.apiKey()).find("moka-3").orElseThrow();

        assertThat(found.remoteId()).isEqualTo(Integer.toString(id));
        assertThat(found.format()).isEqualTo("xml");
        assertThat(found.record()).contains("<reference><![CDATA[MOKA-3]]></reference>",
                "<price><![CDATA[24.510000]]></price>", "Moka Express 3 tazze", "<manufacturer_name",
                "<id><![CDATA[" + stockRow + "]]></id>", "<quantity>8</quantity>");
        assertThat(publisher(shop.apiKey()).find("MOKA-4")).isEmpty();
    }

    @Test
    void restoringABackupPutsTheOldRecordAndStockBack() {
        int id = shop.data().addProduct(ProductSpec.of("CAND-FIC", "Candela al fico", new BigDecimal("16.31"))
                .description("Cera di soia", "Soy wax").categories(4, 2).ean13("8009876543210").quantity(3));
        PrestaShopProduct before = shop.data().product(id).orElseThrow();
        var publisher = publisher(shop.apiKey());
        RemoteProduct backup = publisher.find("CAND-FIC").orElseThrow();
        publisher.publish(product("CAND-FIC", "Candela profumata", "19.9", 40), Optional.of(backup));
        assertThat(shop.data().product(id).orElseThrow().price()).isEqualTo("19.900000");

        publisher.restore(backup);

        PrestaShopProduct after = shop.data().product(id).orElseThrow();
        assertThat(withoutDateUpd(after.fields())).isEqualTo(withoutDateUpd(before.fields()));
        assertThat(after.multilingual()).isEqualTo(before.multilingual());
        assertThat(after.categoryIds()).containsExactly(4, 2);
        assertThat(shop.data().stockOf(id).quantity()).isEqualTo(3);
    }

    @Test
    void aProductDeletedSinceItsBackupIsCreatedAgainWithItsStock() {
        int id = shop.data().addProduct(ProductSpec.of("BALS-250", "Aceto balsamico", new BigDecimal("6.89"))
                .description("Invecchiato 12 anni", "Aged 12 years").quantity(9));
        var publisher = publisher(shop.apiKey());
        RemoteProduct backup = publisher.find("BALS-250").orElseThrow();
        shop.data().delete("products", id);

        publisher.restore(backup);

        PrestaShopProduct again = shop.data().productByReference("BALS-250").orElseThrow();
        assertThat(again.id()).isNotEqualTo(id);
        assertThat(again.name()).isEqualTo("Aceto balsamico");
        assertThat(again.price()).isEqualTo("6.890000");
        assertThat(again.field("description")).isEqualTo("Invecchiato 12 anni");
        assertThat(again.text("description", LANG_EN)).isEqualTo("Aged 12 years");
        assertThat(shop.data().stockOf(again.id()).quantity()).isEqualTo(9);
    }

    @Test
    void aValidationErrorRejectsThatProductAndTheNextOneStillPublishes() {
        var publisher = publisher(shop.apiKey());

        assertThatThrownBy(() -> publisher.publish(product("TAZ-1", "Tazza <b>grande</b>", "9", 1), Optional.empty()))
                .isInstanceOf(ProductRejectedException.class)
                .hasMessageContaining("TAZ-1").hasMessageContaining("Property Product->name is not valid");
        publisher.publish(product("TAZ-2", "Tazza grande", "9", 1), Optional.empty());

        assertThat(shop.data().productByReference("TAZ-1")).isEmpty();
        assertThat(shop.data().productByReference("TAZ-2")).isPresent();
    }

    @Test
    void anUnknownKeyIsBadCredentials() {
        var publisher = publisher("WRONGKEY0123456789ABCDEFGHIJKLMN");

        assertThatThrownBy(() -> publisher.find("CAF-250")).isInstanceOf(RemoteException.class)
                .extracting(e -> ((RemoteException) e).outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThatThrownBy(() -> publisher.publish(product("CAF-250", "Caffè", "4", 1), Optional.empty()))
                .isInstanceOf(RemoteException.class).extracting(e -> ((RemoteException) e).outcome())
                .isEqualTo(Outcome.BAD_CREDENTIALS);
    }

    @Test
    void aKeyThatMayOnlyReadIsBadCredentialsNotARejection() {
        String reader = "READONLY0123456789ABCDEFGHIJKLMN";
        shop.addKey(reader, Set.of("products", "stock_availables"));

        assertThatThrownBy(() -> publisher(reader).publish(product("CAF-250", "Caffè", "4", 1), Optional.empty()))
                .isInstanceOf(RemoteException.class).extracting(e -> ((RemoteException) e).outcome())
                .isEqualTo(Outcome.BAD_CREDENTIALS);
    }

    @Test
    void referencesAreSearchedAsEqualities() {
        assertThat(PrestaShopPublisher.referenceFilter("CAF-250")).isEqualTo("[CAF-250]");
        assertThat(PrestaShopPublisher.referenceFilter("A|B")).isEqualTo("A|B");
        assertThatThrownBy(() -> PrestaShopPublisher.referenceFilter("A[1]"))
                .isInstanceOf(ProductRejectedException.class);
    }

    private static Map<String, String> withoutDateUpd(Map<String, String> fields) {
        var copy = new HashMap<>(fields);
        copy.remove("date_upd");
        // XML has no NULL: the empty low_stock_threshold of a NULL column comes back as 0 (see the test server)
        copy.remove("low_stock_threshold");
        return copy;
    }

    private static ProductData product(String sku, String name, String price, int quantity) {
        return new ProductData(sku, name, "Miscela 100% arabica", new BigDecimal(price), new BigDecimal("22"),
                "8001234567897", "Bialetti", new BigDecimal("0.25"), List.of(), List.of(), List.of(),
                new BigDecimal(quantity), true, "it");
    }

    private PrestaShopPublisher publisher(String key) {
        return new PrestaShopPublisher(new ShopConnection(0, Marketplace.PRESTASHOP, shop.shopUrl(), key, null),
                QuickHttp.remoteHttp());
    }

    /** A change made on the shop, as its back office would: a PATCH of one field. */
    private void patch(int id, String fields) {
        String body = "<prestashop><product><id>" + id + "</id>" + fields + "</product></prestashop>";
        var request = HttpRequest.newBuilder(URI.create(shop.shopUrl() + "/api/products/" + id))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((shop.apiKey() + ":").getBytes(StandardCharsets.UTF_8)))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

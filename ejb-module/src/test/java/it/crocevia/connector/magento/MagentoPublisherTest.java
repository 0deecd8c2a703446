package it.crocevia.connector.magento;

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
import it.crocevia.testserver.magento.MagentoTestServer;
import it.crocevia.testserver.magento.ProductSpec;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link MagentoPublisher} against the Magento 2 test server, over HTTP. */
class MagentoPublisherTest {

    private MagentoTestServer shop;

    @BeforeEach
    void start() {
        shop = new MagentoTestServer().start();
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void anAbsentProductIsCreatedAsASimpleVisibleProductWithItsStock() {
        var publisher = publisher(shop.accessToken());

        assertThat(publisher.find("CAF-250")).isEmpty();
        String id = publisher.publish(product("CAF-250", "Caffè macinato Moka 250 g", "4.9", "12"), Optional.empty())
                .remoteId();

        assertThat(shop.data().hasProduct("CAF-250")).isTrue();
        assertThat(id).isEqualTo(shop.data().productField("CAF-250", "id").toString());
        assertThat(shop.data().productField("CAF-250", "name")).isEqualTo("Caffè macinato Moka 250 g");
        assertThat(shop.data().productField("CAF-250", "price")).isEqualTo(new BigDecimal("4.9"));
        assertThat(shop.data().productField("CAF-250", "weight")).isEqualTo(new BigDecimal("0.25"));
        assertThat(shop.data().productField("CAF-250", "status")).isEqualTo(1);
        assertThat(shop.data().productField("CAF-250", "visibility")).isEqualTo(4);
        assertThat(shop.data().productField("CAF-250", "type_id")).isEqualTo("simple");
        assertThat(shop.data().productField("CAF-250", "attribute_set_id")).isEqualTo(4);
        assertThat(shop.data().productField("CAF-250", "description")).isEqualTo("Miscela 100% arabica");
        assertThat(shop.data().stockField("CAF-250", "qty")).isEqualTo(new BigDecimal("12"));
        assertThat(shop.data().stockField("CAF-250", "is_in_stock")).isEqualTo(true);
    }

    @Test
    void anUpdateChangesWhatCroceviaOwnsAndKeepsTheRest() {
        shop.data().addProduct(ProductSpec.of("SCIA-CASH", "Sciarpa in cashmere", new BigDecimal("72.95"))
                .categories("3", "4").visibility(2).attributeSet(9).shortDescription("Morbidissima")
                .attribute("meta_title", "Sciarpa in offerta").urlKey("sciarpa-cashmere")
                .storeValue("en", "name", "Cashmere scarf").qty(new BigDecimal("3")));
        var publisher = publisher(shop.accessToken());

        publisher.publish(product("SCIA-CASH", "Sciarpa in puro cashmere", "69.9", "7"), publisher.find("SCIA-CASH"));

        assertThat(shop.data().productField("SCIA-CASH", "name")).isEqualTo("Sciarpa in puro cashmere");
        assertThat(shop.data().productField("SCIA-CASH", "price")).isEqualTo(new BigDecimal("69.9"));
        assertThat(shop.data().productField("SCIA-CASH", "description")).isEqualTo("Miscela 100% arabica");
        assertThat(shop.data().stockField("SCIA-CASH", "qty")).isEqualTo(new BigDecimal("7"));
        assertThat(shop.data().productField("SCIA-CASH", "category_ids")).isEqualTo(List.of("3", "4"));
        assertThat(shop.data().productField("SCIA-CASH", "visibility")).isEqualTo(2);
        assertThat(shop.data().productField("SCIA-CASH", "attribute_set_id")).isEqualTo(9);
        assertThat(shop.data().productField("SCIA-CASH", "short_description")).isEqualTo("Morbidissima");
        assertThat(shop.data().productField("SCIA-CASH", "meta_title")).isEqualTo("Sciarpa in offerta");
        assertThat(shop.data().productField("SCIA-CASH", "url_key")).isEqualTo("sciarpa-cashmere");
        assertThat(shop.data().productField("SCIA-CASH", "name", "en")).isEqualTo("Cashmere scarf");
    }

    @Test
    void findGivesTheProductAndItsStockItemAsMagentoAnswersThem() {
        int id = shop.data().addProduct(ProductSpec.of("MOKA-3", "Moka Express 3 tazze", new BigDecimal("24.51"))
                .description("Alluminio").qty(new BigDecimal("8")));

        RemoteProduct found = publisher(shop.accessToken()).find("moka-3").orElseThrow();

        assertThat(found.remoteId()).isEqualTo(Integer.toString(id));
        assertThat(found.format()).isEqualTo("json");
        var record = Json.createReader(new StringReader(found.record())).readObject();
        assertThat(record.getJsonObject("product").getString("sku")).isEqualTo("MOKA-3");
        assertThat(record.getJsonObject("product").getJsonArray("custom_attributes").toString()).contains("Alluminio");
        assertThat(record.getJsonObject("stockItem").getInt("qty")).isEqualTo(8);
        assertThat(publisher(shop.accessToken()).find("MOKA-4")).isEmpty();
    }

    @Test
    void restoringABackupPutsTheOldProductAndStockBack() {
        shop.data().addProduct(ProductSpec.of("CAND-FIC", "Candela al fico", new BigDecimal("16.31"))
                .weight(new BigDecimal("0.4")).description("Cera di soia").categories("3").qty(new BigDecimal("3")));
        var publisher = publisher(shop.accessToken());
        RemoteProduct backup = publisher.find("CAND-FIC").orElseThrow();
        publisher.publish(product("CAND-FIC", "Candela profumata", "19.9", "0"), Optional.of(backup));
        assertThat(shop.data().stockField("CAND-FIC", "is_in_stock")).isEqualTo(false);

        publisher.restore(backup);

        assertThat(shop.data().productField("CAND-FIC", "name")).isEqualTo("Candela al fico");
        assertThat(shop.data().productField("CAND-FIC", "price")).isEqualTo(new BigDecimal("16.31"));
        assertThat(shop.data().productField("CAND-FIC", "weight")).isEqualTo(new BigDecimal("0.4"));
        assertThat(shop.data().productField("CAND-FIC", "description")).isEqualTo("Cera di soia");
        assertThat(shop.data().productField("CAND-FIC", "category_ids")).isEqualTo(List.of("3"));
        assertThat(shop.data().stockField("CAND-FIC", "qty")).isEqualTo(new BigDecimal("3"));
        assertThat(shop.data().stockField("CAND-FIC", "is_in_stock")).isEqualTo(true);
    }

    @Test
    void aProductDeletedSinceItsBackupIsCreatedAgain() {
        shop.data().addProduct(ProductSpec.of("BALS-250", "Aceto balsamico", new BigDecimal("6.89"))
                .description("Invecchiato 12 anni").qty(new BigDecimal("9")));
        var publisher = publisher(shop.accessToken());
        RemoteProduct backup = publisher.find("BALS-250").orElseThrow();
        shop.data().deleteProduct("BALS-250");

        publisher.restore(backup);

        assertThat(shop.data().productField("BALS-250", "name")).isEqualTo("Aceto balsamico");
        assertThat(shop.data().productField("BALS-250", "price")).isEqualTo(new BigDecimal("6.89"));
        assertThat(shop.data().productField("BALS-250", "description")).isEqualTo("Invecchiato 12 anni");
        assertThat(shop.data().stockField("BALS-250", "qty")).isEqualTo(new BigDecimal("9"));
        assertThat(shop.data().stockField("BALS-250", "is_in_stock")).isEqualTo(true);
    }

    @Test
    void aValidationErrorRejectsThatProductAndTheNextOneStillPublishes() {
        shop.data().addProduct(ProductSpec.of("TAZ-1", "Tazza grande", new BigDecimal("9")));
        var publisher = publisher(shop.accessToken());

        assertThatThrownBy(() -> publisher.publish(product("TAZ-2", "Tazza grande", "9", "1"), Optional.empty()))
                .isInstanceOf(ProductRejectedException.class).hasMessageContaining("TAZ-2")
                .hasMessageContaining("URL key for specified store already exists.");
        publisher.publish(product("TAZ-3", "Tazza piccola", "7", "1"), Optional.empty());

        assertThat(shop.data().hasProduct("TAZ-2")).isFalse();
        assertThat(shop.data().hasProduct("TAZ-3")).isTrue();
    }

    @Test
    void anUnknownTokenIsBadCredentials() {
        var publisher = publisher("wrongtoken0000000000000000000000");

        assertThatThrownBy(() -> publisher.find("CAF-250")).isInstanceOf(RemoteException.class)
                .extracting(e -> ((RemoteException) e).outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThatThrownBy(() -> publisher.publish(product("CAF-250", "Caffè", "4", "1"), Optional.empty()))
                .isInstanceOf(RemoteException.class).extracting(e -> ((RemoteException) e).outcome())
                .isEqualTo(Outcome.BAD_CREDENTIALS);
    }

    private static ProductData product(String sku, String name, String price, String quantity) {
        return new ProductData(sku, name, "Miscela 100% arabica", new BigDecimal(price), new BigDecimal("22"),
                "8001234567897", "Bialetti", new BigDecimal("0.25"), List.of(), List.of(), List.of(),
                new BigDecimal(quantity), true, "it");
    }

    private MagentoPublisher publisher(String token) {
        return new MagentoPublisher(new ShopConnection(0, Marketplace.MAGENTO, shop.shopUrl(), token, "default"),
                QuickHttp.remoteHttp());
    }
}

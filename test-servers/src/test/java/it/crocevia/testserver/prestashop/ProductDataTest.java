package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seeded products read through the webservice, and the accessors an integration test asserts with. */
class ProductDataTest {

    private static PrestaShopTestServer server;
    private static WsClient client;
    private static int coffee;
    private static int oil;
    private static int cup;

    @BeforeAll
    static void start() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
        coffee = server.data().addProduct(ProductSpec.of("CAF-250", "Caffè macinato 250 g", new BigDecimal("4.016393"))
                .name("Caffè macinato 250 g", "Ground coffee 250 g").ean13("8001234567890").quantity(12)
                .categories(3, 2));
        oil = server.data().addProduct(ProductSpec.of("OLIO-1L", "Olio extravergine 1 L", new BigDecimal("10.25"))
                .quantity(4));
        cup = server.data().addProduct(ProductSpec.of("TAZ-DER", "Tazza di Deruta", new BigDecimal("14.75"))
                .active(false));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aProductIsFoundByReferenceWithFullDisplay() {
        HttpResponse<String> response = client.get("products", "filter[reference]", "[OLIO-1L]", "display", "full",
                "output_format", "JSON");

        JsonArray products = WsClient.array(response, "products");
        assertThat(products).hasSize(1);
        JsonObject product = products.getJsonObject(0);
        assertThat(product.getInt("id")).isEqualTo(oil);
        assertThat(product.getString("price")).isEqualTo("10.250000");
        assertThat(product.getString("link_rewrite", null)).isNull();
        assertThat(product.getJsonArray("link_rewrite").getJsonObject(0).getString("value"))
                .isEqualTo("olio-extravergine-1-l");
        assertThat(product.getJsonObject("associations").getJsonArray("stock_availables").getJsonObject(0)
                .getString("id_product_attribute")).isEqualTo("0");
    }

    @Test
    void productsPageAndFilterAsTheOtherResources() {
        HttpResponse<String> page = client.get("products", "sort", "[id_DESC]", "limit", "1,2", "output_format", "JSON");
        HttpResponse<String> active = client.get("products", "filter[active]", "[1]", "output_format", "JSON");
        HttpResponse<String> byIds = client.get("products", "filter[id]", "[" + coffee + "|" + cup + "]",
                "display", "[id,reference]", "output_format", "JSON");
        HttpResponse<String> quantity = client.get("products", "filter[quantity]", "[0]", "output_format", "JSON");

        assertThat(page.body()).isEqualTo("{\"products\":[{\"id\":" + oil + "},{\"id\":" + coffee + "}]}");
        assertThat(WsClient.array(active, "products")).hasSize(2);
        assertThat(byIds.body()).isEqualTo("{\"products\":[{\"id\":" + coffee + ",\"reference\":\"CAF-250\"},"
                + "{\"id\":" + cup + ",\"reference\":\"TAZ-DER\"}]}");
        assertThat(quantity.statusCode()).isEqualTo(400);
        assertThat(quantity.body()).contains("\"code\":34");
    }

    @Test
    void theStockOfAProductIsItsRowWithoutCombination() {
        StockAvailable stock = server.data().stockOf(coffee);
        HttpResponse<String> row = client.get("stock_availables/" + stock.id(), "output_format", "JSON");

        assertThat(stock.quantity()).isEqualTo(12);
        assertThat(stock.productAttributeId()).isZero();
        JsonObject json = WsClient.object(row).getJsonObject("stock_available");
        assertThat(json.getString("id_product")).isEqualTo(Integer.toString(coffee));
        assertThat(json.getString("quantity")).isEqualTo("12");
        assertThat(json.getString("depends_on_stock")).isEqualTo("0");
    }

    @Test
    void theAccessorsReadWhatIsStored() {
        PrestaShopProduct product = server.data().product(coffee).orElseThrow();

        assertThat(product.reference()).isEqualTo("CAF-250");
        assertThat(product.price()).isEqualTo("4.016393");
        assertThat(product.text("name", PrestaShopDefaults.LANG_EN)).isEqualTo("Ground coffee 250 g");
        assertThat(product.field("id_category_default")).isEqualTo("3");
        assertThat(product.categoryIds()).containsExactly(3, 2);
        assertThat(product.fields()).containsEntry("ean13", "8001234567890").doesNotContainKey("quantity");
        assertThat(server.data().productByReference("taz-der").orElseThrow().active()).isFalse();
        assertThat(server.data().productByReference("NONE")).isEmpty();
        assertThat(server.data().product(999)).isEmpty();
    }

    @Test
    void changesMadeInTheBackOfficeAreSeenByTheWebservice() {
        int bag = server.data().addProduct(ProductSpec.of("BORS-PEL", "Borsa in pelle", new BigDecimal("122.13")));
        server.data().updateProduct(bag, Map.of("price", "99.000000", "date_upd", "2026-04-01 12:00:00"));
        server.data().setStock(bag, 3);

        assertThat(client.get("products/" + bag).body()).contains("<price><![CDATA[99.000000]]></price>",
                "<date_upd><![CDATA[2026-04-01 12:00:00]]></date_upd>");
        assertThat(server.data().stockOf(bag).quantity()).isEqualTo(3);

        server.data().delete("products", bag);

        assertThat(server.data().product(bag)).isEmpty();
        assertThat(client.get("stock_availables", "filter[id_product]", "[" + bag + "]", "output_format", "JSON").body())
                .isEqualTo("[]");
    }
}

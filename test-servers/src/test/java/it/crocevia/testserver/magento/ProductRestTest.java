package it.crocevia.testserver.magento;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Products and their stock through the REST API, as Magento 2.4 answers them. */
class ProductRestTest {

    private static final String NEW_PRODUCT = """
            {"product": {"sku": "OLIO-1L", "name": "Olio extravergine di oliva 1 L", "price": 12.5,
              "weight": 1, "extension_attributes": {"category_links": [{"position": 0, "category_id": "3"}],
                "stock_item": {"qty": 40, "is_in_stock": true}},
              "custom_attributes": [{"attribute_code": "description", "value": "<p>Spremuto a freddo</p>"}]}}
            """;

    private static MagentoTestServer server;
    private static RestClient client;

    @BeforeAll
    static void start() {
        server = new MagentoTestServer().start().clock(Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC));
        client = new RestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void seed() {
        server.data().clear();
        server.data().addProduct(ProductSpec.of("CAF-250", "Caffè macinato Moka 250 g", new BigDecimal("4.90"))
                .weight(new BigDecimal("0.25")).description("Miscela 100% arabica").categories("3")
                .qty(new BigDecimal("12")));
    }

    @Test
    void aProductHasTheInterfaceShapeWithItsStockItem() {
        HttpResponse<String> response = client.get("products/CAF-250");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject product = RestClient.object(response);
        assertThat(List.copyOf(product.keySet())).containsExactly("id", "sku", "name", "attribute_set_id", "price",
                "status", "visibility", "type_id", "created_at", "updated_at", "weight", "extension_attributes",
                "product_links", "options", "media_gallery_entries", "tier_prices", "custom_attributes");
        assertThat(product.getJsonNumber("price").toString()).isEqualTo("4.9");
        assertThat(product.getJsonNumber("weight").toString()).isEqualTo("0.25");
        assertThat(product.getString("created_at")).isEqualTo("2026-03-02 09:30:00");
        JsonObject extension = product.getJsonObject("extension_attributes");
        assertThat(extension.getJsonArray("website_ids").getInt(0)).isEqualTo(1);
        assertThat(extension.getJsonArray("category_links").getJsonObject(0).getString("category_id")).isEqualTo("3");
        JsonObject stock = extension.getJsonObject("stock_item");
        assertThat(stock.getInt("qty")).isEqualTo(12);
        assertThat(stock.getBoolean("is_in_stock")).isTrue();
        assertThat(stock.get("low_stock_date")).isEqualTo(JsonValue.NULL);
        assertThat(attributes(product)).containsEntry("description", "Miscela 100% arabica")
                .containsEntry("url_key", "caffe-macinato-moka-250-g").containsEntry("tax_class_id", "2")
                .containsKey("category_ids");
    }

    @Test
    void anUnknownSkuIsNotFoundAndSkusCompareWithoutCase() {
        HttpResponse<String> missing = client.get("products/NOPE");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"message\":\"The product that was requested doesn't exist. "
                + "Verify the product and try again.\"}");
        assertThat(client.get("products/caf-250").statusCode()).isEqualTo(200);
    }

    @Test
    void postCreatesAProductWithMagentosDefaults() {
        HttpResponse<String> response = client.write("POST", "", "products", NEW_PRODUCT);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject product = RestClient.object(response);
        assertThat(product.getInt("attribute_set_id")).isEqualTo(4);
        assertThat(product.getInt("status")).isEqualTo(1);
        assertThat(product.getInt("visibility")).isEqualTo(4);
        assertThat(product.getString("type_id")).isEqualTo("simple");
        assertThat(attributes(product)).containsEntry("url_key", "olio-extravergine-di-oliva-1-l");
        assertThat(server.data().productField("OLIO-1L", "price")).isEqualTo(new BigDecimal("12.5"));
        assertThat(server.data().productField("OLIO-1L", "category_ids")).isEqualTo(List.of("3"));
        assertThat(server.data().stockField("OLIO-1L", "qty")).isEqualTo(new BigDecimal("40"));
        assertThat(server.data().stockField("OLIO-1L", "is_in_stock")).isEqualTo(true);
    }

    @Test
    void savingRequiresASkuANameAndAPrice() {
        HttpResponse<String> noSku = client.write("POST", "", "products", "{\"product\":{\"name\":\"X\",\"price\":1}}");
        HttpResponse<String> noName = client.write("POST", "", "products", "{\"product\":{\"sku\":\"X\",\"price\":1}}");
        HttpResponse<String> noPrice = client.write("POST", "", "products", "{\"product\":{\"sku\":\"X\",\"name\":\"X\"}}");
        HttpResponse<String> noProduct = client.write("POST", "", "products", "{\"sku\":\"X\"}");

        assertThat(noSku.statusCode()).isEqualTo(400);
        assertThat(noSku.body()).isEqualTo("{\"message\":\"The \\\"%1\\\" attribute value is empty. Set the attribute "
                + "and try again.\",\"parameters\":[\"sku\"]}");
        assertThat(noName.body()).isEqualTo("{\"message\":\"The \\\"Product Name\\\" attribute value is empty. Set the "
                + "attribute and try again.\"}");
        assertThat(noPrice.body()).contains("The \\\"Price\\\" attribute value is empty.");
        assertThat(noProduct.body()).isEqualTo("{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\","
                + "\"parameters\":{\"fieldName\":\"product\"}}");
        assertThat(server.data().hasProduct("X")).isFalse();
    }

    @Test
    void malformedBodiesAreRefusedAsTheRestLayerRefusesThem() {
        HttpResponse<String> type = client.write("POST", "", "products", "{\"product\":{\"sku\":\"X\",\"price\":\"abc\"}}");
        HttpResponse<String> unknown = client.write("POST", "", "products", "{\"product\":{\"sku\":\"X\",\"colour\":1}}");
        HttpResponse<String> decoding = client.write("POST", "", "products", "{\"product\":");
        HttpResponse<String> noContentType = client.send(client.request("/rest/V1/products")
                .header("Authorization", "Bearer " + server.accessToken())
                .POST(HttpRequest.BodyPublishers.ofString(NEW_PRODUCT)).build());

        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.body()).isEqualTo("{\"message\":\"Error occurred during \\\"price\\\" processing. The \\\"abc\\\" "
                + "value's type is invalid. The \\\"float\\\" type was expected. Verify and try again.\"}");
        assertThat(unknown.body()).contains("is not supported. Correct the field name and try again.", "Colour");
        assertThat(decoding.body()).isEqualTo("{\"message\":\"Decoding error.\"}");
        assertThat(noContentType.statusCode()).isEqualTo(400);
        assertThat(noContentType.body()).isEqualTo("{\"message\":\"Content-Type header is empty.\"}");
    }

    @Test
    void putCreatesOrMergesAndTheUrlSkuWins() {
        HttpResponse<String> created = client.write("PUT", "", "products/TAZ-DER",
                "{\"product\":{\"sku\":\"OTHER\",\"name\":\"Tazza di Deruta\",\"price\":18}}");
        HttpResponse<String> updated = client.write("PUT", "/all", "products/CAF-250", "{\"product\":{\"price\":5.2}}");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(RestClient.object(created).getString("sku")).isEqualTo("TAZ-DER");
        assertThat(server.data().hasProduct("OTHER")).isFalse();
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(server.data().productField("CAF-250", "price")).isEqualTo(new BigDecimal("5.2"));
        assertThat(server.data().productField("CAF-250", "name")).isEqualTo("Caffè macinato Moka 250 g");
        assertThat(server.data().productField("CAF-250", "description")).isEqualTo("Miscela 100% arabica");
        assertThat(server.data().stockField("CAF-250", "qty")).isEqualTo(new BigDecimal("12"));
        assertThat(server.data().productField("CAF-250", "updated_at")).isEqualTo("2026-03-02 09:30:00");
    }

    @Test
    void aStoreViewUpdateOverridesOnlyThatStoreViewAndTheAdminScopeChangesTheDefaults() {
        client.write("PUT", "", "products/CAF-250", "{\"product\":{\"name\":\"Caffè Moka\",\"price\":5}}");

        assertThat(server.data().productField("CAF-250", "name")).isEqualTo("Caffè macinato Moka 250 g");
        assertThat(server.data().productField("CAF-250", "name", "default")).isEqualTo("Caffè Moka");
        assertThat(server.data().productField("CAF-250", "price")).isEqualTo(new BigDecimal("5"));
        assertThat(RestClient.object(client.getWithToken(server.accessToken(), "/rest/en/V1/products/CAF-250"))
                .getString("name")).isEqualTo("Caffè macinato Moka 250 g");

        client.write("PUT", "/all", "products/CAF-250", "{\"product\":{\"name\":\"Caffè macinato\"}}");

        assertThat(server.data().productField("CAF-250", "name", "en")).isEqualTo("Caffè macinato");
        assertThat(server.data().productField("CAF-250", "name", "default")).isEqualTo("Caffè Moka");
    }

    @Test
    void aProductReadBackCanBePutBackWholeToRestoreIt() {
        String backup = client.getWithToken(server.accessToken(), "/rest/all/V1/products/CAF-250").body();
        client.write("PUT", "/all", "products/CAF-250", "{\"product\":{\"name\":\"Caffè\",\"price\":9,"
                + "\"custom_attributes\":[{\"attribute_code\":\"description\",\"value\":\"Nuova\"}]}}");

        HttpResponse<String> restored = client.write("PUT", "/all", "products/CAF-250", "{\"product\":" + backup + "}");

        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(server.data().productField("CAF-250", "name")).isEqualTo("Caffè macinato Moka 250 g");
        assertThat(server.data().productField("CAF-250", "price")).isEqualTo(new BigDecimal("4.9"));
        assertThat(server.data().productField("CAF-250", "description")).isEqualTo("Miscela 100% arabica");
        assertThat(server.data().productField("CAF-250", "category_ids")).isEqualTo(List.of("3"));
        assertThat(server.data().stockField("CAF-250", "qty")).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void theAccessorsSeedAndReadProductsByScope() {
        server.data().addProduct(ProductSpec.of("SCIA-CASH", "Sciarpa in cashmere", new BigDecimal("72.95"))
                .storeValue("en", "name", "Cashmere scarf").qty(new BigDecimal("3")));
        server.data().updateProduct("SCIA-CASH", Map.of("price", new BigDecimal("69.90"), "color", "49"));
        server.data().setStock("SCIA-CASH", BigDecimal.ZERO, true);

        assertThat(server.data().productField("SCIA-CASH", "name", "en")).isEqualTo("Cashmere scarf");
        assertThat(server.data().productField("SCIA-CASH", "name", "default")).isEqualTo("Sciarpa in cashmere");
        assertThat(server.data().productField("SCIA-CASH", "color")).isEqualTo("49");
        assertThat(server.data().productField("SCIA-CASH", "website_ids")).isEqualTo(List.of(1));
        assertThat(server.data().stockField("SCIA-CASH", "is_in_stock")).isEqualTo(false);
        assertThat(RestClient.object(client.getWithToken(server.accessToken(), "/rest/en/V1/products/SCIA-CASH"))
                .getJsonNumber("price").toString()).isEqualTo("69.9");

        server.data().deleteProduct("SCIA-CASH");

        assertThat(server.data().hasProduct("SCIA-CASH")).isFalse();
        assertThat(server.data().productCount()).isEqualTo(1);
    }

    @Test
    void twoProductsCannotShareAUrlKey() {
        HttpResponse<String> response = client.write("POST", "/all", "products",
                "{\"product\":{\"sku\":\"CAF-500\",\"name\":\"Caffè macinato Moka 250 g\",\"price\":9}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"message\":\"URL key for specified store already exists.\"}");
    }

    @Test
    void deleteAnswersTrueThenTheProductIsGone() {
        HttpResponse<String> deleted = client.write("DELETE", "", "products/CAF-250", null);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("true");
        assertThat(client.get("products/CAF-250").statusCode()).isEqualTo(404);
        assertThat(client.write("DELETE", "", "products/CAF-250", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aStockItemIsReadAndUpdatedBySkuAnsweringItsId() {
        int itemId = RestClient.object(client.get("stockItems/CAF-250")).getInt("item_id");

        HttpResponse<String> response = client.write("PUT", "", "products/CAF-250/stockItems/999",
                "{\"stockItem\":{\"qty\":7.5,\"is_in_stock\":true}}");
        HttpResponse<String> emptied = client.write("PUT", "", "products/CAF-250/stockItems/" + itemId,
                "{\"stockItem\":{\"qty\":0,\"is_in_stock\":true}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Integer.toString(itemId));
        assertThat(emptied.statusCode()).isEqualTo(200);
        JsonObject stock = RestClient.object(client.get("stockItems/CAF-250"));
        assertThat(stock.getBoolean("is_in_stock")).isFalse();
        assertThat(stock.getInt("stock_status_changed_auto")).isEqualTo(1);
        assertThat(stock.getString("low_stock_date")).isEqualTo("2026-03-02 09:30:00");
        assertThat(server.data().stockField("CAF-250", "qty")).isEqualTo(new BigDecimal("0"));
    }

    @Test
    void theStockOfAnUnknownSkuIsNotFoundWithTheSku() {
        HttpResponse<String> response = client.get("stockItems/NOPE");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"Product with SKU \\\"%1\\\" does not exist\","
                + "\"parameters\":[\"NOPE\"]}");
    }

    @Test
    void aSearchPagesProductsWithoutTheirStockItem() {
        server.data().addProduct(ProductSpec.of("OLIO-1L", "Olio 1 L", new BigDecimal("12.50")).categories("4"));
        HttpResponse<String> bySku = client.get("products", RestClient.criteria().group()
                .filter("sku", "OLIO%", "like").build());
        HttpResponse<String> byCategory = client.get("products", RestClient.criteria().group()
                .filter("category_id", "3", "eq").build());
        HttpResponse<String> tooLarge = client.get("products", RestClient.criteria().page(301, 1).build());
        HttpResponse<String> badField = client.get("products", RestClient.criteria().group()
                .filter("id", "1", "eq").build());

        assertThat(RestClient.items(bySku)).hasSize(1);
        JsonObject item = RestClient.items(bySku).getJsonObject(0);
        assertThat(item.getString("sku")).isEqualTo("OLIO-1L");
        assertThat(item.getJsonObject("extension_attributes")).doesNotContainKey("stock_item");
        assertThat(RestClient.object(byCategory).getInt("total_count")).isEqualTo(1);
        assertThat(RestClient.items(byCategory).getJsonObject(0).getString("sku")).isEqualTo("CAF-250");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("Maximum SearchCriteria pageSize is %max");
        assertThat(badField.body()).contains("Invalid attribute name: %1");
    }

    @Test
    void aTokenWithoutTheCatalogResourceIsNotAuthorized() {
        String salesOnly = "salesonlyproducts000000000000000";
        server.addToken(salesOnly, Set.of("Magento_Sales::actions_view"));

        HttpResponse<String> response = client.getWithToken(salesOnly, "/rest/V1/products/CAF-250");
        HttpResponse<String> stock = client.send(client.request("/rest/V1/products/CAF-250/stockItems/1")
                .header("Authorization", "Bearer " + salesOnly).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"stockItem\":{\"qty\":1}}")).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"The consumer isn't authorized to access %resources.\","
                + "\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}");
        assertThat(stock.statusCode()).isEqualTo(401);
        assertThat(stock.body()).contains("Magento_CatalogInventory::cataloginventory");
        assertThat(server.data().stockField("CAF-250", "qty")).isEqualTo(new BigDecimal("12"));
    }

    private static Map<String, Object> attributes(JsonObject product) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        JsonArray list = product.getJsonArray("custom_attributes");
        for (JsonValue value : list) {
            JsonObject attribute = value.asJsonObject();
            JsonValue raw = attribute.get("value");
            attributes.put(attribute.getString("attribute_code"), raw instanceof JsonString text
                    ? text.getString() : raw.toString());
        }
        return attributes;
    }
}

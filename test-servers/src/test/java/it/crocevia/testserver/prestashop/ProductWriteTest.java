package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating, replacing, patching and deleting products through the webservice, as PrestaShop 8 does. */
class ProductWriteTest {

    private static final String NEW_PRODUCT = """
            <prestashop xmlns:xlink="http://www.w3.org/1999/xlink">
              <product>
                <id_category_default>2</id_category_default>
                <id_tax_rules_group>1</id_tax_rules_group>
                <reference>CAF-250</reference>
                <price>4.016393</price>
                <active>1</active>
                <state>1</state>
                <name><language id="1">Caffè macinato Moka 250 g</language><language id="2">Ground coffee 250 g</language></name>
                <description><language id="1"><![CDATA[<p>Miscela 100% arabica</p>]]></language></description>
                <associations><categories><category><id>2</id></category><category><id>5</id></category></categories></associations>
              </product>
            </prestashop>
            """;

    private static PrestaShopTestServer server;
    private static WsClient client;

    @BeforeAll
    static void start() {
        server = new PrestaShopTestServer().start()
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC));
        client = new WsClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void emptyShop() {
        server.data().clearShopData();
    }

    @Test
    void postCreatesTheProductAndItsStockRowAndAnswersItInFull() {
        HttpResponse<String> response = client.write("POST", "products", NEW_PRODUCT);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("<id><![CDATA[1]]></id>", "<reference><![CDATA[CAF-250]]></reference>",
                "<price><![CDATA[4.016393]]></price>", "<date_add><![CDATA[2026-03-02 10:30:00]]></date_add>",
                "<link_rewrite><language id=\"1\" xlink:href=\"" + server.shopUrl()
                        + "/api/languages/1\"><![CDATA[caffe-macinato-moka-250-g]]></language>",
                "<quantity notFilterable=\"true\"><![CDATA[0]]></quantity>",
                "<manufacturer_name notFilterable=\"true\"></manufacturer_name>",
                "<stock_availables nodeType=\"stock_available\" api=\"stock_availables\">\n<stock_available xlink:href=\""
                        + server.shopUrl() + "/api/stock_availables/1\">\n<id><![CDATA[1]]></id>\n"
                        + "<id_product_attribute><![CDATA[0]]></id_product_attribute>");
        PrestaShopProduct product = server.data().productByReference("caf-250").orElseThrow();
        assertThat(product.name()).isEqualTo("Caffè macinato Moka 250 g");
        assertThat(product.text("description", PrestaShopDefaults.LANG_EN)).isEmpty();
        assertThat(product.categoryIds()).containsExactly(2, 5);
        assertThat(product.field("visibility")).isEqualTo("both");
        assertThat(server.data().stockOf(product.id()))
                .isEqualTo(new StockAvailable(1, product.id(), 0, 0, false, 2, ""));
        HttpResponse<String> stock = client.get("stock_availables", "filter[id_product]", "[" + product.id() + "]",
                "display", "full", "output_format", "JSON");
        assertThat(WsClient.array(stock, "stock_availables").getJsonObject(0).getString("out_of_stock")).isEqualTo("2");
    }

    @Test
    void theJsonAnswerOfAWriteKeepsTheGettersPhpTypes() {
        HttpResponse<String> response = client.write("POST", "products", NEW_PRODUCT, "output_format", "JSON");

        JsonObject product = WsClient.object(response).getJsonObject("product");
        assertThat(product.getInt("id")).isEqualTo(1);
        assertThat(product.getBoolean("manufacturer_name")).isFalse();
        assertThat(product.getInt("quantity")).isZero();
        assertThat(product.getInt("id_default_combination")).isZero();
        assertThat(product.getString("type")).isEqualTo("simple");
        assertThat(product.isNull("new")).isTrue();
        assertThat(product.getString("low_stock_threshold", null)).isNull();
        assertThat(product.getJsonArray("name").getJsonObject(1).getString("value")).isEqualTo("Ground coffee 250 g");
    }

    @Test
    void aProductPostedWithoutStateIsATemporaryOne() {
        client.write("POST", "products", NEW_PRODUCT.replace("<state>1</state>", ""));

        assertThat(server.data().product(1).orElseThrow().field("state")).isEqualTo("0");
    }

    @Test
    void putReplacesTheWholeRecordWhatItLeavesOutIsReset() {
        int id = server.data().addProduct(ProductSpec.of("OLIO-1L", "Olio extravergine 1 L", new BigDecimal("10.25"))
                .description("Spremuto a freddo", "Cold pressed").ean13("8001234567890"));
        String put = """
                <prestashop><product>
                  <id>%d</id><reference>OLIO-1L</reference><price>11.50</price>
                  <name><language id="1">Olio extravergine di oliva 1 L</language></name>
                </product></prestashop>
                """.formatted(id);

        HttpResponse<String> response = client.write("PUT", "products/" + id, put);

        assertThat(response.statusCode()).isEqualTo(200);
        PrestaShopProduct product = server.data().product(id).orElseThrow();
        assertThat(product.price()).isEqualTo("11.500000");
        assertThat(product.name()).isEqualTo("Olio extravergine di oliva 1 L");
        assertThat(product.text("name", PrestaShopDefaults.LANG_EN)).isEqualTo("Olio extravergine 1 L");
        assertThat(product.active()).isFalse();
        assertThat(product.field("ean13")).isEmpty();
        assertThat(product.field("description")).isEmpty();
        assertThat(product.field("visibility")).isEqualTo("both");
        assertThat(product.field("date_upd")).isEqualTo("2026-03-02 10:30:00");
        assertThat(product.categoryIds()).containsExactly(ProductSpec.CATEGORY_HOME);
    }

    @Test
    void patchChangesOnlyWhatItNames() {
        int id = server.data().addProduct(ProductSpec.of("TAZ-DER", "Tazza di Deruta", new BigDecimal("14.75"))
                .description("Dipinta a mano", "Hand painted"));

        HttpResponse<String> response = client.write("PATCH", "products/" + id,
                "<prestashop><product><id>" + id + "</id><price>15</price></product></prestashop>");

        assertThat(response.statusCode()).isEqualTo(200);
        PrestaShopProduct product = server.data().product(id).orElseThrow();
        assertThat(product.price()).isEqualTo("15.000000");
        assertThat(product.active()).isTrue();
        assertThat(product.field("description")).isEqualTo("Dipinta a mano");
    }

    @Test
    void aRecordReadBackCannotBePutAsIsItsReadOnlyFieldsMustGo() {
        int id = server.data().addProduct(ProductSpec.of("MOKA-3", "Moka Express 3 tazze", new BigDecimal("24.51")));
        String backup = client.get("products/" + id).body();

        HttpResponse<String> asIs = client.write("PUT", "products/" + id, backup);
        String cleaned = backup.replaceAll("<manufacturer_name[^>]*>[^<]*</manufacturer_name>\\n", "")
                .replaceAll("<quantity notFilterable[^>]*>.*</quantity>\\n", "");
        HttpResponse<String> restored = client.write("PUT", "products/" + id, cleaned);

        assertThat(asIs.statusCode()).isEqualTo(400);
        assertThat(asIs.body()).contains("<code><![CDATA[93]]></code>",
                "parameter \"manufacturer_name\" not writable. Please remove this attribute of this XML");
        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(server.data().product(id).orElseThrow().name()).isEqualTo("Moka Express 3 tazze");
    }

    /**
     * All but one value: XML has no NULL, so the empty {@code low_stock_threshold} of a NULL column
     * comes back as "" and is stored as 0, as {@code ObjectModel::formatValue} casts it.
     */
    @Test
    void aBackupReadBeforeAnOverwritePutsTheOldRecordBack() {
        int id = server.data().addProduct(ProductSpec.of("CAND-FIC", "Candela al fico", new BigDecimal("16.31"))
                .description("Cera di soia", "Soy wax").categories(4, 2).ean13("8009876543210"));
        PrestaShopProduct before = server.data().product(id).orElseThrow();
        String backup = client.get("products/" + id).body()
                .replaceAll("<manufacturer_name[^>]*>[^<]*</manufacturer_name>\\n", "")
                .replaceAll("<quantity notFilterable[^>]*>.*</quantity>\\n", "");
        client.write("PUT", "products/" + id, """
                <prestashop><product><id>%d</id><reference>CAND-FIC</reference><price>19.9</price>
                <name><language id="1">Candela profumata</language></name></product></prestashop>
                """.formatted(id));

        HttpResponse<String> restored = client.write("PUT", "products/" + id, backup);

        assertThat(restored.statusCode()).isEqualTo(200);
        PrestaShopProduct after = server.data().product(id).orElseThrow();
        Map<String, String> fields = new HashMap<>(after.fields());
        Map<String, String> expected = new HashMap<>(before.fields());
        fields.remove("date_upd");
        expected.remove("date_upd");
        expected.put("low_stock_threshold", "0");
        assertThat(fields).isEqualTo(expected);
        assertThat(after.multilingual()).isEqualTo(before.multilingual());
        assertThat(after.categoryIds()).containsExactly(4, 2);
    }

    @Test
    void validationErrorsAreCodesEightyFourAndEightyFiveWithTheFirstFailingProperty() {
        HttpResponse<String> price = client.write("POST", "products", NEW_PRODUCT.replace("4.016393", "4,02"),
                "output_format", "JSON");
        HttpResponse<String> visibility = client.write("POST", "products",
                NEW_PRODUCT.replace("<state>1</state>", "<visibility>hidden</visibility>"), "output_format", "JSON");
        HttpResponse<String> name = client.write("POST", "products", NEW_PRODUCT.replace("Ground coffee 250 g", "<![CDATA[Coffee <b>]]>"),
                "output_format", "JSON");

        assertThat(price.statusCode()).isEqualTo(400);
        assertThat(price.body()).isEqualTo("{\"errors\":[{\"code\":85,\"message\":\"Validation error: "
                + "\\\"Property Product->price is not valid\\\"\"}]}");
        assertThat(visibility.body()).contains("\"code\":85", "Property Product->visibility has a bad value "
                + "(allowed values are: both, catalog, search, none).");
        assertThat(name.body()).contains("\"code\":84", "Property Product->name is not valid");
        assertThat(server.data().count("products")).isZero();
    }

    @Test
    void anInvalidLinkRewriteIsCleanedOnPostButRefusedOnPut() {
        String withLink = NEW_PRODUCT.replace("</name>",
                "</name><link_rewrite><language id=\"1\">Caffè Moka!</language></link_rewrite>");
        client.write("POST", "products", withLink);

        HttpResponse<String> put = client.write("PUT", "products/1",
                withLink.replace("<product>", "<product><id>1</id>"));

        assertThat(server.data().product(1).orElseThrow().field("link_rewrite")).isEqualTo("caffe-moka");
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("<code><![CDATA[84]]></code>",
                "Validation error: \"Property Product->link_rewrite is not valid\"");
    }

    @Test
    void aPostWithoutPriceOrWithAnIdIsRefused() {
        HttpResponse<String> noPrice = client.write("POST", "products",
                NEW_PRODUCT.replace("<price>4.016393</price>", ""), "output_format", "JSON");
        HttpResponse<String> withId = client.write("POST", "products",
                NEW_PRODUCT.replace("<product>", "<product><id>7</id>"), "output_format", "JSON");

        assertThat(noPrice.statusCode()).isEqualTo(400);
        assertThat(noPrice.body()).isEqualTo("{\"errors\":[{\"code\":41,\"message\":\"parameter \\\"price\\\" "
                + "required\"}]}");
        assertThat(withId.body()).contains("\"code\":91", "id is forbidden when adding a new resource");
    }

    @Test
    void aPostWithoutNameFailsOnThePhpWarningOfTheLinkRewriteModifier() {
        String nameless = NEW_PRODUCT.replaceAll("<name>.*</name>", "");

        HttpResponse<String> response = client.write("POST", "products", nameless, "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("\"code\":3", "[PHP Warning #2] foreach() argument must be of type "
                + "array|object, string given");
        assertThat(server.data().count("products")).isZero();
    }

    @Test
    void putFindsTheRecordByTheIdOfTheBody() {
        HttpResponse<String> noId = client.write("PUT", "products/1", NEW_PRODUCT, "output_format", "JSON");
        HttpResponse<String> unknown = client.write("PUT", "products/1",
                NEW_PRODUCT.replace("<product>", "<product><id>42</id>"), "output_format", "JSON");

        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(noId.body()).contains("\"code\":90", "id is required when modifying a resource");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":92", "Invalid ID");
    }

    @Test
    void aBodyThatIsNotXmlIsCodeOneHundredTwentySeven() {
        String json = "{\"product\":{\"price\":\"1\"}}";

        HttpResponse<String> response = client.write("POST", "products", json, "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(WsClient.array(response, "errors").getJsonObject(0).getString("message"))
                .isEqualTo("XML error : String could not be parsed as XML\nXML length : 25\nOriginal XML : " + json);
    }

    @Test
    void anUnknownAssociationIsRefusedAfterTheProductWasSaved() {
        HttpResponse<String> response = client.write("POST", "products",
                NEW_PRODUCT.replace("<associations>", "<associations><colours><colour><id>1</id></colour></colours>"),
                "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":86", "The association \\\"colours\\\" does not exists");
        assertThat(server.data().count("products")).isEqualTo(1);
    }

    @Test
    void deleteRemovesTheProductAndItsStock() {
        int id = server.data().addProduct(ProductSpec.of("BALS-250", "Aceto balsamico", new BigDecimal("6.89")));

        HttpResponse<String> deleted = client.write("DELETE", "products/" + id, null);
        HttpResponse<String> again = client.write("DELETE", "products/" + id, null, "output_format", "JSON");

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).isEmpty();
        assertThat(server.data().product(id)).isEmpty();
        assertThat(server.data().count("stock_availables")).isZero();
        assertThat(client.get("products/" + id).statusCode()).isEqualTo(404);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("\"code\":87", "Id(s) not exists: " + id);
    }

    @Test
    void aStockRowIsUpdatedWithAllItsRequiredFields() {
        int id = server.data().addProduct(ProductSpec.of("PARM-24", "Parmigiano 24 mesi", new BigDecimal("26.83")));
        int stockId = server.data().stockOf(id).id();
        String full = """
                <prestashop><stock_available><id>%d</id><id_product>%d</id_product>
                <id_product_attribute>0</id_product_attribute><quantity>37</quantity>
                <depends_on_stock>0</depends_on_stock><out_of_stock>2</out_of_stock></stock_available></prestashop>
                """.formatted(stockId, id);

        HttpResponse<String> partial = client.write("PUT", "stock_availables/" + stockId,
                "<prestashop><stock_available><id>" + stockId + "</id><quantity>37</quantity></stock_available>"
                        + "</prestashop>", "output_format", "JSON");
        HttpResponse<String> updated = client.write("PUT", "stock_availables/" + stockId, full);

        assertThat(partial.statusCode()).isEqualTo(400);
        assertThat(partial.body()).contains("\"code\":41", "parameter \\\"id_product\\\" required");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("<quantity><![CDATA[37]]></quantity>");
        assertThat(server.data().stockOf(id).quantity()).isEqualTo(37);
        assertThat(client.get("products/" + id).body()).contains("<quantity notFilterable=\"true\"><![CDATA[0]]>");
    }

    @Test
    void stockThatDependsOnThePhysicalStockCannotBeChanged() {
        int id = server.data().addProduct(ProductSpec.of("PANE-1K", "Panettone", new BigDecimal("29.09")));
        int stockId = server.data().stockOf(id).id();
        String body = """
                <prestashop><stock_available><id>%d</id><id_product>%d</id_product>
                <id_product_attribute>0</id_product_attribute><quantity>5</quantity>
                <depends_on_stock>1</depends_on_stock><out_of_stock>2</out_of_stock></stock_available></prestashop>
                """.formatted(stockId, id);

        HttpResponse<String> response = client.write("PUT", "stock_availables/" + stockId, body, "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"errors\":[{\"code\":133,\"message\":\"You cannot update the "
                + "available stock when it depends on stock.\"},{\"code\":46,\"message\":\"Unable to save resource\"}]}");
        assertThat(server.data().stockOf(id).quantity()).isZero();
    }

    @Test
    void stockRowsCannotBeCreatedOrDeletedWhateverTheKey() {
        HttpResponse<String> post = client.write("POST", "stock_availables", "<prestashop/>", "output_format", "JSON");
        HttpResponse<String> delete = client.write("DELETE", "stock_availables/1", null, "output_format", "JSON");

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.body()).contains("\"code\":101", "Method POST is not allowed for the resource stock_availables");
        assertThat(delete.body()).contains("\"code\":101");
    }

    @Test
    void aKeyWithoutWritePermissionGetsCodeTwentyFive() {
        String reader = "READONLYPRODUCTS0123456789ABCDEF";
        String editor = "EDITPRODUCTS0123456789ABCDEFGHIJ";
        server.addKey(reader, Set.of("products"));
        server.addKey(editor, Map.of("products", List.of("GET", "PUT", "HEAD")));

        HttpResponse<String> post = client.writeWithKey(reader, "POST", "products", NEW_PRODUCT, "output_format", "JSON");
        HttpResponse<String> delete = client.writeWithKey(editor, "DELETE", "products/1", null, "output_format", "JSON");
        String listing = client.getWithKey(editor, "").body();

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.body()).contains("\"code\":25",
                "Method POST is not allowed for the resource products with this authentication key");
        assertThat(delete.body()).contains("\"code\":25");
        assertThat(listing).contains("<products xlink:href=\"" + server.shopUrl() + "/api/products\" get=\"true\" "
                + "put=\"true\" post=\"false\" patch=\"false\" delete=\"false\" head=\"true\">");
    }
}

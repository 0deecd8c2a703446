package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** {@code ?schema=blank} and {@code ?schema=synopsis} of the writable resources, against the documented ones. */
class ProductSchemaTest {

    private static PrestaShopTestServer server;
    private static WsClient client;

    @BeforeAll
    static void start() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theBlankProductSchemaHasTheDocumentedElementsInTheirOrder() {
        HttpResponse<String> response = client.get("products", "schema", "blank");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(elements(response.body())).isEqualTo(elements(resource("product-blank.xml")));
        assertThat(response.body()).contains("<product>\n<id></id>\n<id_manufacturer></id_manufacturer>\n",
                "<name><language id=\"1\"></language><language id=\"2\"></language></name>",
                "<associations>\n<categories>\n<category>\n<id></id>\n</category>\n</categories>")
                .doesNotContain("manufacturer_name", "<quantity></quantity>\n<type>", "xlink:href=", "nodeType",
                        "notFilterable");
    }

    @Test
    void theBlankStockSchemaHasTheDocumentedElements() {
        HttpResponse<String> response = client.get("stock_availables", "schema", "blank");

        assertThat(elements(response.body())).isEqualTo(elements(resource("stock-available-blank.xml")));
    }

    @Test
    void theJsonBlankSchemaIsEveryFieldEmptyWithOneEmptyElementPerAssociation() {
        JsonObject product = WsClient.object(client.get("products", "schema", "blank", "output_format", "JSON"))
                .getJsonObject("product");

        assertThat(product.getString("id")).isEmpty();
        assertThat(product.getString("name")).isEmpty();
        assertThat(product.getString("price")).isEmpty();
        assertThat(product).doesNotContainKeys("manufacturer_name", "quantity");
        assertThat(product.getJsonObject("associations").getJsonArray("product_features").getJsonObject(0))
                .containsOnlyKeys("id", "id_feature_value");
    }

    @Test
    void theSynopsisShowsRequirementsFormatsAndReadOnlyFieldsButNoId() {
        String body = client.get("products", "schema", "synopsis").body();

        assertThat(body).contains("<price required=\"true\" format=\"isPrice\"></price>",
                "<reference maxSize=\"64\" format=\"isReference\"></reference>",
                "<visibility format=\"isProductVisibility\"></visibility>",
                "<quantity notFilterable=\"true\" readOnly=\"true\"></quantity>",
                "<name maxSize=\"128\" format=\"isCatalogName\"><language id=\"1\" xlink:href=\""
                        + server.shopUrl() + "/api/languages/1\" format=\"isUnsignedId\" ></language>",
                "<categories nodeType=\"category\" api=\"categories\">\n<category>\n<id required=\"true\"></id>")
                .doesNotContain("<id></id>\n<id_manufacturer");
        assertThat(client.get("stock_availables", "schema", "synopsis").body())
                .contains("<quantity required=\"true\" maxSize=\"10\" format=\"isInt\"></quantity>");
    }

    @Test
    void anUnknownSchemaTypeIsCodeTwentyEight() {
        HttpResponse<String> response = client.get("products", "schema", "full", "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":28", "Please select a schema of type 'synopsis'");
    }

    /** The element names in document order, from the entity down. */
    private static List<String> elements(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            List<String> names = new ArrayList<>();
            walk(root, names);
            return names;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Element element, List<String> names) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                names.add(childElement.getTagName());
                walk(childElement, names);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = ProductSchemaTest.class.getResourceAsStream("/prestashop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

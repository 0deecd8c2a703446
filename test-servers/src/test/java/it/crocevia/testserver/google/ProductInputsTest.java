package it.crocevia.testserver.google;

import static it.crocevia.testserver.google.GoogleClient.error;
import static it.crocevia.testserver.google.GoogleClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ProductInputsTest extends SignedInTest {

    static final String MOKA = """
            {"offerId":"MOK-3","contentLanguage":"it","feedLabel":"IT","productAttributes":{
            "title":"Moka 3 tazze","description":"Caffettiera in alluminio","link":"https://www.negozio.it/p/MOK-3",
            "imageLink":"https://img.negozio.it/moka.jpg","additionalImageLinks":["https://img.negozio.it/moka-2.jpg"],
            "availability":"IN_STOCK","condition":"NEW","price":{"amountMicros":"30378000","currencyCode":"EUR"},
            "brand":"Bialetti","gtins":["8006363011617"],"shippingWeight":{"value":0.5,"unit":"kg"}}}""";

    @Test
    void anInsertedInputIsStoredAndAnsweredWithItsNames() {
        HttpResponse<String> response = client.insert(token, MOKA);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject answer = json(response.body());
        assertThat(answer.getString("name")).isEqualTo("accounts/" + server.account() + "/productInputs/it~IT~MOK-3");
        assertThat(answer.getString("product")).isEqualTo("accounts/" + server.account() + "/products/it~IT~MOK-3");
        JsonObject stored = server.product("MOK-3").orElseThrow();
        assertThat(stored).isEqualTo(answer);
        assertThat(stored.getJsonObject("productAttributes").getJsonObject("price").getString("amountMicros"))
                .isEqualTo("30378000");
        assertThat(server.dataSourceOf("it", "IT", "MOK-3")).contains(server.dataSourceId());
        assertThat(server.requests().count("productInputs:insert")).isEqualTo(1);
    }

    @Test
    void insertingTheSameLanguageLabelAndOfferReplacesIt() {
        client.insert(token, MOKA);
        client.insert(token, MOKA.replace("30378000", "27900000").replace("\"offerId\":\"MOK-3\"",
                "\"offerId\":\"  MOK-3 \""));
        client.insert(token, MOKA.replace("\"feedLabel\":\"IT\"", "\"feedLabel\":\"DE\""));

        assertThat(server.products()).hasSize(2);
        assertThat(server.product("it", "IT", "MOK-3").orElseThrow().getJsonObject("productAttributes")
                .getJsonObject("price").getString("amountMicros")).as("replaced, offer id stripped").isEqualTo("27900000");
        assertThat(server.product("it", "DE", "MOK-3")).isPresent();
    }

    @Test
    void snakeCaseNamesAreReadAsGooglesFrontEndReadsThem() {
        HttpResponse<String> response = client.insert(token, MOKA.replace("\"offerId\"", "\"offer_id\"")
                .replace("\"productAttributes\"", "\"product_attributes\"").replace("\"imageLink\"", "\"image_link\""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.product("MOK-3").orElseThrow().getJsonObject("productAttributes").getString("imageLink"))
                .isEqualTo("https://img.negozio.it/moka.jpg");
    }

    @Test
    void deleteTakesThePlainOrTheBase64urlNameAndSaysWhenThereIsNone() {
        client.insert(token, MOKA);
        client.insert(token, MOKA.replace("\"offerId\":\"MOK-3\"", "\"offerId\":\"MOK 3/a\""));
        String encoded = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("it~IT~MOK 3/a".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> plain = client.call(token, "DELETE", inputPath("it~IT~MOK-3"), null);
        HttpResponse<String> base64 = client.call(token, "DELETE", inputPath(encoded), null);
        HttpResponse<String> again = client.call(token, "DELETE", inputPath("it~IT~MOK-3"), null);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo("{}");
        assertThat(base64.statusCode()).isEqualTo(200);
        assertThat(server.products()).isEmpty();
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(error(again).getJsonArray("details").getJsonObject(0).getString("resourceType"))
                .isEqualTo("merchantapi.googleapis.com/ProductInput");
        assertThat(server.requests().count("productInputs.delete")).isEqualTo(3);
    }

    @Test
    void requiredFieldsAndGooglesLimitsAreInvalidArguments() {
        assertInvalid(MOKA.replace("\"offerId\":\"MOK-3\",", ""), "[offer_id] Required parameter: offer_id");
        assertInvalid(MOKA.replace("\"contentLanguage\":\"it\"", "\"contentLanguage\":\"ita\""),
                "[content_language] Invalid content language: ita (a two-letter ISO 639-1 code such as it)");
        assertInvalid(MOKA.replace("\"feedLabel\":\"IT\"", "\"feedLabel\":\"it shop\""),
                "[feed_label] Invalid feed label: it shop (at most 20 of A-Z, 0-9, hyphen and underscore)");
        assertInvalid(MOKA.replace("\"currencyCode\":\"EUR\"", "\"currencyCode\":\"\""),
                "[product_attributes.price.currency_code] Required parameter: currency_code");
        assertInvalid(MOKA.replace("\"30378000\"", "\"-1000000\""),
                "[product_attributes.price.amount_micros] The price must not be negative: -1");
        assertInvalid(MOKA.replace("Moka 3 tazze", "m".repeat(151)),
                "[product_attributes.title] Too long: 151 characters, at most 150");
        assertInvalid(MOKA.replace("8006363011617", "8006363011618"),
                "[product_attributes.gtins] Invalid GTIN: 8006363011618 (8, 12, 13 or 14 digits with a valid check digit)");
        assertInvalid(MOKA.replace("https://www.negozio.it/p/MOK-3", "www.negozio.it/p/MOK-3"),
                "[product_attributes.link] Invalid URL: www.negozio.it/p/MOK-3");

        HttpResponse<String> gtin = client.insert(token, MOKA.replace("8006363011617", "123"));
        var violation = error(gtin).getJsonArray("details").getJsonObject(0);
        assertThat(violation.getString("@type")).isEqualTo("type.googleapis.com/google.rpc.BadRequest");
        assertThat(violation.getJsonArray("fieldViolations").getJsonObject(0).getString("field"))
                .isEqualTo("product_attributes.gtins");
        assertThat(server.products()).isEmpty();
    }

    @Test
    void aV1betaShapedBodyIsRefusedByNameAndAWrongEnumByValue() {
        assertInvalid(MOKA.replace("{\"offerId\"", "{\"channel\":\"ONLINE\",\"offerId\""),
                "Invalid JSON payload received. Unknown name \"channel\" at 'product_input': Cannot find field.");
        assertInvalid(MOKA.replace("\"gtins\":[\"8006363011617\"]", "\"gtin\":[\"8006363011617\"]"),
                "Invalid JSON payload received. Unknown name \"gtin\" at 'product_input.product_attributes': "
                        + "Cannot find field.");
        assertInvalid(MOKA.replace("\"IN_STOCK\"", "\"in_stock\""), "Invalid value at "
                + "'product_input.product_attributes.availability' "
                + "(type.googleapis.com/google.shopping.merchant.products.v1.Availability), \"in_stock\"");
        assertInvalid(MOKA.replace("\"30378000\"", "\"30.378\""),
                "Invalid value at 'product_input.product_attributes.price.amount_micros' (TYPE_INT64), \"30.378\"");
    }

    @Test
    void theDataSourceMustExistAndTakeApiInput() {
        DataSource file = server.addDataSource("Feed file", DataSource.Input.FILE, "IT", "it");
        DataSource germanOnly = server.addDataSource("DE", DataSource.Input.API, "DE", "de");
        String insert = "/products/v1/accounts/" + server.account() + "/productInputs:insert?dataSource=";

        HttpResponse<String> missing = client.call(token, "POST", insert + client.dataSource(42), MOKA);
        HttpResponse<String> notApi = client.call(token, "POST", insert + client.dataSource(file.id()), MOKA);
        HttpResponse<String> otherLabel = client.call(token, "POST", insert + client.dataSource(germanOnly.id()), MOKA);
        HttpResponse<String> none = client.call(token, "POST", insert.replace("?dataSource=", ""), MOKA);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(error(missing).getString("status")).isEqualTo("NOT_FOUND");
        assertThat(error(missing).getJsonArray("details").getJsonObject(0).getString("resourceName"))
                .isEqualTo(client.dataSource(42));
        assertThat(notApi.statusCode()).isEqualTo(400);
        assertThat(error(notApi).getString("message")).startsWith("[data_source] Only API data sources are supported");
        assertThat(error(otherLabel).getString("message")).startsWith("[feed_label] The data source");
        assertThat(error(none).getString("message")).isEqualTo("[data_source] Required parameter: data_source");
        assertThat(server.products()).isEmpty();
    }

    private void assertInvalid(String body, String message) {
        HttpResponse<String> response = client.insert(token, body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(error(response).getString("status")).isEqualTo("INVALID_ARGUMENT");
        assertThat(error(response).getInt("code")).isEqualTo(400);
        assertThat(error(response).getString("message")).isEqualTo(message);
    }

    private String inputPath(String id) {
        return "/products/v1/accounts/" + server.account() + "/productInputs/" + id + "?dataSource="
                + client.dataSource(server.dataSourceId());
    }
}

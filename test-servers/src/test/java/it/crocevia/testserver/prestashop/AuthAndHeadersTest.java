package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthAndHeadersTest {

    private static final String REALM = "Basic realm=\"Welcome to PrestaShop Webservice, please enter the "
            + "authentication key as the login. No password required.\"";

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
    void withoutKeyTheDispatcherAnswersABare401WithTheBasicChallenge() {
        HttpResponse<String> response = client.getAnonymous("orders", "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains(REALM);
        assertThat(response.body()).isEqualTo("401 Unauthorized");
        assertThat(response.headers().firstValue("PSWS-Version")).isEmpty();
    }

    @Test
    void anUnknownKeyGetsErrorsTwentyAndTwentyOneInJson() {
        HttpResponse<String> response = client.getWithKey("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "orders",
                "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains(REALM);
        assertThat(response.headers().firstValue("PSWS-Version")).isEmpty();
        assertThat(response.body()).isEqualTo("{\"errors\":[{\"code\":20,\"message\":\"Authentification key is not "
                + "active\"},{\"code\":21,\"message\":\"No permission for this authentication key\"}]}");
    }

    @Test
    void aKeyOfTheWrongLengthGetsErrorEighteenInXmlByDefault() {
        HttpResponse<String> response = client.getWithKey("SHORT", "orders");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/xml"));
        assertThat(response.body()).contains("<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">",
                "<code><![CDATA[18]]></code>", "<message><![CDATA[Invalid authentication key format]]></message>");
    }

    @Test
    void anEmptyBasicUserGetsErrorSeventeen() {
        HttpResponse<String> response = client.getWithKey("", "orders", "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":17", "Authentication key is empty");
    }

    @Test
    void theKeyIsAcceptedAsBasicUserAsWsKeyAndInLowerCase() {
        HttpResponse<String> basic = client.get("orders", "output_format", "JSON");
        HttpResponse<String> wsKey = client.getAnonymous("orders", "output_format", "JSON", "ws_key", server.apiKey());
        HttpResponse<String> lower = client.getWithKey(server.apiKey().toLowerCase(), "orders", "output_format", "JSON");

        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(wsKey.statusCode()).isEqualTo(200);
        assertThat(lower.statusCode()).isEqualTo(200);
    }

    @Test
    void aKeyRestrictedToSomeResourcesGetsErrorTwentySixElsewhere() {
        String key = "RESTRICTEDKEY0123456789ABCDEFGHI";
        server.addKey(key, Set.of("orders"));

        HttpResponse<String> allowed = client.getWithKey(key, "orders", "output_format", "JSON");
        HttpResponse<String> refused = client.getWithKey(key, "customers", "output_format", "JSON");
        HttpResponse<String> listing = client.getWithKey(key, "", "output_format", "JSON");

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("{\"errors\":[{\"code\":26,\"message\":\"Resource of type \\\"customers\\\" "
                + "is not allowed with this authentication key\"}]}");
        assertThat(listing.body()).isEqualTo("[\"orders\"]");
    }

    @Test
    void everyAuthenticatedAnswerCarriesPrestaShopsHeaders() throws Exception {
        HttpResponse<String> response = client.get("order_states", "output_format", "JSON");

        assertThat(response.headers().firstValue("PSWS-Version")).contains("8.1.7");
        assertThat(response.headers().firstValue("X-Powered-By")).contains("PrestaShop Webservice");
        assertThat(response.headers().firstValue("Execution-Time")).hasValueSatisfying(value ->
                assertThat(value).matches("\\d+(\\.\\d{1,3})?"));
        assertThat(response.headers().firstValue("Access-Time")).hasValueSatisfying(value ->
                assertThat(value).matches("\\d{10}"));
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(response.body().getBytes("UTF-8")));
        assertThat(response.headers().firstValue("Content-Sha1")).contains(sha1);
    }

    @Test
    void errorsAfterAuthenticationCarryTheVersionToo() {
        HttpResponse<String> response = client.get("ordres", "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("PSWS-Version")).contains("8.1.7");
        JsonObject error = WsClient.array(response, "errors").getJsonObject(0);
        assertThat(error.getInt("code")).isEqualTo(27);
        assertThat(error.getString("message")).startsWith("Resource of type \"ordres\" does not exists. "
                + "Did you mean: \"orders\"? The full list is: \"addresses\", \"attachments\", \"carriers\"");
    }

    @Test
    void theResourceListNamesWhatTheKeyMayRead() {
        HttpResponse<String> json = client.get("", "output_format", "JSON");
        HttpResponse<String> xml = client.get("");

        assertThat(json.body()).isEqualTo("[\"addresses\",\"carriers\",\"categories\",\"countries\",\"currencies\","
                + "\"customers\",\"images\",\"languages\",\"manufacturers\",\"order_details\",\"order_histories\","
                + "\"order_states\",\"orders\",\"products\",\"stock_availables\",\"tax_rule_groups\",\"tax_rules\","
                + "\"taxes\"]");
        assertThat(xml.body()).contains("<api shopName=\"Crocevia Demo\">",
                "<orders xlink:href=\"" + server.shopUrl() + "/api/orders\" get=\"true\" put=\"false\" "
                        + "post=\"false\" patch=\"false\" delete=\"false\" head=\"true\">",
                "<description xlink:href=\"" + server.shopUrl() + "/api/orders\"",
                "<products xlink:href=\"" + server.shopUrl() + "/api/products\" get=\"true\" put=\"true\" "
                        + "post=\"true\" patch=\"true\" delete=\"true\" head=\"true\">",
                "<stock_availables xlink:href=\"" + server.shopUrl() + "/api/stock_availables\" get=\"true\" "
                        + "put=\"true\" post=\"false\" patch=\"true\" delete=\"false\" head=\"true\">");
    }

    @Test
    void writesAreRefusedAsForAReadOnlyKey() {
        HttpResponse<String> response = client.send(client.request("orders", "output_format", "JSON")
                .header("Authorization", WsClient.basic(server.apiKey()))
                .POST(HttpRequest.BodyPublishers.ofString("<prestashop/>")).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"code\":25",
                "Method POST is not allowed for the resource orders with this authentication key");
    }

    @Test
    void aDisabledWebserviceAnswers503CodeTwentyTwo() {
        server.webserviceEnabled(false);
        try {
            HttpResponse<String> response = client.get("orders", "output_format", "JSON");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("\"code\":22");
        } finally {
            server.webserviceEnabled(true);
        }
    }
}

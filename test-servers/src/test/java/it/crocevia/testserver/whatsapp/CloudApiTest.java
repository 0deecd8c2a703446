package it.crocevia.testserver.whatsapp;

import static it.crocevia.testserver.whatsapp.CloudApiClient.body;
import static it.crocevia.testserver.whatsapp.CloudApiClient.error;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.RateLimit;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CloudApiTest {

    private static final String CUSTOMER = "+39 333 123 4567";
    private static final String WA_ID = "393331234567";
    private WhatsAppTestServer server;
    private CloudApiClient client;

    @BeforeEach
    void start() {
        server = new WhatsAppTestServer().start()
                .addTemplate("order_shipped", "it", 2)
                .addTemplate("order_shipped", "en_US", 2);
        client = new CloudApiClient(server, server.accessToken());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePhoneNumberNodeAnswersTheConnectionTest() {
        HttpResponse<String> response = client.get("/v20.0/" + server.phoneNumberId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).getString("id")).isEqualTo(server.phoneNumberId());
        assertThat(body(response).getString("display_phone_number")).isEqualTo("+39 02 0000 0000");
    }

    @Test
    void aWrongOrExpiredTokenIsGraphsOAuthException() {
        HttpResponse<String> wrong = new CloudApiClient(server, "EAAGwrong").get("/v20.0/" + server.phoneNumberId());
        HttpResponse<String> none = new CloudApiClient(server, null).template(CUSTOMER, "order_shipped", "it", "a", "b");
        server.addAccessToken("old").expireToken("old");
        HttpResponse<String> expired = new CloudApiClient(server, "old").get("/v20.0/" + server.phoneNumberId());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(error(wrong).getString("type")).isEqualTo("OAuthException");
        assertThat(error(wrong).getInt("code")).isEqualTo(190);
        assertThat(error(wrong).getString("message")).isEqualTo("Invalid OAuth access token - Cannot parse access token");
        assertThat(error(wrong).getString("fbtrace_id")).isNotBlank();
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(error(expired).getInt("error_subcode")).isEqualTo(463);
        assertThat(server.messages()).isEmpty();
    }

    @Test
    void aRegisteredTemplateWithItsParametersIsAccepted() {
        HttpResponse<String> response = client.template(CUSTOMER, "order_shipped", "it", "Anna", "1001");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject answer = body(response);
        assertThat(answer.getString("messaging_product")).isEqualTo("whatsapp");
        assertThat(answer.getJsonArray("contacts").getJsonObject(0).getString("input")).isEqualTo(CUSTOMER);
        assertThat(answer.getJsonArray("contacts").getJsonObject(0).getString("wa_id")).isEqualTo(WA_ID);
        JsonObject message = answer.getJsonArray("messages").getJsonObject(0);
        assertThat(message.getString("id")).startsWith("wamid.");
        assertThat(message.getString("message_status")).isEqualTo("accepted");
        assertThat(server.messagesTo(WA_ID)).singleElement().satisfies(sent -> {
            assertThat(sent.template()).isEqualTo("order_shipped");
            assertThat(sent.language()).isEqualTo("it");
            assertThat(sent.parameters()).containsExactly("Anna", "1001");
            assertThat(sent.id()).isEqualTo(message.getString("id"));
        });
    }

    @Test
    void anUnknownTemplateOrTranslationIs132001() {
        HttpResponse<String> unknown = client.template(CUSTOMER, "order_lost", "it", "a", "b");
        HttpResponse<String> untranslated = client.template(CUSTOMER, "order_shipped", "de", "a", "b");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown).getInt("code")).isEqualTo(132001);
        assertThat(error(unknown).getString("message")).isEqualTo("(#132001) Template name does not exist in the translation");
        assertThat(error(untranslated).getJsonObject("error_data").getString("details"))
                .isEqualTo("template name (order_shipped) does not exist in de");
    }

    @Test
    void theWrongNumberOfBodyParametersIs132000() {
        HttpResponse<String> response = client.template(CUSTOMER, "order_shipped", "it", "Anna");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).getInt("code")).isEqualTo(132000);
        assertThat(error(response).getJsonObject("error_data").getString("details"))
                .isEqualTo("body: number of localizable_params (1) does not match the expected number of params (2)");
    }

    @Test
    void missingParametersAreCode100() {
        HttpResponse<String> product = client.post("{\"to\":\"39333\",\"type\":\"template\"}");
        HttpResponse<String> language = client.post("{\"messaging_product\":\"whatsapp\",\"to\":\"39333\","
                + "\"type\":\"template\",\"template\":{\"name\":\"order_shipped\"}}");

        assertThat(product.statusCode()).isEqualTo(400);
        assertThat(error(product).getString("message")).isEqualTo("(#100) The parameter messaging_product is required.");
        assertThat(error(language).getString("message"))
                .isEqualTo("(#100) The parameter template['language']['code'] is required.");
    }

    @Test
    void freeFormTextNeedsTheCustomerToHaveWrittenInTheLast24Hours() {
        HttpResponse<String> cold = client.text(CUSTOMER, "Ciao!");
        server.customerWrote(WA_ID, Instant.now().minus(Duration.ofHours(25)));
        HttpResponse<String> stale = client.text(CUSTOMER, "Ciao!");
        server.customerWrote(WA_ID);
        HttpResponse<String> open = client.text(CUSTOMER, "Ciao!");

        assertThat(cold.statusCode()).isEqualTo(400);
        assertThat(error(cold).getInt("code")).isEqualTo(131047);
        assertThat(error(cold).getString("message")).isEqualTo("(#131047) Re-engagement message");
        assertThat(error(stale).getInt("code")).isEqualTo(131047);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(body(open).getJsonArray("messages").getJsonObject(0).containsKey("message_status")).isFalse();
        assertThat(server.messages()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Ciao!"));
    }

    @Test
    void anUnknownPhoneNumberIdOrPathIsGraphsError() {
        HttpResponse<String> unknown = client.get("/v20.0/123");
        HttpResponse<String> path = client.get("/messages");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(error(unknown).getString("type")).isEqualTo("GraphMethodException");
        assertThat(error(unknown).getInt("error_subcode")).isEqualTo(33);
        assertThat(error(path).getInt("code")).isEqualTo(2500);
    }

    @Test
    void throughputAndPairRateLimitsAreEnforcedAndMeasured() {
        server.throughputLimit(new RateLimit(3, Duration.ofSeconds(10)));
        for (int i = 0; i < 3; i++) {
            assertThat(client.template("39333000000" + i, "order_shipped", "it", "a", "b").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> throttled = client.template("393330000009", "order_shipped", "it", "a", "b");

        server.throughputLimit(RateLimit.perSecond(1_000)).pairRateLimit(new RateLimit(1, Duration.ofSeconds(6)));
        HttpResponse<String> first = client.template(CUSTOMER, "order_shipped", "it", "a", "b");
        HttpResponse<String> second = client.template(CUSTOMER, "order_shipped", "it", "a", "b");

        assertThat(throttled.statusCode()).isEqualTo(400);
        assertThat(error(throttled).getInt("code")).isEqualTo(130429);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(error(second).getInt("code")).isEqualTo(131056);
        assertThat(server.rateLimitedCount()).isEqualTo(2);
        assertThat(server.maxMessagesPerSecond()).isBetween(2, 6);
        assertThat(server.messages()).hasSize(4);
    }

    @Test
    void injectedFaultsAreGraphErrors() {
        server.faults().errorRate(1.0, 503);

        HttpResponse<String> response = client.template(CUSTOMER, "order_shipped", "it", "a", "b");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(error(response).getInt("code")).isEqualTo(2);
    }
}

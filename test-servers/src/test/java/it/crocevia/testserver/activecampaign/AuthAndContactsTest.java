package it.crocevia.testserver.activecampaign;

import static it.crocevia.testserver.activecampaign.AcClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.RateLimit;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthAndContactsTest {

    private ActiveCampaignTestServer server;
    private AcClient client;

    @BeforeEach
    void start() {
        server = new ActiveCampaignTestServer().start();
        server.account().rateLimit(RateLimit.perSecond(1_000));
        client = new AcClient(server, server.apiToken());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theConnectionTestAnswersTheKeysUser() {
        HttpResponse<String> response = client.get("users/me");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getJsonObject("user").getString("id")).isEqualTo("1");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("RateLimit-Limit")).contains("1000");
        assertThat(server.requests().count("users")).isEqualTo(1);
    }

    @Test
    void aMissingOrWrongKeyIsForbidden() {
        HttpResponse<String> none = new AcClient(server, null).get("users/me");
        HttpResponse<String> wrong = new AcClient(server, "not-a-key").get("ecomOrders");

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    }

    @Test
    void eachAccountHasItsOwnKeyAndData() {
        Account other = server.addAccount("other", "other-key");
        new AcClient(server, "other-key").post("contact/sync", "{\"contact\":{\"email\":\"a@b.it\"}}");

        assertThat(other.contacts()).hasSize(1);
        assertThat(server.contacts()).isEmpty();
    }

    @Test
    void contactSyncCreatesThenUpdatesTheContactWithThatEmail() {
        HttpResponse<String> created = client.post("contact/sync",
                "{\"contact\":{\"email\":\"mario.rossi@example.it\",\"firstName\":\"Mario\"}}");
        HttpResponse<String> updated = client.post("contact/sync",
                "{\"contact\":{\"email\":\"Mario.Rossi@example.it\",\"lastName\":\"Rossi\"}}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).getJsonObject("contact").getString("id"))
                .isEqualTo(json(created).getJsonObject("contact").getString("id"));
        assertThat(server.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.getString("firstName")).isEqualTo("Mario");
            assertThat(contact.getString("lastName")).isEqualTo("Rossi");
        });
        HttpResponse<String> found = client.get("contacts?email=mario.rossi%40example.it");
        assertThat(json(found).getJsonArray("contacts")).hasSize(1);
        assertThat(json(found).getJsonObject("meta").getString("total")).isEqualTo("1");
    }

    @Test
    void aContactWithoutValidEmailIsRefusedWithAcsErrorShape() {
        HttpResponse<String> response = client.post("contact/sync", "{\"contact\":{\"firstName\":\"Anna\"}}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":[{\"title\":\"Contact Email Address is not valid.\","
                + "\"detail\":\"\",\"code\":\"email_invalid\",\"error\":\"must_be_valid_email_address\","
                + "\"source\":{\"pointer\":\"/data/attributes/email\"}}]}");
    }

    @Test
    void malformedBodiesUnknownIdsAndRoutesAnswerAcsErrors() {
        assertThat(client.post("contact/sync", "{not json").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = client.get("contacts/99");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"message\":\"No Result found for Subscriber with id 99\"}");
        assertThat(client.get("deals").statusCode()).isEqualTo(404);
    }
}

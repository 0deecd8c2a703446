package it.crocevia.testserver.google;

import static it.crocevia.testserver.google.GoogleClient.error;
import static it.crocevia.testserver.google.GoogleClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.RateLimit;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccessAndQuotaTest extends SignedInTest {

    @Test
    void withoutAValidBearerTokenTheApiIsUnauthenticated() {
        HttpResponse<String> none = client.call(null, "GET", dataSourcePath(), null);
        HttpResponse<String> forged = client.call("ya29.c.forged", "GET", dataSourcePath(), null);
        server.revokeTokens();
        HttpResponse<String> revoked = client.call(token, "GET", dataSourcePath(), null);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(error(none).getString("status")).isEqualTo("UNAUTHENTICATED");
        assertThat(error(none).getString("message")).startsWith("Request is missing required authentication credential.");
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"https://accounts.google.com/\"");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(error(forged).getString("message")).startsWith("Request had invalid authentication credentials.");
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");
        assertThat(revoked.statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        server.tokenLifetime(Duration.ofMillis(1500));
        String shortLived = client.token();
        Thread.sleep(1600);

        assertThat(client.call(shortLived, "GET", dataSourcePath(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherScopeIsNotEnough() {
        String adsToken = json(client.tokenRequest(client.claims().add("scope", "https://www.googleapis.com/auth/adwords")
                .build()).body()).getString("access_token");

        HttpResponse<String> response = client.call(adsToken, "GET", dataSourcePath(), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(error(response).getString("status")).isEqualTo("PERMISSION_DENIED");
        assertThat(error(response).getString("message")).isEqualTo("Request had insufficient authentication scopes.");
    }

    @Test
    void anAccountTheServiceAccountIsNotAUserOfIsRefused() {
        HttpResponse<String> other = client.call(token, "GET", "/datasources/v1/accounts/123/dataSources", null);
        server.denyAccess();
        HttpResponse<String> removed = client.call(token, "GET", dataSourcePath(), null);

        assertThat(other.statusCode()).isEqualTo(401);
        assertThat(error(other).getString("message")).isEqualTo("The caller does not have access to the accounts: [123]");
        assertThat(error(removed).getString("message"))
                .isEqualTo("The caller does not have access to the accounts: [" + server.account() + "]");
    }

    @Test
    void anUnregisteredCloudProjectIsRefused() {
        server.unregisterProject();

        HttpResponse<String> response = client.insert(token, ProductInputsTest.MOKA);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response).getString("message")).startsWith("GCP project with id "
                + server.serviceAccount().projectId()).contains("is not registered with the merchant account");
        assertThat(error(response).getJsonArray("details").getJsonObject(0).getString("reason"))
                .isEqualTo("GCP_NOT_REGISTERED");
    }

    @Test
    void dataSourcesAreReadOneOrAll() {
        server.addDataSource("Feed", DataSource.Input.FILE, "IT", "it");

        JsonObject one = json(client.call(token, "GET", dataSourcePath(), null).body());
        JsonObject all = json(client.call(token, "GET", "/datasources/v1/accounts/" + server.account() + "/dataSources",
                null).body());
        HttpResponse<String> missing = client.call(token, "GET", "/datasources/v1/accounts/" + server.account()
                + "/dataSources/7", null);

        assertThat(one.getString("name")).isEqualTo(client.dataSource(server.dataSourceId()));
        assertThat(one.getString("input")).isEqualTo("API");
        assertThat(all.getJsonArray("dataSources")).hasSize(2);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(server.requests().count("dataSources.get")).isEqualTo(2);
        assertThat(server.requests().count("dataSources.list")).isEqualTo(1);
    }

    @Test
    void pastTheQuotaCallsAreResourceExhaustedUntilTheWindowMoves() throws InterruptedException {
        server.quota(new RateLimit(2, Duration.ofMillis(500)));

        assertThat(client.insert(token, ProductInputsTest.MOKA).statusCode()).isEqualTo(200);
        assertThat(client.insert(token, ProductInputsTest.MOKA).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = client.insert(token, ProductInputsTest.MOKA);
        Thread.sleep(550);
        HttpResponse<String> later = client.insert(token, ProductInputsTest.MOKA);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(error(refused).getString("status")).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(error(refused).getString("message")).startsWith("[quota/request_rate_too_high]");
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(server.quotaRefusals()).isEqualTo(1);
        assertThat(client.call(token, "GET", dataSourcePath(), null).statusCode()).as("another quota group")
                .isEqualTo(200);
    }

    @Test
    void failNextFailsExactlyThatManyRequestsInGooglesFormat() {
        server.failNext(2, 503, 1);

        HttpResponse<String> first = client.insert(token, ProductInputsTest.MOKA);
        HttpResponse<String> second = client.insert(token, ProductInputsTest.MOKA);
        HttpResponse<String> third = client.insert(token, ProductInputsTest.MOKA);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(error(first).getString("status")).isEqualTo("UNAVAILABLE");
        assertThat(first.headers().firstValue("Retry-After")).contains("1");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void injectedFaultsAnswerGooglesErrorBody() {
        server.faults().tooManyRequestsRate(1.0, 2);

        HttpResponse<String> response = client.insert(token, ProductInputsTest.MOKA);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(error(response).getString("status")).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(response.headers().firstValue("Retry-After")).contains("2");
    }

    @Test
    void theRetiredV1betaAnswersConflict() {
        HttpResponse<String> response = client.call(token, "POST", "/products/v1beta/accounts/" + server.account()
                + "/productInputs:insert?dataSource=" + client.dataSource(server.dataSourceId()), ProductInputsTest.MOKA);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(error(response).getJsonArray("details").getJsonObject(0).getString("reason"))
                .isEqualTo("V1BETA_RAMP_DOWN");
    }

    private String dataSourcePath() {
        return "/datasources/v1/" + client.dataSource(server.dataSourceId());
    }
}

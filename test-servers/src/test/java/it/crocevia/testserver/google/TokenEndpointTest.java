package it.crocevia.testserver.google;

import static it.crocevia.testserver.google.GoogleClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {

    private MerchantApiTestServer server;
    private GoogleClient client;

    @BeforeEach
    void start() {
        server = new MerchantApiTestServer().start();
        client = new GoogleClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theKeyFileIsAServiceAccountKeyWhoseTokenUriIsTheServer() {
        JsonObject key = json(server.serviceAccountJson());

        assertThat(key.getString("type")).isEqualTo("service_account");
        assertThat(key.getString("token_uri")).isEqualTo(server.baseUrl() + "/token");
        assertThat(key.getString("client_email")).endsWith("@" + key.getString("project_id") + ".iam.gserviceaccount.com");
        assertThat(key.getString("private_key_id")).matches("[0-9a-f]{40}");
        assertThat(key.getString("private_key")).startsWith("-----BEGIN PRIVATE KEY-----\n")
                .endsWith("\n-----END PRIVATE KEY-----\n");
    }

    @Test
    void aSignedAssertionGetsABearerTokenForAnHour() {
        HttpResponse<String> response = client.tokenRequest(client.claims().build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject token = json(response.body());
        assertThat(token.getString("access_token")).startsWith("ya29.c.");
        assertThat(token.getInt("expires_in")).isEqualTo(3599);
        assertThat(token.getString("token_type")).isEqualTo("Bearer");
        assertThat(server.tokensIssued()).isEqualTo(1);
        assertThat(server.requests().count("token")).isEqualTo(1);
    }

    @Test
    void aKeyTheServerDoesNotKnowIsAnInvalidSignatureOrAnUnknownAccount() {
        var otherKey = new GoogleClient(server, server.serviceAccount().withOtherKey().json(server.tokenUri()));
        var stranger = new GoogleClient(server, ServiceAccount.generate("intruso", "altro-progetto")
                .json(server.tokenUri()));

        assertRefused(otherKey.tokenRequest(otherKey.claims().build()), "invalid_grant", "Invalid JWT Signature.");
        assertRefused(stranger.tokenRequest(stranger.claims().build()), "invalid_grant",
                "Invalid grant: account not found");
        assertThat(server.tokensIssued()).isZero();
    }

    @Test
    void claimsOutsideGooglesRulesAreRefused() {
        long now = Instant.now().getEpochSecond();

        assertRefused(client.tokenRequest(client.claims().add("exp", now + 7200).build()), "invalid_grant",
                "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your "
                        + "iat and exp values in the JWT claim.");
        assertRefused(client.tokenRequest(client.claims().add("iat", now - 7200).add("exp", now - 3600).build()),
                "invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable "
                        + "timeframe. Check your iat and exp values in the JWT claim.");
        assertThat(json(client.tokenRequest(client.claims().add("aud", "https://oauth2.googleapis.com/token").build())
                .body()).getString("error_description")).startsWith("Invalid JWT: Failed audience check.");
        assertRefused(client.tokenRequest(client.claims().remove("scope").build()), "invalid_scope",
                "Invalid OAuth scope or ID token audience provided.");
    }

    @Test
    void theGrantTypeAndTheAssertionAreRequired() {
        assertRefused(client.tokenRequest("grant_type=client_credentials"), "unsupported_grant_type",
                "Invalid grant_type: client_credentials");
        assertRefused(client.tokenRequest("grant_type=" + GoogleClient.encode(TokenEndpoint.GRANT_TYPE)),
                "invalid_request", "Missing required parameter: assertion");
        assertRefused(client.tokenRequest("grant_type=" + GoogleClient.encode(TokenEndpoint.GRANT_TYPE)
                + "&assertion=not.a.jwt"), "invalid_grant", "Invalid JWT: the assertion is not header.claims.signature.");
    }

    @Test
    void faultsAreNotInjectedIntoTheTokenEndpoint() {
        server.faults().errorRate(1.0, 503);

        assertThat(client.tokenRequest(client.claims().build()).statusCode()).isEqualTo(200);
    }

    private static void assertRefused(HttpResponse<String> response, String error, String description) {
        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject body = json(response.body());
        assertThat(body.getString("error")).isEqualTo(error);
        assertThat(body.getString("error_description")).isEqualTo(description);
    }
}

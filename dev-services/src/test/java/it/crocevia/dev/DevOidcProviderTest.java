package it.crocevia.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevOidcProviderTest {

    private static final String REDIRECT_URI = "http://localhost:8080/crocevia/callback";

    private static DevOidcProvider provider;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void start() {
        provider = new DevOidcProvider(0);
        provider.start();
    }

    @AfterAll
    static void stop() {
        provider.stop();
    }

    @Test
    void servesTheDiscoveryDocumentForItsIssuer() throws Exception {
        assertThat(provider.issuerUrl()).isEqualTo("http://127.0.0.1:" + provider.port() + "/crocevia");

        Map<String, Object> discovery = JSONObjectUtils.parse(
                get(provider.issuerUrl() + "/.well-known/openid-configuration").body());

        assertThat(discovery.get("issuer")).isEqualTo(provider.issuerUrl());
        assertThat(discovery.get("jwks_uri")).isEqualTo(provider.issuerUrl() + "/jwks");
        assertThat(discovery.get("end_session_endpoint")).isEqualTo(provider.issuerUrl() + "/endsession");
        assertThat(discovery.get("authorization_endpoint")).isEqualTo(provider.issuerUrl() + "/authorize");
    }

    @Test
    void issuesSignedBearerTokensWithRoles() throws Exception {
        String token = provider.accessToken("anna", "crocevia-console", "operator");

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        Map<String, Object> payload = JSONObjectUtils.parse(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(payload)
                .containsEntry("preferred_username", "anna")
                .containsEntry("sub", "anna")
                .containsEntry("roles", List.of("operator"))
                .containsEntry("azp", "crocevia-console")
                .containsEntry("typ", "Bearer")
                .containsEntry("iss", provider.issuerUrl());
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience()).containsExactly("crocevia-console");
        long expiresIn = ((Number) payload.get("exp")).longValue() - Instant.now().getEpochSecond();
        assertThat(expiresIn).isBetween(3500L, 3600L);

        assertThat(verifiesAgainstJwks(token)).isTrue();
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        assertThat(verifiesAgainstJwks(forged)).isFalse();
    }

    @ParameterizedTest(name = "{0} with claims [{1}] gets roles [{2}]")
    @CsvSource(delimiter = '|', value = {
        "admin    |                                                 | admin",
        "operator |                                                 | operator",
        "viewer   |                                                 | viewer",
        "mario    |                                                 |",
        "Admin    |                                                 |",
        "mario    | {\"roles\": [\"viewer\", \"operator\"]}           | viewer,operator",
        "admin    | {\"roles\": []}                                  |",
        "mario    | {\"acr\": \"high\", \"preferred_username\": \"x\"} |",
        "mario    | not json                                        |",
    })
    void interactiveLoginPutsUsernameAndRolesIntoBothTokens(String username, String claims, String roles)
            throws Exception {
        Map<String, Object> tokens = login(username, claims == null ? "" : claims);

        List<String> expectedRoles = roles == null ? List.of() : List.of(roles.split(","));
        for (String kind : List.of("id_token", "access_token")) {
            SignedJWT jwt = SignedJWT.parse((String) tokens.get(kind));
            assertThat(verifiesAgainstJwks(jwt.serialize())).as(kind + " signature").isTrue();
            Map<String, Object> payload = jwt.getPayload().toJSONObject();
            assertThat(payload).as(kind)
                    .containsEntry("iss", provider.issuerUrl())
                    .containsEntry("sub", username)
                    .containsEntry("preferred_username", username)
                    .containsEntry("roles", expectedRoles)
                    .containsEntry("azp", "crocevia-console");
            assertThat(jwt.getJWTClaimsSet().getAudience()).as(kind).containsExactly("crocevia-console");
        }
        assertThat(SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet().getStringClaim("nonce"))
                .isEqualTo("n-0S6");
        if (claims != null && claims.contains("acr")) {
            assertThat(SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet().getStringClaim("acr"))
                    .isEqualTo("high");
        }
    }

    /** The browser's part of the authorization code flow, then the client's token request. */
    private static Map<String, Object> login(String username, String claims) throws Exception {
        String authorize = provider.issuerUrl() + "/authorize?client_id=crocevia-console&response_type=code"
                + "&scope=openid&state=st4te&nonce=n-0S6&redirect_uri=" + encode(REDIRECT_URI);
        HttpResponse<String> page = get(authorize);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"username\"").contains("name=\"claims\"");

        HttpResponse<String> submitted = post(authorize, null,
                "username=" + encode(username) + "&claims=" + encode(claims));
        assertThat(submitted.statusCode()).isEqualTo(302);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT_URI).contains("state=st4te");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();

        String basic = Base64.getEncoder().encodeToString(
                (DevOidcProvider.CLIENT_ID + ":" + DevOidcProvider.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = post(provider.issuerUrl() + "/token", "Basic " + basic,
                "grant_type=authorization_code&code=" + code.group(1) + "&redirect_uri=" + encode(REDIRECT_URI));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return JSONObjectUtils.parse(token.body());
    }

    private static boolean verifiesAgainstJwks(String token) throws Exception {
        JWKSet jwks = JWKSet.parse(get(provider.issuerUrl() + "/jwks").body());
        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("JWKS key " + jwt.getHeader().getKeyID()).isNotNull();
        return jwt.verify(new RSASSAVerifier(key));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String authorization, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package it.crocevia.testserver.google;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** A plain client of the test server, as the tests need it: a service-account key file, JWTs, bearer calls. */
final class GoogleClient {

    static final String SCOPE = "https://www.googleapis.com/auth/content";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final MerchantApiTestServer server;
    private final JsonObject key;

    GoogleClient(MerchantApiTestServer server) {
        this(server, server.serviceAccountJson());
    }

    GoogleClient(MerchantApiTestServer server, String keyJson) {
        this.server = server;
        this.key = json(keyJson);
    }

    /** Claims as a client sends them: iss, scope, aud, iat now, exp in an hour. */
    JsonObjectBuilder claims() {
        long now = Instant.now().getEpochSecond();
        return Json.createObjectBuilder().add("iss", key.getString("client_email")).add("scope", SCOPE)
                .add("aud", key.getString("token_uri")).add("iat", now).add("exp", now + 3600);
    }

    String assertion(JsonObject claims) {
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT")
                .add("kid", key.getString("private_key_id")).build().toString();
        String signed = base64url(header) + "." + base64url(claims.toString());
        try {
            var signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(privateKey());
            signer.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> tokenRequest(String form) {
        return send(HttpRequest.newBuilder(URI.create(key.getString("token_uri")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> tokenRequest(JsonObject claims) {
        return tokenRequest("grant_type=" + encode("urn:ietf:params:oauth:grant-type:jwt-bearer") + "&assertion="
                + encode(assertion(claims)));
    }

    String token() {
        HttpResponse<String> response = tokenRequest(claims().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token: " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    HttpResponse<String> call(String token, String method, String pathAndQuery, String body) {
        var request = HttpRequest.newBuilder(URI.create(server.apiUrl() + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    HttpResponse<String> insert(String token, String body) {
        return call(token, "POST", "/products/v1/accounts/" + server.account() + "/productInputs:insert?dataSource="
                + dataSource(server.dataSourceId()), body);
    }

    String dataSource(long id) {
        return "accounts/" + server.account() + "/dataSources/" + id;
    }

    private PrivateKey privateKey() throws GeneralSecurityException {
        String pem = key.getString("private_key").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static JsonObject error(HttpResponse<String> response) {
        return json(response.body()).getJsonObject("error");
    }
}

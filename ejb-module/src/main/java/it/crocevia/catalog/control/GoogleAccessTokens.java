package it.crocevia.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Access tokens of a service account, by Google's OAuth 2.0 flow for server-to-server applications
 * (developers.google.com/identity/protocols/oauth2/service-account): a JWT with header
 * {@code {"alg":"RS256","typ":"JWT","kid":<private_key_id>}} and claims {@code iss} (the account's
 * e-mail), {@code scope}, {@code aud} (the token URI), {@code iat} and {@code exp} (an hour later),
 * signed with the account's private key and posted to the token URI as
 * {@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<JWT>}.
 *
 * <p>A token is kept until five minutes before it expires (half its life when that is shorter), so
 * a job signs in once an hour, not once a product; {@link #forget()} drops it when the API refuses it
 * earlier. Neither the key nor a token is ever logged or put in a message.
 */
final class GoogleAccessTokens {

    static final String SCOPE = "https://www.googleapis.com/auth/content";
    private static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration EARLY = Duration.ofMinutes(5);

    /** The token endpoint answered, but with no token. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        /** Whether asking again may help: Google's own trouble (5xx) or too many requests (429). */
        boolean retryable() {
            return status == 429 || status >= 500;
        }
    }

    private final HttpClient http;
    private final ServiceAccountKey key;
    private final Clock clock;
    private final Duration timeout;
    private String token;
    private Instant renewAt = Instant.MIN;

    GoogleAccessTokens(HttpClient http, ServiceAccountKey key, Clock clock, Duration timeout) {
        this.http = http;
        this.key = key;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** The current token, signing in again when there is none or it is about to expire. */
    synchronized String token() throws Refused, IOException, InterruptedException {
        Instant now = clock.instant();
        if (token != null && now.isBefore(renewAt)) {
            return token;
        }
        var request = HttpRequest.newBuilder(URI.create(key.tokenUri())).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + encode(GRANT_TYPE) + "&assertion="
                        + encode(assertion(now))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonObject body = json(response.body());
        if (response.statusCode() != 200 || !(body.get("access_token") instanceof JsonString access)) {
            String error = body.getString("error", "HTTP " + response.statusCode());
            String description = body.getString("error_description", "");
            throw new Refused(response.statusCode(), error + (description.isEmpty() ? "" : ": " + description));
        }
        long seconds = body.get("expires_in") instanceof JsonNumber expiresIn ? expiresIn.longValue() : 3600;
        Duration life = Duration.ofSeconds(seconds);
        Duration keep = life.compareTo(EARLY.multipliedBy(2)) > 0 ? life.minus(EARLY) : life.dividedBy(2);
        token = access.getString();
        renewAt = now.plus(keep);
        return token;
    }

    /** Drops the kept token: the next {@link #token()} signs in again. */
    synchronized void forget() {
        token = null;
        renewAt = Instant.MIN;
    }

    /** The signed JWT that asks for a token at {@code now}. */
    String assertion(Instant now) {
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT")
                .add("kid", key.privateKeyId()).build().toString();
        long issuedAt = now.getEpochSecond();
        String claims = Json.createObjectBuilder().add("iss", key.clientEmail()).add("scope", SCOPE)
                .add("aud", key.tokenUri()).add("iat", issuedAt).add("exp", issuedAt + LIFETIME.toSeconds())
                .build().toString();
        String unsigned = base64url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            var signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key.privateKey());
            signer.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + base64url(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the service account key of " + key.clientEmail(), e);
        }
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The body as a JSON object, or an empty one when it is not one (an HTML error page, nothing). */
    static JsonObject json(String body) {
        if (body == null || !body.strip().startsWith("{")) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}

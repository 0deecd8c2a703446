package it.crocevia.testserver.google;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.QueryParams;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Google's OAuth 2.0 token endpoint ({@code https://oauth2.googleapis.com/token}) for service
 * accounts (developers.google.com/identity/protocols/oauth2/service-account, "Preparing to make an
 * authorized API call"): a form POST of {@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}
 * and {@code assertion=<JWT>}. The JWT's header is {@code {"alg":"RS256","typ":"JWT","kid":<key id>}},
 * its claims {@code iss} (the service account's e-mail), {@code scope} (space-separated),
 * {@code aud} (the token URI), {@code iat} and {@code exp} (at most one hour later); it is signed
 * with the account's private key (RSASSA-PKCS1-v1_5 with SHA-256).
 *
 * <p>A good assertion answers {@code {"access_token":"ya29.c.…","expires_in":3599,"token_type":"Bearer"}};
 * a bad one 400 with {@code {"error","error_description"}}: {@code unsupported_grant_type},
 * {@code invalid_request} (no assertion), {@code invalid_scope} (no scope), and {@code invalid_grant}
 * for an unknown account, a signature that does not verify with the key named by {@code kid}, the
 * wrong audience, or an {@code iat}/{@code exp} that is not a short-lived window around now, each
 * with Google's wording.
 */
final class TokenEndpoint {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    /** How far ahead of the server's clock Google tolerates a client's {@code iat}. */
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final Duration MAX_LIFETIME = Duration.ofHours(1);
    private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An access token handed out: whose it is, for which scopes, until when. */
    record AccessToken(String email, Set<String> scopes, Instant expiresAt) {}

    private final MerchantApiTestServer server;
    private final Map<String, AccessToken> issued = new ConcurrentHashMap<>();
    private final AtomicInteger issuedCount = new AtomicInteger();

    TokenEndpoint(MerchantApiTestServer server) {
        this.server = server;
    }

    void handle(HttpExchange exchange) throws IOException {
        String body = JsonIo.body(exchange);
        if (!"POST".equals(exchange.getRequestMethod())) {
            refuse(exchange, 405, "invalid_request", "The token endpoint takes POST.");
            return;
        }
        QueryParams form = QueryParams.parse(body);
        String grantType = form.string("grant_type");
        if (!GRANT_TYPE.equals(grantType)) {
            refuse(exchange, 400, "unsupported_grant_type", "Invalid grant_type: " + (grantType == null ? "" : grantType));
            return;
        }
        String assertion = form.string("assertion");
        if (assertion == null || assertion.isBlank()) {
            refuse(exchange, 400, "invalid_request", "Missing required parameter: assertion");
            return;
        }
        try {
            AccessToken granted = verify(assertion);
            String token = "ya29.c." + random(160);
            issued.put(token, granted);
            issuedCount.incrementAndGet();
            JsonIo.send(exchange, 200, Json.createObjectBuilder().add("access_token", token)
                    .add("expires_in", server.tokenLifetime().toSeconds()).add("token_type", "Bearer").build());
        } catch (Refusal refusal) {
            refuse(exchange, 400, refusal.error, refusal.getMessage());
        }
    }

    /** @return the token behind a bearer value, while it has not expired or been revoked */
    Optional<AccessToken> lookup(String token) {
        AccessToken found = token == null ? null : issued.get(token);
        if (found == null || !found.expiresAt().isAfter(server.clock().instant())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    int issuedCount() {
        return issuedCount.get();
    }

    void revokeAll() {
        issued.clear();
    }

    private AccessToken verify(String assertion) throws Refusal {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3) {
            throw new Refusal("invalid_grant", "Invalid JWT: the assertion is not header.claims.signature.");
        }
        JsonObject header = json(parts[0]);
        JsonObject claims = json(parts[1]);
        ServiceAccount account = server.serviceAccount(text(claims, "iss"))
                .orElseThrow(() -> new Refusal("invalid_grant", "Invalid grant: account not found"));
        if (!"RS256".equals(text(header, "alg")) || !account.keyId().equals(text(header, "kid"))
                || !signatureHolds(account, parts)) {
            throw new Refusal("invalid_grant", "Invalid JWT Signature.");
        }
        if (!server.tokenUri().equals(text(claims, "aud"))) {
            throw new Refusal("invalid_grant", "Invalid JWT: Failed audience check. The right audience is "
                    + server.tokenUri());
        }
        Instant now = server.clock().instant();
        Instant issuedAt = instant(claims, "iat");
        Instant expires = instant(claims, "exp");
        if (issuedAt == null || expires == null || issuedAt.isAfter(now.plus(SKEW)) || !expires.isAfter(now)
                || !expires.isAfter(issuedAt) || Duration.between(issuedAt, expires).compareTo(MAX_LIFETIME) > 0) {
            throw new Refusal("invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a "
                    + "reasonable timeframe. Check your iat and exp values in the JWT claim.");
        }
        String scope = text(claims, "scope");
        if (scope == null || scope.isBlank()) {
            throw new Refusal("invalid_scope", "Invalid OAuth scope or ID token audience provided.");
        }
        Set<String> scopes = Arrays.stream(scope.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());
        Instant tokenExpiry = now.plus(server.tokenLifetime());
        return new AccessToken(account.email(), scopes, tokenExpiry);
    }

    private static boolean signatureHolds(ServiceAccount account, String[] parts) {
        try {
            var verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(account.publicKey());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonObject json(String base64url) throws Refusal {
        try {
            String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
            if (JsonIo.parse(text).orElse(null) instanceof JsonObject object) {
                return object;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw new Refusal("invalid_grant", "Invalid JWT: the assertion is not header.claims.signature.");
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static Instant instant(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonNumber seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
    }

    private static void refuse(HttpExchange exchange, int status, String error, String description) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        JsonIo.send(exchange, status, Json.createObjectBuilder().add("error", error)
                .add("error_description", description).build());
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(TOKEN_ALPHABET.charAt(RANDOM.nextInt(TOKEN_ALPHABET.length())));
        }
        return text.toString();
    }

    /** A refused assertion: the OAuth {@code error} and Google's {@code error_description}. */
    private static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;
        private final String error;

        Refusal(String error, String description) {
            super(description, null, false, false);
            this.error = error;
        }
    }
}

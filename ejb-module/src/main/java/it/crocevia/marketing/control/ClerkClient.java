package it.crocevia.marketing.control;

import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Clerk.io's data API v2 ({@code https://api.clerk.io/v2/...}): the public {@code key} and the
 * {@code private_key} in the body of writes and in the query of reads; products, categories,
 * orders and customers posted as upserts by id, so sending one twice keeps one.
 */
public final class ClerkClient {

    private final String base;
    private final String publicKey;
    private final String privateKey;

    public ClerkClient(String apiUrl, String publicKey, String privateKey) {
        this.base = apiUrl.replaceAll("/+$", "") + "/v2/";
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    public ConnectionCheck test() {
        try {
            var answer = JsonHttp.send("GET", URI.create(base + "client/account/info?key=" + encode(publicKey)
                    + "&private_key=" + encode(privateKey)), Map.of(), null);
            if ("ok".equals(answer.body().getString("status", ""))) {
                return new ConnectionCheck(Outcome.OK, "Clerk.io");
            }
            if ("AuthenticationError".equals(answer.body().getString("type", ""))) {
                return new ConnectionCheck(Outcome.BAD_CREDENTIALS, answer.body().getString("message", ""));
            }
            return new ConnectionCheck(Outcome.NOT_THE_PLATFORM, "HTTP " + answer.status());
        } catch (DeliveryException e) {
            return new ConnectionCheck(Outcome.UNREACHABLE, e.getMessage());
        }
    }

    /** Posts records of one kind ({@code orders}, {@code customers}, {@code products}, {@code categories}). */
    public void post(String kind, JsonArray records) throws DeliveryException {
        var answer = JsonHttp.send("POST", URI.create(base + kind), Map.of(), Json.createObjectBuilder()
                .add("key", publicKey).add("private_key", privateKey).add(kind, records).build());
        JsonHttp.expectSuccess(answer, "Clerk " + kind);
        if (!"ok".equals(answer.body().getString("status", ""))) {
            throw new DeliveryException("Clerk " + kind + ": " + answer.body().getString("message", "not ok"),
                    answer.status(), false, null);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}

package it.crocevia.connector.prestashop;

import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.JsonFields;
import it.crocevia.connector.control.RemoteHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a shop's webservice is and how to sign in to it, shared by the order adapter and the
 * product publisher: {@code <shop>/api/<resource>?<params>}, and the key as the Basic user name
 * with an empty password (PrestaShop ignores the password). The key only travels in the header,
 * never in a URI, so URIs may be logged.
 */
final class PrestaShopWebservice {

    private final String base;
    private final String authorization;

    PrestaShopWebservice(ShopConnection connection) {
        this.base = connection.baseUrl().endsWith("/") ? connection.baseUrl() : connection.baseUrl() + "/";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((connection.secret() + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} header's value. */
    String authorization() {
        return authorization;
    }

    /** {@code <shop>/api/<resource>}, with the parameters in their order, names and values encoded. */
    URI uri(String resource, Map<String, String> params) {
        var query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(encode(k)).append('=')
                .append(encode(v)));
        return URI.create(base + "api/" + resource + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * The messages of PrestaShop's JSON error body ({@code {"errors":[{"code":..,"message":..}]}}),
     * or the start of whatever else came, for a log line or a rejection.
     */
    static String errorText(RemoteHttp.Reply reply) {
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            var errors = reader.readObject().getJsonArray("errors");
            return errors.getValuesAs(JsonObject.class).stream()
                    .map(e -> JsonFields.text(e, "message")).collect(Collectors.joining("; "));
        } catch (RuntimeException notJson) {
            String body = reply.body() == null ? "" : reply.body();
            return body.length() > 200 ? body.substring(0, 200) + "…" : body;
        }
    }

    /** A refused key: 401 (unknown key, or a resource it may not use). */
    static RemoteException badKey() {
        return new RemoteException(Outcome.BAD_CREDENTIALS, "PrestaShop refused the webservice key", null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

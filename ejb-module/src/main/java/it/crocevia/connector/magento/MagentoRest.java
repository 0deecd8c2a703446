package it.crocevia.connector.magento;

import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.RemoteHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where a Magento shop's REST API is and how to sign in to it, shared by the order adapter and the
 * product publisher: {@code <shop>/rest/<store>/V1/<path>?<params>} and the integration's access
 * token as Bearer (only in the header, so URIs may be logged). The store code picks the scope:
 * the account's store view for reading what its customers see, {@link #ALL} (the admin scope) for
 * writing default values.
 */
final class MagentoRest {

    /** The admin scope: values written there are the defaults of every store view. */
    static final String ALL = "all";

    private final String base;
    private final String accountStore;
    private final Map<String, String> headers;

    MagentoRest(ShopConnection connection) {
        this.base = connection.baseUrl().endsWith("/") ? connection.baseUrl() : connection.baseUrl() + "/";
        this.accountStore = connection.storeCode() == null ? "default" : connection.storeCode();
        this.headers = Map.of("Authorization", "Bearer " + connection.secret(), "Accept", "application/json");
    }

    /** The authorization and {@code Accept} headers. */
    Map<String, String> headers() {
        return headers;
    }

    /** The account's store view ({@code default} when it names none). */
    String accountStore() {
        return accountStore;
    }

    /** A URI in the account's store view. */
    URI uri(String path, Map<String, String> params) {
        return uri(accountStore, path, params);
    }

    /** A URI in a store view, or {@link #ALL}; the path's segments (e.g. a SKU) must be encoded already. */
    URI uri(String store, String path, Map<String, String> params) {
        var query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(encode(k)).append('=')
                .append(encode(v)));
        return URI.create(base + "rest/" + encode(store) + "/V1/" + path + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * A read's JSON answer; a refused token, an error or an answer that is not JSON is a
     * {@link RemoteException}.
     */
    static JsonStructure read(RemoteHttp.Reply reply, String path) {
        JsonStructure body = parse(reply);
        if (reply.status() == 401) {
            throw new RemoteException(Outcome.BAD_CREDENTIALS, "Magento refused the access token", null);
        }
        if (!reply.ok()) {
            throw new RemoteException(Outcome.REMOTE_ERROR,
                    "Magento answered HTTP " + reply.status() + " on " + path + ": " + message(body), null);
        }
        if (body == null) {
            throw new RemoteException(Outcome.NOT_THE_PLATFORM, "The answer on " + path + " is not JSON", null);
        }
        return body;
    }

    /** A body as JSON, null when empty or not JSON (a proxy's HTML page). */
    static JsonStructure parse(RemoteHttp.Reply reply) {
        if (reply.isEmpty()) {
            return null;
        }
        try (var reader = Json.createReader(reply.stream())) {
            return reader.read();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * Magento's error message with its {@code %1}/{@code %name} placeholders filled from
     * {@code parameters}, as the admin shows it; empty when the body has none.
     */
    static String message(JsonStructure body) {
        if (!(body instanceof JsonObject o) || !(o.get("message") instanceof JsonString m)) {
            return "";
        }
        String text = m.getString();
        var parameters = o.get("parameters");
        if (parameters instanceof JsonArray list) {
            for (int i = list.size(); i >= 1; i--) {
                text = text.replace("%" + i, value(list.get(i - 1)));
            }
        } else if (parameters instanceof JsonObject named) {
            for (var p : named.entrySet()) {
                text = text.replace("%" + p.getKey(), value(p.getValue()));
            }
        }
        return text;
    }

    /** A path segment: {@code URLEncoder} writes a space as {@code +}, which a path keeps as a plus. */
    static String segment(String s) {
        return encode(s).replace("+", "%20");
    }

    private static String value(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

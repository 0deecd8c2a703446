package it.crocevia.testserver.clerk;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.QueryParams;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One request to {@code /v2/...}. The keys travel as parameters, never as headers: {@code key}
 * and {@code private_key} in the JSON body of POST and PATCH, in the query string of GET and DELETE
 * (a JSON body of DELETE is read too). Then the endpoint:
 * <ul>
 *   <li>{@code POST /v2/<kind>} with {@code {"<kind>":[...]}}: validates every record first (one bad
 *       record refuses the whole call, nothing is stored), then upserts by id;</li>
 *   <li>{@code PATCH /v2/<kind>}: changes the given fields of existing records;</li>
 *   <li>{@code DELETE /v2/<kind>?<kind>=[ids]} (a JSON list, or comma-separated): removes them,
 *       unknown ids are no error;</li>
 *   <li>{@code GET /v2/<kind>?<kind>=[ids]} the records of those ids; without ids the list, paged
 *       by {@code limit} (default 20) and {@code offset} (or 1-based {@code page}), as Clerk's
 *       pagination documentation describes;</li>
 *   <li>{@code GET /v2/client/account/info}: the connection test, checks both keys.</li>
 * </ul>
 * Success is {@code {"status":"ok", ...}} with 200.
 */
final class DataHandler {

    static final int DEFAULT_LIMIT = 20;

    private final ClerkTestServer server;

    DataHandler(ClerkTestServer server) {
        this.server = server;
    }

    void handle(HttpExchange exchange) throws IOException {
        try {
            JsonIo.send(exchange, 200, serve(exchange));
        } catch (ClerkException e) {
            JsonIo.send(exchange, e.httpStatus, e.body());
        }
    }

    private JsonObject serve(HttpExchange exchange) throws ClerkException, IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
        String text = JsonIo.body(exchange);
        JsonObject body = JsonValue.EMPTY_JSON_OBJECT;
        if (!text.isBlank()) {
            JsonValue parsed = JsonIo.parse(text).orElseThrow(() -> ClerkException.parsing("The request body is not valid JSON."));
            if (!(parsed instanceof JsonObject object)) {
                throw ClerkException.parsing("The request body must be a JSON object.");
            }
            body = object;
        }
        if (!path.startsWith("/v2/")) {
            throw ClerkException.notFound();
        }
        String rest = path.substring("/v2/".length());
        if (rest.equals("client/account/info") && method.equals("GET")) {
            Store store = authenticate(param(body, query, "key"), param(body, query, "private_key"));
            return Json.createObjectBuilder().add("status", "ok").add("name", store.name())
                    .add("key", store.publicKey()).build();
        }
        Kind kind = Kind.of(rest).orElseThrow(ClerkException::notFound);
        Store store = authenticate(param(body, query, "key"), param(body, query, "private_key"));
        return switch (method) {
            case "POST", "PUT" -> {
                List<JsonObject> records = records(kind, body);
                store.upsert(kind, records);
                yield ok();
            }
            case "PATCH" -> {
                List<JsonObject> changes = new ArrayList<>();
                JsonArray array = array(kind, body.get(kind.plural));
                for (int i = 0; i < array.size(); i++) {
                    if (!(array.get(i) instanceof JsonObject change) || Kind.idOf(change).isEmpty()) {
                        throw ClerkException.parsing("Missing argument id in " + kind.plural + "[" + i + "].");
                    }
                    changes.add(change);
                }
                store.patch(kind, changes);
                yield ok();
            }
            case "DELETE" -> {
                List<String> ids = ids(kind, body.containsKey(kind.plural) ? body.get(kind.plural)
                        : idsParam(query.string(kind.plural)));
                if (ids.isEmpty()) {
                    throw ClerkException.parsing("Missing argument " + kind.plural + ".");
                }
                store.delete(kind, ids);
                yield ok();
            }
            case "GET" -> list(kind, store, query);
            default -> throw ClerkException.notFound();
        };
    }

    private Store authenticate(String key, String privateKey) throws ClerkException {
        if (key == null || key.isBlank()) {
            throw ClerkException.parsing("Missing argument key.");
        }
        Store store = server.store(key).orElseThrow(() -> ClerkException.authentication("Invalid API key."));
        if (privateKey == null || !privateKey.equals(store.privateKey())) {
            throw ClerkException.authentication("Invalid private key.");
        }
        return store;
    }

    private static List<JsonObject> records(Kind kind, JsonObject body) throws ClerkException {
        JsonArray array = array(kind, body.get(kind.plural));
        for (int i = 0; i < array.size(); i++) {
            kind.validate(array.get(i), i);
        }
        return array.getValuesAs(JsonObject.class);
    }

    private static JsonObject list(Kind kind, Store store, QueryParams query) throws ClerkException {
        List<JsonObject> records;
        String wanted = query.string(kind.plural);
        if (wanted != null) {
            records = store.byIds(kind, ids(kind, idsParam(wanted)));
        } else {
            int limit = number(query.string("limit"), DEFAULT_LIMIT, "limit");
            int page = number(query.string("page"), 1, "page");
            int offset = number(query.string("offset"), (Math.max(1, page) - 1) * limit, "offset");
            records = store.all(kind).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        records.forEach(items::add);
        return Json.createObjectBuilder().add("status", "ok").add(kind.plural, items).build();
    }

    private static JsonArray array(Kind kind, JsonValue value) throws ClerkException {
        if (value == null) {
            throw ClerkException.parsing("Missing argument " + kind.plural + ".");
        }
        if (!(value instanceof JsonArray array)) {
            throw ClerkException.parsing("Invalid type of " + kind.plural + ": expected a list.");
        }
        return array;
    }

    /** A query parameter holding ids: a JSON list ({@code [1,"2"]}) or {@code 1,2}. */
    private static JsonValue idsParam(String text) throws ClerkException {
        if (text == null) {
            return null;
        }
        if (text.strip().startsWith("[")) {
            return JsonIo.parse(text).orElseThrow(() -> ClerkException.parsing("Invalid list of ids: " + text));
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (String id : text.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids.build();
    }

    private static List<String> ids(Kind kind, JsonValue value) throws ClerkException {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        if (!(value instanceof JsonArray array)) {
            throw ClerkException.parsing("Invalid type of " + kind.plural + ": expected a list of ids.");
        }
        for (JsonValue id : array) {
            if (id instanceof JsonNumber number) {
                ids.add(number.toString());
            } else if (id instanceof JsonString string) {
                ids.add(string.getString());
            } else {
                throw ClerkException.parsing("Invalid id in " + kind.plural + ": " + id);
            }
        }
        return ids;
    }

    private static int number(String text, int fallback, String name) throws ClerkException {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ClerkException.parsing("Invalid type of " + name + ": expected an integer.");
        }
    }

    private static String param(JsonObject body, QueryParams query, String name) {
        if (body.get(name) instanceof JsonString value) {
            return value.getString();
        }
        return query.string(name);
    }

    private static JsonObject ok() {
        return Json.createObjectBuilder().add("status", "ok").build();
    }
}

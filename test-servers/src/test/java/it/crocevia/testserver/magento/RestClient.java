package it.crocevia.testserver.magento;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A plain HTTP client of the test server's REST API, as the tests need it. */
final class RestClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final MagentoTestServer server;

    RestClient(MagentoTestServer server) {
        this.server = server;
    }

    /** GET {@code /rest/V1/<path>} with the server's token and name/value query pairs. */
    HttpResponse<String> get(String path, String... params) {
        return getWithToken(server.accessToken(), "/rest/V1/" + path, params);
    }

    /** GET any path (starting with /) with a token, or none when null. */
    HttpResponse<String> getWithToken(String token, String path, String... params) {
        HttpRequest.Builder request = request(path, params);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /**
     * A {@code POST}, {@code PUT} or {@code DELETE} of {@code /rest<prefix>/V1/<path>} with the
     * server's token and a JSON body (none when null).
     *
     * @param prefix "" or a store code path such as "/all"
     */
    HttpResponse<String> write(String method, String prefix, String path, String json) {
        HttpRequest.Builder request = request("/rest" + prefix + "/V1/" + path)
                .header("Authorization", "Bearer " + server.accessToken());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String... params) {
        return HttpRequest.newBuilder(uri(path, params)).timeout(Duration.ofSeconds(60));
    }

    URI uri(String path, String... params) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < params.length; i += 2) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append(URLEncoder.encode(params[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return URI.create(server.shopUrl() + path + query);
    }

    /** Builds search criteria parameters fluently. */
    static final class Criteria {
        private final List<String> params = new ArrayList<>();
        private int group = -1;
        private int filter;
        private int sorts;

        /** Starts a new filter group (ANDed with the others). */
        Criteria group() {
            group++;
            filter = 0;
            return this;
        }

        /** Adds a filter to the current group (ORed with its others). */
        Criteria filter(String field, String value, String condition) {
            String prefix = "searchCriteria[filter_groups][" + group + "][filters][" + filter++ + "]";
            params.add(prefix + "[field]");
            params.add(field);
            if (value != null) {
                params.add(prefix + "[value]");
                params.add(value);
            }
            if (condition != null) {
                params.add(prefix + "[condition_type]");
                params.add(condition);
            }
            return this;
        }

        Criteria sort(String field, String direction) {
            String prefix = "searchCriteria[sortOrders][" + sorts++ + "]";
            params.add(prefix + "[field]");
            params.add(field);
            if (direction != null) {
                params.add(prefix + "[direction]");
                params.add(direction);
            }
            return this;
        }

        Criteria page(int size, int current) {
            params.add("searchCriteria[pageSize]");
            params.add(Integer.toString(size));
            params.add("searchCriteria[currentPage]");
            params.add(Integer.toString(current));
            return this;
        }

        Criteria param(String name, String value) {
            params.add(name);
            params.add(value);
            return this;
        }

        String[] build() {
            return params.toArray(String[]::new);
        }
    }

    static Criteria criteria() {
        return new Criteria();
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }

    static JsonArray items(HttpResponse<String> response) {
        return object(response).getJsonArray("items");
    }

    /** @return the ints of one field of every item */
    static List<Integer> ids(HttpResponse<String> response, String field) {
        List<Integer> ids = new ArrayList<>();
        for (JsonValue item : items(response)) {
            ids.add(item.asJsonObject().getInt(field));
        }
        return ids;
    }
}

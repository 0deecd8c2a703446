package it.crocevia.testserver.prestashop;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
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
import java.util.Base64;

/** A plain HTTP client of the test server's webservice, as the tests need it. */
final class WsClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final PrestaShopTestServer server;

    WsClient(PrestaShopTestServer server) {
        this.server = server;
    }

    /** GET {@code /api/<path>} with the server's key as Basic user and name/value query pairs. */
    HttpResponse<String> get(String path, String... params) {
        return send(request(path, params).header("Authorization", basic(server.apiKey())).build());
    }

    HttpResponse<String> getWithKey(String key, String path, String... params) {
        return send(request(path, params).header("Authorization", basic(key)).build());
    }

    /** A {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} with the server's key and a body (or none when null). */
    HttpResponse<String> write(String method, String path, String body, String... params) {
        return writeWithKey(server.apiKey(), method, path, body, params);
    }

    HttpResponse<String> writeWithKey(String key, String method, String path, String body, String... params) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(request(path, params).header("Authorization", basic(key)).method(method, publisher).build());
    }

    HttpResponse<String> getAnonymous(String path, String... params) {
        return send(request(path, params).build());
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
        return URI.create(server.shopUrl() + "/api/" + path + query);
    }

    static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }

    static JsonArray array(HttpResponse<String> response, String name) {
        return object(response).getJsonArray(name);
    }
}

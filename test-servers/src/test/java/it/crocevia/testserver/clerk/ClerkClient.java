package it.crocevia.testserver.clerk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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

/** A plain HTTP client of the test data API, as the tests need it. */
final class ClerkClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ClerkTestServer server;
    private final String key;
    private final String privateKey;

    ClerkClient(ClerkTestServer server) {
        this(server, server.publicKey(), server.privateKey());
    }

    ClerkClient(ClerkTestServer server, String key, String privateKey) {
        this.server = server;
        this.key = key;
        this.privateKey = privateKey;
    }

    /** POST {"key","private_key","<kind>":<recordsJson>}. */
    HttpResponse<String> post(String kind, String recordsJson) {
        return write("POST", kind, recordsJson);
    }

    HttpResponse<String> patch(String kind, String recordsJson) {
        return write("PATCH", kind, recordsJson);
    }

    HttpResponse<String> get(String path, String... pairs) {
        return send(HttpRequest.newBuilder(uri(path, pairs)).GET());
    }

    HttpResponse<String> delete(String path, String... pairs) {
        return send(HttpRequest.newBuilder(uri(path, pairs)).DELETE());
    }

    private HttpResponse<String> write(String method, String kind, String recordsJson) {
        String body = "{\"key\":\"" + key + "\",\"private_key\":\"" + privateKey + "\",\"" + kind + "\":" + recordsJson + "}";
        return send(HttpRequest.newBuilder(URI.create(server.apiUrl() + "/v2/" + kind))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path, String... pairs) {
        StringBuilder query = new StringBuilder("?key=").append(encode(key)).append("&private_key=").append(encode(privateKey));
        for (int i = 0; i < pairs.length; i += 2) {
            query.append('&').append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
        }
        return URI.create(server.apiUrl() + "/v2/" + path + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
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

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}

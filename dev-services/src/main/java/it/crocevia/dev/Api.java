package it.crocevia.dev;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** Crocevia's REST API with a bearer token. */
final class Api {
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final String token;
    private long lastRunId;

    Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    JsonObject post(String path, String json) throws Exception {
        var r = client.send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        var body = parse(r.body());
        if (body.containsKey("runId")) {
            lastRunId = body.getJsonNumber("runId").longValue();
        }
        return body;
    }

    /** @return the {@code runId} of the last POST that answered one (a sync it started) */
    long lastRunId() {
        return lastRunId;
    }

    JsonObject get(String path) throws Exception {
        var r = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        return parse(r.body());
    }

    /**
     * Downloads what {@code path} answers into {@code file} (replaced), streaming it.
     *
     * @throws IllegalStateException if the answer is not a 200
     */
    void download(String path, String accept, Path file) throws Exception {
        var r = client.send(request(path).setHeader("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofFile(file));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode());
        }
    }

    /** The whole answer to a GET, headers included. */
    HttpResponse<String> getResponse(String path) throws Exception {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}

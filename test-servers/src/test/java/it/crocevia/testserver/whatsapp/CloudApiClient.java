package it.crocevia.testserver.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client of the test Cloud API, as the tests need it. */
final class CloudApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final WhatsAppTestServer server;
    private final String token;

    CloudApiClient(WhatsAppTestServer server, String token) {
        this.server = server;
        this.token = token;
    }

    HttpResponse<String> post(String json) {
        return send(request("/v20.0/" + server.phoneNumberId() + "/messages")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A template message with the given body parameters. */
    HttpResponse<String> template(String to, String name, String language, String... parameters) {
        StringBuilder params = new StringBuilder();
        for (String parameter : parameters) {
            params.append(params.length() == 0 ? "" : ",").append("{\"type\":\"text\",\"text\":\"").append(parameter).append("\"}");
        }
        return post("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + to
                + "\",\"type\":\"template\",\"template\":{\"name\":\"" + name + "\",\"language\":{\"code\":\"" + language
                + "\"},\"components\":[{\"type\":\"body\",\"parameters\":[" + params + "]}]}}");
    }

    HttpResponse<String> text(String to, String body) {
        return post("{\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\",\"type\":\"text\",\"text\":{\"body\":\""
                + body + "\"}}");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.graphUrl() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject error(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonObject("error");
        }
    }

    static JsonObject body(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}

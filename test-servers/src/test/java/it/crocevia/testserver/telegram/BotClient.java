package it.crocevia.testserver.telegram;

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

/** A plain HTTP client of the test Bot API, as the tests need it. */
final class BotClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final TelegramTestServer server;
    private final String token;

    BotClient(TelegramTestServer server) {
        this(server, server.token());
    }

    BotClient(TelegramTestServer server, String token) {
        this.server = server;
        this.token = token;
    }

    HttpResponse<String> json(String method, String json) {
        return send(request(method).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> form(String method, String... pairs) {
        return send(request(method).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(pairs))));
    }

    HttpResponse<String> get(String method, String... pairs) {
        String query = pairs.length == 0 ? "" : "?" + encode(pairs);
        return send(HttpRequest.newBuilder(URI.create(server.apiUrl() + "/bot" + token + "/" + method + query)).GET());
    }

    /** sendMessage with a JSON body. */
    HttpResponse<String> send(long chatId, String text) {
        return json("sendMessage", Json.createObjectBuilder().add("chat_id", chatId).add("text", text).build().toString());
    }

    private HttpRequest.Builder request(String method) {
        return HttpRequest.newBuilder(URI.create(server.apiUrl() + "/bot" + token + "/" + method))
                .timeout(Duration.ofSeconds(30));
    }

    private static String encode(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
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

    static JsonObject body(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}

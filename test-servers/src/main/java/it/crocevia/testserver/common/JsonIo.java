package it.crocevia.testserver.common;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reading and writing the small JSON bodies of the marketing platforms' APIs: a request body read
 * whole (they are bounded), parsed leniently into {@link Optional#empty()} when it is not JSON so
 * each platform can answer with its own parse error, and a response sent with a Content-Length.
 */
public final class JsonIo {

    /** {@code application/json; charset=utf-8}. */
    public static final String JSON = "application/json; charset=utf-8";

    private JsonIo() {}

    /**
     * @param exchange a request
     * @return its whole body as UTF-8 text ("" when there is none)
     * @throws IOException when the client goes away
     */
    public static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * @param text a body
     * @return the JSON value it holds, or empty when it is blank or not valid JSON
     */
    public static Optional<JsonValue> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readValue());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * Sends a JSON answer.
     *
     * @param exchange the request
     * @param status HTTP status
     * @param body the JSON to send
     * @throws IOException when the client goes away
     */
    public static void send(HttpExchange exchange, int status, JsonStructure body) throws IOException {
        send(exchange, status, body.toString());
    }

    /**
     * Sends JSON text.
     *
     * @param exchange the request
     * @param status HTTP status
     * @param json the JSON text
     * @throws IOException when the client goes away
     */
    public static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", JSON);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(bytes);
            }
        }
    }
}

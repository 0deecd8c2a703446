package it.crocevia.marketing.control;

import it.crocevia.platform.boundary.RetryAfter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * JSON over HTTP for the marketing platforms' clients: one shared client, timeouts, and every
 * failure turned into a {@link DeliveryException} that says whether to retry (no answer, 5xx,
 * 429 with its Retry-After). Answers are parsed only when they are JSON.
 */
public final class JsonHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The longest Retry-After a platform may ask for: more holds the account's deliveries too long. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

    /** A platform's answer: status and JSON body (an empty object when not JSON). */
    public record Answer(int status, JsonObject body, Optional<String> retryAfter) {
    }

    private JsonHttp() {
    }

    public static Answer send(String method, URI uri, Map<String, String> headers, JsonStructure body)
            throws DeliveryException {
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException(uri.getHost() + " did not answer: " + e.getMessage(), 0, true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", 0, true, null);
        }
        return new Answer(response.statusCode(), parse(response.body()),
                response.headers().firstValue("Retry-After"));
    }

    /** Fails the call unless the answer is a 2xx; 429 and 5xx may be retried. */
    public static Answer expectSuccess(Answer answer, String what) throws DeliveryException {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return answer;
        }
        boolean retryable = status == 429 || status >= 500;
        Duration wait = answer.retryAfter().flatMap(h -> RetryAfter.parse(h, MAX_RETRY_AFTER)).orElse(null);
        String detail = answer.body().isEmpty() ? "" : ": " + abbreviate(answer.body().toString());
        throw new DeliveryException(what + " answered HTTP " + status + detail, status, retryable, wait);
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank() || body.strip().charAt(0) != '{') {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

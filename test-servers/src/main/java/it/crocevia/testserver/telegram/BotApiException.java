package it.crocevia.testserver.telegram;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * An unsuccessful Bot API answer: {@code {"ok":false,"error_code":N,"description":"..."}} with the
 * HTTP status equal to {@code error_code}, and for flood control
 * {@code "parameters":{"retry_after":seconds}} (core.telegram.org/bots/api#making-requests).
 */
final class BotApiException extends Exception {

    private static final long serialVersionUID = 1L;

    final int errorCode;
    final String description;
    final int retryAfter;

    private BotApiException(int errorCode, String description, int retryAfter) {
        super(description, null, false, false);
        this.errorCode = errorCode;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    static BotApiException unauthorized() {
        return new BotApiException(401, "Unauthorized", -1);
    }

    static BotApiException notFound() {
        return new BotApiException(404, "Not Found", -1);
    }

    static BotApiException badRequest(String reason) {
        return new BotApiException(400, "Bad Request: " + reason, -1);
    }

    static BotApiException forbidden(String reason) {
        return new BotApiException(403, "Forbidden: " + reason, -1);
    }

    static BotApiException tooManyRequests(int retryAfter) {
        return new BotApiException(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
    }

    static BotApiException internal() {
        return new BotApiException(500, "Internal Server Error", -1);
    }

    JsonObject body() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("ok", false)
                .add("error_code", errorCode)
                .add("description", description);
        if (retryAfter >= 0) {
            body.add("parameters", Json.createObjectBuilder().add("retry_after", retryAfter));
        }
        return body.build();
    }
}

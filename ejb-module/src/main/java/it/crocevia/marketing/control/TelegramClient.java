package it.crocevia.marketing.control;

import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import jakarta.json.Json;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Telegram's Bot API ({@code https://api.telegram.org/bot<token>/<method>}): {@code getMe} for the
 * connection test and {@code sendMessage} for the events. A chat receives at most about one
 * message a second (a group 20 a minute); on 429 Telegram says how long to wait in
 * {@code parameters.retry_after}, which the caller honours.
 */
public final class TelegramClient {

    /** One message per second per chat; groups (negative ids) 20 a minute: one every 3.1 s. */
    public static RatePacer pacer(String chatId) {
        return chatId != null && chatId.startsWith("-") ? new RatePacer(1, Duration.ofMillis(3_100))
                : new RatePacer(1, Duration.ofMillis(1_050));
    }

    private final String base;
    private final RatePacer pacer;

    public TelegramClient(String apiUrl, String botToken, RatePacer pacer) {
        this.base = apiUrl.replaceAll("/+$", "") + "/bot" + botToken + "/";
        this.pacer = pacer;
    }

    public ConnectionCheck test(String chatId) {
        try {
            var me = JsonHttp.send("GET", URI.create(base + "getMe"), Map.of(), null);
            if (me.status() == 401 || me.status() == 404) {
                return new ConnectionCheck(Outcome.BAD_CREDENTIALS, "HTTP " + me.status());
            }
            if (!me.body().getBoolean("ok", false)) {
                return new ConnectionCheck(Outcome.NOT_THE_PLATFORM, "HTTP " + me.status());
            }
            var chat = JsonHttp.send("POST", URI.create(base + "getChat"), Map.of(),
                    Json.createObjectBuilder().add("chat_id", chatId).build());
            String bot = me.body().getJsonObject("result").getString("username", "?");
            return chat.body().getBoolean("ok", false) || chat.status() == 404
                    ? new ConnectionCheck(Outcome.OK, "@" + bot)
                    : new ConnectionCheck(Outcome.REMOTE_ERROR, chat.body().getString("description", "chat?"));
        } catch (DeliveryException e) {
            return new ConnectionCheck(Outcome.UNREACHABLE, e.getMessage());
        }
    }

    /** Sends a plain-text message; returns Telegram's message id. */
    public String send(String chatId, String text) throws DeliveryException {
        try {
            pacer.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", 0, true, null);
        }
        var answer = JsonHttp.send("POST", URI.create(base + "sendMessage"), Map.of(), Json.createObjectBuilder()
                .add("chat_id", chatId).add("text", text).build());
        if (answer.status() == 429) {
            var parameters = answer.body().getJsonObject("parameters");
            long wait = parameters == null ? 5 : parameters.getJsonNumber("retry_after").longValue();
            throw new DeliveryException("Telegram: " + answer.body().getString("description", "Too Many Requests"),
                    429, true, Duration.ofSeconds(Math.max(1, wait)));
        }
        if (!answer.body().getBoolean("ok", false)) {
            throw new DeliveryException("Telegram answered HTTP " + answer.status() + ": "
                    + answer.body().getString("description", ""), answer.status(), answer.status() >= 500, null);
        }
        return Long.toString(answer.body().getJsonObject("result").getJsonNumber("message_id").longValue());
    }
}

package it.crocevia.testserver.telegram;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.JsonIo;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * One request to {@code /bot<token>/<method>}: the token (401), the method, case-insensitive as
 * Telegram documents (404 for an unknown one), its parameters, then the method itself. Answers are
 * {@code {"ok":true,"result":...}} with 200 or {@link BotApiException}'s body with its code.
 */
final class BotApiHandler {

    static final int MAX_TEXT = 4096;

    private final TelegramTestServer server;

    BotApiHandler(TelegramTestServer server) {
        this.server = server;
    }

    void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            int slash = path.indexOf('/', 1);
            if (!path.startsWith("/bot") || slash < 0) {
                drain(exchange);
                throw BotApiException.notFound();
            }
            if (!server.token().equals(path.substring("/bot".length(), slash))) {
                drain(exchange);
                throw BotApiException.unauthorized();
            }
            String method = path.substring(slash + 1).toLowerCase(Locale.ROOT);
            String verb = exchange.getRequestMethod();
            if (!verb.equals("GET") && !verb.equals("POST")) {
                drain(exchange);
                throw BotApiException.notFound();
            }
            Params params = Params.of(exchange);
            JsonValue result = switch (method) {
                case "getme" -> server.me();
                case "sendmessage" -> sendMessage(params);
                default -> throw BotApiException.notFound();
            };
            JsonIo.send(exchange, 200, Json.createObjectBuilder().add("ok", true).add("result", result).build());
        } catch (BotApiException e) {
            JsonIo.send(exchange, e.errorCode, e.body());
        }
    }

    private JsonObject sendMessage(Params params) throws BotApiException {
        String chatId = params.get("chat_id");
        if (chatId == null || chatId.isBlank()) {
            throw BotApiException.badRequest("chat_id is empty");
        }
        String text = params.get("text");
        if (text == null || text.isBlank()) {
            throw BotApiException.badRequest("message text is empty");
        }
        String parseMode = params.get("parse_mode");
        Formatting.check(text, parseMode);
        if (text.length() > MAX_TEXT) {
            throw BotApiException.badRequest("message is too long");
        }
        Chat chat = server.chat(chatId.strip()).orElseThrow(() -> BotApiException.badRequest("chat not found"));
        if (server.blocks(chat.id())) {
            throw BotApiException.forbidden(chat.type().equals("private") ? "bot was blocked by the user"
                    : "bot is not a member of the " + chat.type() + " chat");
        }
        server.floodControl().admit(chat);
        SentMessage sent = server.record(chat, text, parseMode, params.flag("disable_notification"));
        return message(sent, chat);
    }

    private JsonObject message(SentMessage sent, Chat chat) {
        JsonObjectBuilder message = Json.createObjectBuilder().add("message_id", sent.messageId());
        JsonObjectBuilder chatJson = Json.createObjectBuilder().add("id", chat.id());
        if (chat.type().equals("private")) {
            chatJson.add("first_name", chat.title());
        } else {
            chatJson.add("title", chat.title());
        }
        if (chat.username() != null) {
            chatJson.add("username", chat.username());
        }
        chatJson.add("type", chat.type());
        if (chat.type().equals("channel")) {
            message.add("sender_chat", chatJson);
        } else {
            message.add("from", server.me());
        }
        return message.add("chat", chatJson)
                .add("date", sent.date().getEpochSecond())
                .add("text", sent.text())
                .build();
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}

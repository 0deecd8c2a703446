package it.crocevia.testserver.telegram;

import static it.crocevia.testserver.telegram.BotClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BotApiTest {

    private static final long USER = 123_456_789L;
    private static final long GROUP = -4_012_345_678L;
    private static final long CHANNEL = -1_001_234_567_890L;
    private TelegramTestServer server;
    private BotClient bot;

    @BeforeEach
    void start() {
        server = new TelegramTestServer().start()
                .addPrivateChat(USER, "Giulia")
                .addGroup(GROUP, "Ordini negozio")
                .addChannel(CHANNEL, "Novità", "crocevia_news");
        bot = new BotClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void getMeDescribesTheBot() {
        HttpResponse<String> response = bot.get("getMe");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject result = body(response).getJsonObject("result");
        assertThat(body(response).getBoolean("ok")).isTrue();
        assertThat(result.getJsonNumber("id").longValue()).isEqualTo(server.botId());
        assertThat(result.getBoolean("is_bot")).isTrue();
        assertThat(server.token()).startsWith(server.botId() + ":").hasSize(Long.toString(server.botId()).length() + 36);
    }

    @Test
    void aWrongTokenIsUnauthorizedAndAnUnknownMethodNotFound() {
        HttpResponse<String> wrong = new BotClient(server, "1:wrong").get("getMe");
        HttpResponse<String> unknown = bot.get("sendTelepathy");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    }

    @Test
    void sendMessageAcceptsJsonFormAndQueryParametersAndAnyCaseOfTheMethod() {
        HttpResponse<String> json = bot.json("sendMessage", "{\"chat_id\":" + USER + ",\"text\":\"<b>Ordine</b> 1001\","
                + "\"parse_mode\":\"HTML\",\"disable_notification\":true}");
        HttpResponse<String> form = bot.form("sendmessage", "chat_id", Long.toString(GROUP), "text", "Ordine 1002");
        HttpResponse<String> query = bot.get("SENDMESSAGE", "chat_id", "@crocevia_news", "text", "Ordine 1003");

        assertThat(json.statusCode()).isEqualTo(200);
        JsonObject message = body(json).getJsonObject("result");
        assertThat(message.getInt("message_id")).isEqualTo(1);
        assertThat(message.getJsonObject("chat").getString("type")).isEqualTo("private");
        assertThat(message.getJsonObject("from").getBoolean("is_bot")).isTrue();
        assertThat(message.getString("text")).isEqualTo("<b>Ordine</b> 1001");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(body(query).getJsonObject("result").getJsonObject("sender_chat").getString("username"))
                .isEqualTo("crocevia_news");
        assertThat(server.messages()).extracting(SentMessage::chatId).containsExactly(USER, GROUP, CHANNEL);
        assertThat(server.messagesTo(USER)).singleElement().satisfies(m -> {
            assertThat(m.disableNotification()).isTrue();
            assertThat(m.parseMode()).isEqualTo("HTML");
        });
        assertThat(server.requests().count("sendmessage")).isEqualTo(3);
    }

    @Test
    void anUnknownChatIsNotFound() {
        HttpResponse<String> response = bot.send(42L, "ciao");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");
        assertThat(server.messages()).isEmpty();
    }

    @Test
    void missingOrOversizedParametersAreBadRequests() {
        assertThat(description(bot.json("sendMessage", "{\"text\":\"x\"}"))).isEqualTo("Bad Request: chat_id is empty");
        assertThat(description(bot.json("sendMessage", "{\"chat_id\":" + USER + "}")))
                .isEqualTo("Bad Request: message text is empty");
        assertThat(description(bot.send(USER, "x".repeat(4097)))).isEqualTo("Bad Request: message is too long");
        assertThat(bot.send(USER, "x".repeat(4096)).statusCode()).isEqualTo(200);
    }

    @Test
    void markupThatTelegramCannotParseIsRefused() {
        HttpResponse<String> tag = bot.json("sendMessage", "{\"chat_id\":" + USER
                + ",\"text\":\"Totale <br> 10 €\",\"parse_mode\":\"HTML\"}");
        HttpResponse<String> unclosed = bot.json("sendMessage", "{\"chat_id\":" + USER
                + ",\"text\":\"<b>Totale\",\"parse_mode\":\"HTML\"}");
        HttpResponse<String> markdown = bot.json("sendMessage", "{\"chat_id\":" + USER
                + ",\"text\":\"Totale 10.50\",\"parse_mode\":\"MarkdownV2\"}");
        HttpResponse<String> escaped = bot.json("sendMessage", "{\"chat_id\":" + USER
                + ",\"text\":\"*Totale* 10\\\\.50\",\"parse_mode\":\"MarkdownV2\"}");

        assertThat(description(tag)).isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"br\" at byte offset 7");
        assertThat(description(unclosed))
                .isEqualTo("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        assertThat(description(markdown)).isEqualTo("Bad Request: can't parse entities: Character '.' is reserved "
                + "and must be escaped with the preceding '\\'");
        assertThat(escaped.statusCode()).isEqualTo(200);
        assertThat(description(bot.json("sendMessage", "{\"chat_id\":" + USER + ",\"text\":\"x\",\"parse_mode\":\"RTF\"}")))
                .isEqualTo("Bad Request: unsupported parse_mode");
    }

    @Test
    void aUserWhoBlockedTheBotAnswersForbidden() {
        server.blockedBy(USER);

        HttpResponse<String> response = bot.send(USER, "ciao");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(description(response)).isEqualTo("Forbidden: bot was blocked by the user");
    }

    @Test
    void injectedFaultsUseTelegramsBodies() {
        server.faults().tooManyRequestsRate(1.0, 7);
        HttpResponse<String> throttled = bot.send(USER, "ciao");
        server.faults().reset().errorRate(1.0, 502);
        HttpResponse<String> gateway = bot.send(USER, "ciao");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(body(throttled).getJsonObject("parameters").getInt("retry_after")).isEqualTo(7);
        assertThat(gateway.statusCode()).isEqualTo(502);
        assertThat(gateway.body()).contains("nginx");
    }

    private static String description(HttpResponse<String> response) {
        return body(response).getString("description");
    }
}

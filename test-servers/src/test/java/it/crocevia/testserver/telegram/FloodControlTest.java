package it.crocevia.testserver.telegram;

import static it.crocevia.testserver.telegram.BotClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.RateLimit;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FloodControlTest {

    private static final long USER = 11L;
    private static final long GROUP = -22L;
    private TelegramTestServer server;
    private BotClient bot;

    @BeforeEach
    void start() {
        server = new TelegramTestServer().start().addPrivateChat(USER, "Luca").addGroup(GROUP, "Magazzino");
        for (long id = 100; id < 120; id++) {
            server.addPrivateChat(id, "Cliente " + id);
        }
        bot = new BotClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBurstToOneChatIsToleratedThenRefusedWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            assertThat(bot.send(USER, "burst " + i).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = bot.send(USER, "one too many");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(body(refused).getString("description")).matches("Too Many Requests: retry after [1-3]");
        assertThat(body(refused).getJsonObject("parameters").getInt("retry_after")).isBetween(1, 3);
        assertThat(server.tooManyRequestsCount()).isEqualTo(1);
        assertThat(server.maxMessagesPerSecond(USER)).isEqualTo(4);
        assertThat(server.messagesTo(USER)).hasSize(3);
    }

    @Test
    void aGroupTakesAtMostItsMessagesPerMinute() {
        server.perChatLimit(RateLimit.perSecond(100)).perGroupLimit(RateLimit.perMinute(5));
        for (int i = 0; i < 5; i++) {
            assertThat(bot.send(GROUP, "riga " + i).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = bot.send(GROUP, "troppo");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(body(refused).getJsonObject("parameters").getInt("retry_after")).isBetween(55, 60);
        assertThat(bot.send(USER, "a private chat is not a group").statusCode()).isEqualTo(200);
    }

    @Test
    void theBotAsAWholeIsLimitedPerSecond() throws Exception {
        server.globalLimit(new RateLimit(10, Duration.ofSeconds(10)));
        List<HttpResponse<String>> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (long id = 100; id < 120; id++) {
                long chat = id;
                futures.add(pool.submit(() -> bot.send(chat, "promo")));
            }
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses.stream().filter(r -> r.statusCode() == 200)).hasSize(10);
        assertThat(responses.stream().filter(r -> r.statusCode() == 429)).hasSize(10);
        assertThat(server.maxMessagesPerSecond()).isGreaterThan(10).isLessThanOrEqualTo(20);
        assertThat(server.messages()).hasSize(10);
    }

    @Test
    void aClientPacedBelowTheLimitIsNeverRefused() throws InterruptedException {
        server.perChatLimit(new RateLimit(1, Duration.ofMillis(100)));
        for (int i = 0; i < 8; i++) {
            assertThat(bot.send(USER, "riga " + i).statusCode()).isEqualTo(200);
            Thread.sleep(120);
        }

        assertThat(server.tooManyRequestsCount()).isZero();
        assertThat(server.messagesTo(USER)).extracting(SentMessage::messageId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }
}

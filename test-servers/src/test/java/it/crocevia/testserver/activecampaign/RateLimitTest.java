package it.crocevia.testserver.activecampaign;

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

class RateLimitTest {

    private ActiveCampaignTestServer server;
    private AcClient client;

    @BeforeEach
    void start() {
        server = new ActiveCampaignTestServer().start();
        client = new AcClient(server, server.apiToken());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twentyRequestsAtOnceGetFiveAnswersAndTheRestTooManyRequests() throws Exception {
        // a 10 s window keeps the burst inside one window however slow the machine is
        server.account().rateLimit(new RateLimit(5, Duration.ofSeconds(10)));
        List<HttpResponse<String>> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> client.get("users/me")));
            }
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(responses.stream().filter(r -> r.statusCode() == 200)).hasSize(5);
        assertThat(refused).hasSize(15).allSatisfy(r -> {
            assertThat(Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 10);
            assertThat(r.headers().firstValue("RateLimit-Remaining")).contains("0");
        });
        assertThat(server.tooManyRequestsCount()).isEqualTo(15);
        assertThat(server.maxRequestsPerSecond()).isGreaterThan(5).isLessThanOrEqualTo(20);
    }

    @Test
    void aClientPacedAtFivePerSecondIsNeverRefused() throws InterruptedException {
        for (int i = 0; i < 11; i++) {
            assertThat(client.get("users/me").statusCode()).isEqualTo(200);
            Thread.sleep(210);
        }

        assertThat(server.tooManyRequestsCount()).isZero();
        assertThat(server.maxRequestsPerSecond()).isLessThanOrEqualTo(5);
    }

    @Test
    void aRefusedClientIsServedAgainAfterRetryAfter() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            client.get("users/me");
        }
        HttpResponse<String> refused = client.get("users/me");
        Thread.sleep(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) * 1000);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(client.get("users/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theLimitIsPerAccount() {
        server.addAccount("other", "other-key");
        AcClient other = new AcClient(server, "other-key");
        for (int i = 0; i < 5; i++) {
            client.get("users/me");
        }

        assertThat(client.get("users/me").statusCode()).isEqualTo(429);
        assertThat(other.get("users/me").statusCode()).isEqualTo(200);
        assertThat(server.account("other").tooManyRequestsCount()).isZero();
    }

    @Test
    void injectedFaultsUseTheLoadBalancersPagesAndAcsTooManyRequests() {
        server.faults().errorRate(1.0, 503);
        HttpResponse<String> unavailable = client.get("users/me");
        server.faults().reset().tooManyRequestsRate(1.0, 30);
        HttpResponse<String> throttled = client.get("users/me");

        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.body()).contains("<center>nginx</center>");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("30");
        assertThat(throttled.body()).isEqualTo("{\"message\":\"Too Many Requests\"}");
    }
}

package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.QueryParams;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private static final int REQUESTS = 2_000;
    private PrestaShopTestServer server;
    private WsClient client;

    @BeforeEach
    void start() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void seededRatesProduceErrorsAndThrottlingAtAboutThoseRates() {
        server.faults().seed(42).errorRate(0.10, 500).tooManyRequestsRate(0.05, 7);
        int errors = 0;
        int throttled = 0;
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> response = client.get("order_states", "output_format", "JSON");
            if (response.statusCode() == 500) {
                errors++;
                assertThat(response.body()).startsWith("{\"errors\":[{\"code\":3,\"message\":\"[PHP Warning #2]");
            } else if (response.statusCode() == 429) {
                throttled++;
                assertThat(response.headers().firstValue("Retry-After")).contains("7");
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }

        assertThat(errors).isBetween(160, 240);
        assertThat(throttled).isBetween(70, 130);
        assertThat(server.requests().countByStatus(500)).isEqualTo(errors);
        assertThat(server.requests().count("order_states")).isEqualTo(REQUESTS);
    }

    @Test
    void theSameSeedGivesTheSameSequence() {
        server.faults().seed(7).errorRate(0.5, 500, 502, 503);
        String first = statuses(50);
        server.faults().seed(7);
        String second = statuses(50);

        assertThat(first).isEqualTo(second).contains("500").contains("502").contains("503");
    }

    @Test
    void gatewayErrorsAreTheWebServersHtmlPage() {
        server.faults().errorRate(1.0, 502);

        HttpResponse<String> response = client.get("orders", "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html");
        assertThat(response.body()).contains("<title>502 Bad Gateway</title>");
    }

    @Test
    void resetStopsEveryFault() {
        server.faults().errorRate(1.0, 503).delay(Duration.ofMillis(50));
        assertThat(client.get("orders", "output_format", "JSON").statusCode()).isEqualTo(503);

        server.faults().reset();

        for (int i = 0; i < 20; i++) {
            assertThat(client.get("orders", "output_format", "JSON").statusCode()).isEqualTo(200);
        }
        assertThat(server.faults().currentDelay()).isZero();
    }

    @Test
    void aDelayHoldsEveryRequest() {
        server.faults().delay(Duration.ofMillis(200));
        long started = System.nanoTime();

        client.get("orders", "output_format", "JSON");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void theRequestLogKeepsCountsAndRecentUris() {
        client.get("orders", "output_format", "JSON", "limit", "0,100");
        client.get("orders", "output_format", "JSON", "limit", "100,100");
        client.get("customers", "output_format", "JSON");

        assertThat(server.requests().count()).isEqualTo(3);
        assertThat(server.requests().count("orders")).isEqualTo(2);
        assertThat(server.requests().recentUris()).hasSize(3)
                .first().satisfies(uri -> assertThat(uri.getRawQuery()).contains("limit=0%2C100"));
        assertThat(QueryParams.parse(
                server.requests().recentUris().get(1).getRawQuery()).string("limit")).isEqualTo("100,100");
    }

    private String statuses(int count) {
        StringBuilder statuses = new StringBuilder();
        for (int i = 0; i < count; i++) {
            statuses.append(client.get("languages", "output_format", "JSON").statusCode()).append(' ');
        }
        return statuses.toString();
    }
}

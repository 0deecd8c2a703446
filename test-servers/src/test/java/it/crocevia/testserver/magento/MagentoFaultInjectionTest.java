package it.crocevia.testserver.magento;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MagentoFaultInjectionTest {

    private static final int REQUESTS = 2_000;
    private MagentoTestServer server;
    private RestClient client;

    @BeforeEach
    void start() {
        server = new MagentoTestServer().start();
        client = new RestClient(server);
        TestShop.seed(server.data());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void seededRatesProduceServerErrorsAndThrottlingAtAboutThoseRates() {
        server.faults().seed(7).errorRate(0.10, 500, 502, 503).tooManyRequestsRate(0.05, 7);
        int errors = 0;
        int throttled = 0;
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> response = client.get("store/storeViews");
            int status = response.statusCode();
            if (status == 500) {
                errors++;
                assertThat(response.headers().firstValue("Content-Type")).contains(Responses.JSON);
                assertThat(response.body()).matches("\\{\"message\":\"Internal Error\\. Details are available in "
                        + "Magento log file\\. Report ID: webapi-[0-9a-f]{13}\"}");
            } else if (status == 502 || status == 503) {
                errors++;
                assertThat(response.body()).contains("<center>nginx</center>");
            } else if (status == 429) {
                throttled++;
                assertThat(response.headers().firstValue("Retry-After")).contains("7");
            } else {
                assertThat(status).isEqualTo(200);
            }
        }

        assertThat(errors).isBetween(160, 240);
        assertThat(throttled).isBetween(70, 130);
        assertThat(server.requests().countByStatus(429)).isEqualTo(throttled);
        assertThat(server.requests().count("store")).isEqualTo(REQUESTS);
    }

    @Test
    void resetStopsEveryFault() {
        server.faults().errorRate(1.0, 503).delay(Duration.ofMillis(50));
        assertThat(client.get("orders/1").statusCode()).isEqualTo(503);

        server.faults().reset();

        for (int i = 0; i < 20; i++) {
            assertThat(client.get("orders/1").statusCode()).isEqualTo(200);
        }
        assertThat(server.faults().currentDelay()).isZero();
    }

    @Test
    void aDelayHoldsEveryApiRequest() {
        server.faults().delay(Duration.ofMillis(200));
        long started = System.nanoTime();

        client.get("orders/1");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void faultsSpareTheStorefront() {
        server.faults().errorRate(1.0, 500);

        assertThat(client.getWithToken(null, "/").statusCode()).isEqualTo(200);
        assertThat(client.get("orders/1").statusCode()).isEqualTo(500);
    }

    @Test
    void theRequestLogCountsByResourceWhateverTheStoreCode() {
        client.get("orders", "searchCriteria[pageSize]", "100");
        client.getWithToken(server.accessToken(), "/rest/default/V1/orders/1");
        client.getWithToken(server.accessToken(), "/rest/all/V1/customers/search", "searchCriteria", "");

        assertThat(server.requests().count()).isEqualTo(3);
        assertThat(server.requests().count("orders")).isEqualTo(2);
        assertThat(server.requests().count("customers")).isEqualTo(1);
        assertThat(server.requests().recentUris().get(0).getRawQuery()).contains("pageSize");
    }
}

package it.crocevia.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.boundary.ShopAdapter;
import it.crocevia.connector.control.RemoteHttp;
import it.crocevia.testserver.common.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ShopAdapter#customers(List)} must do on every platform, against the platform's test
 * server ({@code S}): survive its faults, give up with a {@link RemoteException} when it stays down, and ask
 * nothing for no ids.
 */
public abstract class CustomersContract<S extends TestServer> {

    /** Retries at once, often: a test sees them without waiting. */
    private static final RemoteHttp.RetryPolicy QUICK = new RemoteHttp.RetryPolicy(12, Duration.ofMillis(1),
            Duration.ofMillis(5), Duration.ofSeconds(30));
    private static final RemoteHttp.RetryPolicy THREE_ATTEMPTS = new RemoteHttp.RetryPolicy(3, Duration.ofMillis(1),
            Duration.ofMillis(2), Duration.ofSeconds(5));

    /** The platform's test server, started before each test and closed after it. */
    protected S shop;

    /** @return a started test server of the platform */
    protected abstract S startShop();

    /** Seeds a valid customer. @return its platform id */
    protected abstract String newCustomer(String name);

    /** @return an adapter of the test server's shop */
    protected abstract ShopAdapter adapter(RemoteHttp.RetryPolicy policy);

    /** The resource the customers are read from, as the server's request log names it. */
    protected abstract String customersResource();

    @BeforeEach
    void startShopServer() {
        shop = startShop();
    }

    @AfterEach
    void stopShopServer() {
        shop.close();
    }

    protected ShopAdapter adapter() {
        return adapter(RemoteHttp.RetryPolicy.DEFAULT);
    }

    @Test
    void remoteFaultsAreRetried() {
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> newCustomer("c" + i)).toList();
        ShopAdapter adapter = adapter(QUICK);
        assertThat(adapter.customers(ids).found()).hasSize(20);
        int requestsPerRead = shop.requests().count();
        shop.requests().clear();

        shop.faults().seed(11).errorRate(0.4, 500, 502, 503).tooManyRequestsRate(0.2, 0);
        for (int round = 0; round < 5; round++) {
            assertThat(adapter.customers(ids).found()).hasSize(20);
        }
        // arrivals are counted before the answer, statuses only after it (the client may be quicker)
        assertThat(shop.requests().count()).as("faults were retried").isGreaterThan(5 * requestsPerRead);
    }

    @Test
    void aPlatformThatStaysDownIsARemoteException() {
        List<String> ids = List.of(newCustomer("c"));
        shop.faults().errorRate(1.0, 503);

        assertThatThrownBy(() -> adapter(THREE_ATTEMPTS).customers(ids)).isInstanceOf(RemoteException.class);
        assertThat(shop.requests().count(customersResource())).isEqualTo(THREE_ATTEMPTS.maxAttempts());
    }

    @Test
    void noIdsAskNothing() {
        assertThat(adapter().customers(List.of()).found()).isEmpty();
        assertThat(adapter().customers(List.of("", "x", "-1")).found()).isEmpty();
        assertThat(shop.requests().count()).isZero();
    }
}

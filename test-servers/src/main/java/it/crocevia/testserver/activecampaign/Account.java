package it.crocevia.testserver.activecampaign;

import it.crocevia.testserver.common.PeakRate;
import it.crocevia.testserver.common.RateLimit;
import it.crocevia.testserver.common.SlidingWindowLimiter;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One ActiveCampaign account ({@code https://<name>.api-us1.com}): its API key, its data and its
 * rate limit. ActiveCampaign's limit is per account, shared by every key and integration of the
 * account ("5 requests per second per account", developers.activecampaign.com/reference/rate-limits).
 *
 * <p>Accessors give what the account stores, as the JSON AC returns, for tests to assert on.
 */
public final class Account {

    private final String name;
    private final String apiToken;
    private final SlidingWindowLimiter limiter;
    private final PeakRate perSecond = new PeakRate(Duration.ofSeconds(1));
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    final Table contacts = new Table();
    final Table connections = new Table();
    final Table customers = new Table();
    final Table orders = new Table();
    final Table orderProducts = new Table();

    Account(String name, String apiToken, RateLimit limit) {
        this.name = name;
        this.apiToken = apiToken;
        this.limiter = new SlidingWindowLimiter(limit);
    }

    /** @return the account name, the subdomain of its API URL */
    public String name() {
        return name;
    }

    /** @return the key to send in {@code Api-Token} */
    public String apiToken() {
        return apiToken;
    }

    /** @param limit the account's rate limit (default 5 per second) */
    public Account rateLimit(RateLimit limit) {
        limiter.limit(limit);
        return this;
    }

    /** @return the most requests the account received within any one second, 429s included */
    public int maxRequestsPerSecond() {
        return perSecond.peak();
    }

    /** @return how many requests were refused with 429 */
    public int tooManyRequestsCount() {
        return tooManyRequests.get();
    }

    /** @return the contacts, oldest first */
    public synchronized List<JsonObject> contacts() {
        return contacts.all();
    }

    /** @return the ecommerce connections (integrations), oldest first */
    public synchronized List<JsonObject> connections() {
        return connections.all();
    }

    /** @return the ecommerce customers, oldest first */
    public synchronized List<JsonObject> customers() {
        return customers.all();
    }

    /** @return the ecommerce orders, oldest first */
    public synchronized List<JsonObject> orders() {
        return orders.all();
    }

    /** @return the lines of one order, as {@code ecomOrderProducts} */
    public synchronized List<JsonObject> orderProducts(String orderId) {
        return orderProducts.where(line -> line.getString("orderid").equals(orderId));
    }

    /** Forgets the measured rates and 429 count (not the data). */
    public void resetRates() {
        perSecond.reset();
        limiter.reset();
        tooManyRequests.set(0);
    }

    /** Counts the request and admits it if the limit allows; otherwise counts the 429. */
    Optional<Duration> admit() {
        perSecond.record();
        var wait = limiter.tryAcquire();
        if (wait.isPresent()) {
            tooManyRequests.incrementAndGet();
        }
        return wait;
    }

    SlidingWindowLimiter limiter() {
        return limiter;
    }
}

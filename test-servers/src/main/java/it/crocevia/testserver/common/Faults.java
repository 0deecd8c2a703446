package it.crocevia.testserver.common;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The failures a test server injects into API requests, changeable while it runs.
 *
 * <p>Each request draws one number: below the error rate it fails with one of the error statuses,
 * below error rate plus 429 rate it answers 429 with {@code Retry-After}, otherwise it is served.
 * The rates are therefore exact in expectation and independent of request order; with
 * {@link #seed(long)} the sequence of decisions is reproducible (given the same request order).
 * All methods are synchronized so tests can change faults from another thread mid-run.
 */
public final class Faults {

    private Random random = new Random();
    private double errorRate;
    private int[] errorStatuses = {500};
    private double tooManyRequestsRate;
    private int retryAfterSeconds = 1;
    private Duration delay = Duration.ZERO;

    /**
     * Makes the decisions reproducible.
     *
     * @param seed seed of the random sequence
     * @return this
     */
    public synchronized Faults seed(long seed) {
        random = new Random(seed);
        return this;
    }

    /**
     * Fails this share of API requests with the platform's error body.
     *
     * @param rate share of requests, 0 to 1
     * @param statuses statuses to choose from at random (500 when none is given)
     * @return this
     */
    public synchronized Faults errorRate(double rate, int... statuses) {
        checkRate(rate);
        if (statuses.length > 0) {
            Arrays.stream(statuses).forEach(Faults::checkStatus);
        }
        errorRate = rate;
        errorStatuses = statuses.length == 0 ? new int[] {500} : statuses.clone();
        checkTotal();
        return this;
    }

    /**
     * Answers this share of API requests with 429 Too Many Requests, as the shop's web server or
     * CDN does when a client exceeds its rate limit.
     *
     * @param rate share of requests, 0 to 1
     * @param retryAfterSeconds seconds announced in {@code Retry-After}
     * @return this
     */
    public synchronized Faults tooManyRequestsRate(double rate, int retryAfterSeconds) {
        checkRate(rate);
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("Retry-After must not be negative: " + retryAfterSeconds);
        }
        tooManyRequestsRate = rate;
        this.retryAfterSeconds = retryAfterSeconds;
        checkTotal();
        return this;
    }

    /**
     * Delays every API request (served or failed) by this much, to exercise client timeouts.
     *
     * @param delay the delay, zero for none
     * @return this
     */
    public synchronized Faults delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        this.delay = delay;
        return this;
    }

    /**
     * Stops every fault; the random sequence (and its seed) is kept.
     *
     * @return this
     */
    public synchronized Faults reset() {
        errorRate = 0;
        errorStatuses = new int[] {500};
        tooManyRequestsRate = 0;
        retryAfterSeconds = 1;
        delay = Duration.ZERO;
        return this;
    }

    /** @return the delay currently applied to each API request */
    public synchronized Duration currentDelay() {
        return delay;
    }

    /**
     * Draws the fate of one API request.
     *
     * @return the fault to answer with, or empty to serve the request
     */
    public synchronized Optional<Fault> next() {
        if (errorRate == 0 && tooManyRequestsRate == 0) {
            return Optional.empty();
        }
        double draw = random.nextDouble();
        if (draw < errorRate) {
            int status = errorStatuses[errorStatuses.length == 1 ? 0 : random.nextInt(errorStatuses.length)];
            return Optional.of(new Fault(status, -1));
        }
        if (draw < errorRate + tooManyRequestsRate) {
            return Optional.of(new Fault(429, retryAfterSeconds));
        }
        return Optional.empty();
    }

    private void checkTotal() {
        if (errorRate + tooManyRequestsRate > 1.0) {
            throw new IllegalArgumentException("error rate plus 429 rate exceeds 1");
        }
    }

    private static void checkRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1: " + rate);
        }
    }

    private static void checkStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
    }
}

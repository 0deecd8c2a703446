package it.crocevia.testserver.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Enforces a {@link RateLimit} over a sliding window: a request is admitted when fewer than
 * {@code count} requests were admitted in the last {@code window}; a refused request does not use
 * up the allowance (the platforms count what they served, so a client that backs off recovers).
 *
 * <p>Thread-safe; the clock is {@link System#nanoTime()} unless a test gives its own.
 */
public final class SlidingWindowLimiter {

    private final LongSupplier nanos;
    private final Deque<Long> admitted = new ArrayDeque<>();
    private RateLimit limit;

    /** @param limit the limit to enforce */
    public SlidingWindowLimiter(RateLimit limit) {
        this(limit, System::nanoTime);
    }

    /**
     * @param limit the limit to enforce
     * @param nanos a monotonic clock in nanoseconds
     */
    public SlidingWindowLimiter(RateLimit limit, LongSupplier nanos) {
        this.limit = limit;
        this.nanos = nanos;
    }

    /** @param limit the new limit; requests admitted so far still count against it */
    public synchronized void limit(RateLimit limit) {
        this.limit = limit;
    }

    /** @return the limit enforced */
    public synchronized RateLimit limit() {
        return limit;
    }

    /**
     * Admits a request if the limit allows it.
     *
     * @return empty when admitted, otherwise how long until the oldest admitted request leaves
     *     the window (the earliest moment a retry can succeed)
     */
    public synchronized Optional<Duration> tryAcquire() {
        long now = nanos.getAsLong();
        long window = limit.window().toNanos();
        while (!admitted.isEmpty() && now - admitted.peekFirst() >= window) {
            admitted.removeFirst();
        }
        if (admitted.size() < limit.count()) {
            admitted.addLast(now);
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(admitted.peekFirst() + window - now));
    }

    /** @return how many more requests the current window admits */
    public synchronized int remaining() {
        long now = nanos.getAsLong();
        long window = limit.window().toNanos();
        long inWindow = admitted.stream().filter(at -> now - at < window).count();
        return (int) Math.max(0, limit.count() - inWindow);
    }

    /** Forgets every admitted request. */
    public synchronized void reset() {
        admitted.clear();
    }

    /**
     * @param wait a wait returned by {@link #tryAcquire()}
     * @return whole seconds to announce in {@code Retry-After} or {@code retry_after}: rounded
     *     up, at least 1
     */
    public static int retryAfterSeconds(Duration wait) {
        long millis = wait.toMillis();
        return (int) Math.max(1, (millis + 999) / 1000);
    }
}

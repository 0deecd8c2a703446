package it.crocevia.testserver.common;

import java.time.Duration;
import java.util.Objects;

/**
 * A documented rate limit: at most {@code count} requests in any {@code window} (a sliding window,
 * the strictest reading of "n per second" a platform can enforce). Tests shrink the window to keep
 * their waits short.
 *
 * @param count requests allowed in one window
 * @param window length of the window
 */
public record RateLimit(int count, Duration window) {

    /** Checks the values. */
    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
    }

    /** @return {@code count} requests per second */
    public static RateLimit perSecond(int count) {
        return new RateLimit(count, Duration.ofSeconds(1));
    }

    /** @return {@code count} requests per minute */
    public static RateLimit perMinute(int count) {
        return new RateLimit(count, Duration.ofMinutes(1));
    }
}

package it.crocevia.testserver.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Measures the most requests a client sent within any window of a given length (admitted or not),
 * so a test can assert that a client paced itself below a platform's limit ("never more than 5 in
 * any second") rather than merely surviving the 429s.
 *
 * <p>The busiest window can always be moved to end at a request, so checking the window that ends
 * at each arrival finds the true maximum. Thread-safe.
 */
public final class PeakRate {

    private final Duration window;
    private final LongSupplier nanos;
    private final Deque<Long> recent = new ArrayDeque<>();
    private int peak;
    private long total;

    /** @param window the window length, e.g. one second */
    public PeakRate(Duration window) {
        this(window, System::nanoTime);
    }

    /**
     * @param window the window length
     * @param nanos a monotonic clock in nanoseconds
     */
    public PeakRate(Duration window, LongSupplier nanos) {
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.window = window;
        this.nanos = nanos;
    }

    /** Notes one request arriving now. */
    public synchronized void record() {
        long now = nanos.getAsLong();
        long length = window.toNanos();
        while (!recent.isEmpty() && now - recent.peekFirst() >= length) {
            recent.removeFirst();
        }
        recent.addLast(now);
        peak = Math.max(peak, recent.size());
        total++;
    }

    /** @return the most requests seen within any one window since start or {@link #reset()} */
    public synchronized int peak() {
        return peak;
    }

    /** @return how many requests were recorded */
    public synchronized long total() {
        return total;
    }

    /** @return the window length */
    public Duration window() {
        return window;
    }

    /** Forgets what was measured. */
    public synchronized void reset() {
        recent.clear();
        peak = 0;
        total = 0;
    }
}

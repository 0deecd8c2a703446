package it.crocevia.marketing.control;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps calls under a platform's rate limit: at most {@code max} calls start within any
 * {@code window}; {@link #acquire()} waits until the next one may. Set with a margin over the
 * documented window, since the platform counts arrivals and the network moves them.
 */
public final class RatePacer {

    private final int max;
    private final long windowNanos;
    private final Deque<Long> starts = new ArrayDeque<>();

    public RatePacer(int max, Duration window) {
        this.max = max;
        this.windowNanos = window.toNanos();
    }

    public synchronized void acquire() throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            while (!starts.isEmpty() && now - starts.peekFirst() >= windowNanos) {
                starts.pollFirst();
            }
            if (starts.size() < max) {
                starts.addLast(now);
                return;
            }
            long waitNanos = windowNanos - (now - starts.peekFirst());
            wait(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
        }
    }
}

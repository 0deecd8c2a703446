package it.crocevia.login.control;

import it.crocevia.platform.boundary.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window rate limits for the portal's unauthenticated doors (sign-in, forgotten password),
 * per e-mail and per client address: at most {@code max} hits per key within {@code window}.
 * Kept in memory: one server, and a restart merely forgets recent attempts.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class Throttle {

    private static final int MAX_KEYS = 200_000;

    @Inject
    TimeSource time;

    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

    /** Counts a hit for {@code key}; false when the key already had {@code max} hits in the window. */
    public boolean allow(String key, int max, Duration window) {
        Instant now = time.now();
        if (hits.size() > MAX_KEYS) {
            forgetOlderThan(now.minus(Duration.ofHours(1)));
        }
        Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Forgets the hits of {@code key} (a successful sign-in clears its failures). */
    public void clear(String key) {
        hits.remove(key);
    }

    private void forgetOlderThan(Instant limit) {
        hits.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(limit);
            }
        });
    }
}

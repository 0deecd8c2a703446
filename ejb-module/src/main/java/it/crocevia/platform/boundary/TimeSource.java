package it.crocevia.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's "now", for rules that expire (a reset link lasts one hour). It is the
 * system clock; only a server started with {@code -Dcrocevia.clock=adjustable} (the in-server
 * tests) lets it be moved forward, so a test can see a link expire without waiting an hour.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class TimeSource {

    static final String ADJUSTABLE = "adjustable";

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private boolean adjustable;

    @PostConstruct
    void init() {
        adjustable = ADJUSTABLE.equals(System.getProperty("crocevia.clock"));
    }

    public Instant now() {
        return Clock.systemUTC().instant().plus(offset.get());
    }

    /** Now in UTC, as the database columns keep it. */
    public LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(now(), ZoneOffset.UTC);
    }

    /** Moves the clock forward (tests only); refused unless the server was started adjustable. */
    public void advance(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("the clock is not adjustable on this server");
        }
        offset.updateAndGet(d -> d.plus(by));
    }
}

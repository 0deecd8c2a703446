package it.crocevia.testserver.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateWindowsTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void theLimiterAdmitsCountPerSlidingWindowAndTellsTheWait() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(RateLimit.perSecond(2), now::get);

        assertThat(limiter.tryAcquire()).isEmpty();
        advance(400);
        assertThat(limiter.tryAcquire()).isEmpty();
        advance(100);
        assertThat(limiter.tryAcquire()).contains(Duration.ofMillis(500));
        assertThat(limiter.remaining()).isZero();
        advance(500);
        assertThat(limiter.tryAcquire()).isEmpty();
        assertThat(limiter.tryAcquire()).contains(Duration.ofMillis(400));
    }

    @Test
    void refusedRequestsDoNotUseTheAllowance() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(new RateLimit(1, Duration.ofMillis(100)), now::get);
        limiter.tryAcquire();
        for (int i = 0; i < 5; i++) {
            advance(10);
            assertThat(limiter.tryAcquire()).isPresent();
        }
        advance(50);

        assertThat(limiter.tryAcquire()).isEmpty();
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndAtLeastOne() {
        assertThat(SlidingWindowLimiter.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(SlidingWindowLimiter.retryAfterSeconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(SlidingWindowLimiter.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void thePeakIsTheBusiestWindowWhereverItFalls() {
        PeakRate peak = new PeakRate(Duration.ofSeconds(1), now::get);
        long[] arrivals = {0, 300, 900, 1200, 1250, 1299, 2500};
        long previous = 0;
        for (long at : arrivals) {
            advance(at - previous);
            previous = at;
            peak.record();
        }

        assertThat(peak.peak()).isEqualTo(5);
        assertThat(peak.total()).isEqualTo(7);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private void advance(long millis) {
        now.addAndGet(Duration.ofMillis(millis).toNanos());
    }
}

package it.crocevia.testserver.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultsTest {

    @Test
    void withoutFaultsEveryRequestIsServed() {
        Faults faults = new Faults();

        for (int i = 0; i < 1_000; i++) {
            assertThat(faults.next()).isEmpty();
        }
    }

    @Test
    void ratesAreMetOverManyDraws() {
        Faults faults = new Faults().seed(1).errorRate(0.2, 500, 503).tooManyRequestsRate(0.1, 30);
        int errors = 0;
        int throttled = 0;
        for (int i = 0; i < 100_000; i++) {
            Optional<Fault> fault = faults.next();
            if (fault.isPresent() && fault.get().status() == 429) {
                throttled++;
                assertThat(fault.get().retryAfter()).hasValue(30);
            } else if (fault.isPresent()) {
                errors++;
                assertThat(fault.get().status()).isIn(500, 503);
                assertThat(fault.get().retryAfter()).isEmpty();
            }
        }
        assertThat(errors).isBetween(19_000, 21_000);
        assertThat(throttled).isBetween(9_000, 11_000);
    }

    @Test
    void aSeedMakesTheSequenceReproducible() {
        assertThat(draws(new Faults().seed(99).errorRate(0.3))).isEqualTo(draws(new Faults().seed(99).errorRate(0.3)));
    }

    @Test
    void resetStopsFaultsAndDelay() {
        Faults faults = new Faults().errorRate(1.0).delay(Duration.ofSeconds(1));

        faults.reset();

        assertThat(faults.next()).isEmpty();
        assertThat(faults.currentDelay()).isZero();
    }

    @Test
    void invalidSettingsAreRefused() {
        Faults faults = new Faults();

        assertThatThrownBy(() -> faults.errorRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.errorRate(0.1, 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.errorRate(0.7).tooManyRequestsRate(0.5, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> draws(Faults faults) {
        List<String> draws = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            draws.add(faults.next().map(fault -> Integer.toString(fault.status())).orElse("-"));
        }
        return draws;
    }
}

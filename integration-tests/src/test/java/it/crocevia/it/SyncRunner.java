package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** Starts "Sincro Ordini" through the REST API and waits for the run's report. */
final class SyncRunner {

    private SyncRunner() {
    }

    static JsonObject syncAndWait(Http operator, long accountId) throws Exception {
        var started = operator.post("api/v1/order-syncs/" + accountId, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return waitFor(operator, started.location());
    }

    static JsonObject waitFor(Http operator, String runLocation) throws Exception {
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            var run = operator.get(runLocation).object();
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the sync run did not end in 3 minutes: " + runLocation);
    }
}

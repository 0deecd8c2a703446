package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Starts the batch jobs through the REST API and follows their executions. */
final class JobRunner {

    private JobRunner() {
    }

    static long startCustomerSync(Http operator, long accountId, boolean dryRun) throws Exception {
        return start(operator, "api/v1/customer-syncs/" + accountId + (dryRun ? "?dryRun=true" : ""));
    }

    /** "Download CSV" of the account. */
    static long startCatalogExport(Http operator, long accountId) throws Exception {
        return start(operator, "api/v1/catalog-exports/" + accountId);
    }

    static long startCatalogPublish(Http operator, long accountId) throws Exception {
        return start(operator, "api/v1/catalog-publications/" + accountId);
    }

    private static long start(Http operator, String path) throws Exception {
        var started = operator.post(path, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long execution = started.object().getJsonNumber("executionId").longValue();
        assertThat(started.location()).endsWith("/api/v1/jobs/" + execution);
        return execution;
    }

    /** Waits until the running execution has done at least {@code items}. */
    static void awaitDone(Http operator, long execution, long items) throws Exception {
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var job = operator.get("api/v1/jobs/" + execution).object();
            if (job.getJsonObject("run").getJsonNumber("done").longValue() >= items) {
                return;
            }
            assertThat(job.getString("batchStatus")).isIn("STARTING", "STARTED");
            Thread.sleep(50);
        }
        throw new AssertionError("execution " + execution + " did not reach " + items + " items");
    }

    /** Waits until the execution has ended (JBeret's status and the console's run both say so). */
    static JsonObject runToEnd(Http operator, long execution) throws Exception {
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            var job = operator.get("api/v1/jobs/" + execution).object();
            if (!List.of("STARTING", "STARTED", "STOPPING").contains(job.getString("batchStatus"))
                    && !"RUNNING".equals(job.getJsonObject("run").getString("status"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job execution " + execution + " did not end in 3 minutes");
    }
}

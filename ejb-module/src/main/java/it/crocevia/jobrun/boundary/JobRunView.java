package it.crocevia.jobrun.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One execution of a batch job as the console shows it; {@code skipped} counts the records it listed. */
public record JobRunView(long executionId, String jobName, Long accountId, boolean dryRun, String startedBy,
        String trigger, Long restartOf, long total, long done, long changed, long skipped, String status,
        LocalDateTime startedAt, LocalDateTime endedAt, String message) implements Serializable {

    /** Done out of total, 0–100; a job with nothing to do is complete. */
    public int percent() {
        return total <= 0 ? ("RUNNING".equals(status) ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}

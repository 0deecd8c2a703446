package it.crocevia.jobs.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/**
 * The parameters of a job that works for one account (customer-resync, catalog-csv-export), read
 * from the running execution: the account, whether it only previews, who or what started it, and
 * which execution it restarts.
 */
public record RunParameters(long accountId, boolean dryRun, String startedBy, String trigger, Long restartOf) {

    public static RunParameters of(JobContext job) {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        String restartOf = p.getProperty("restartOf");
        return new RunParameters(Long.parseLong(p.getProperty("accountId")),
                Boolean.parseBoolean(p.getProperty("dryRun")), p.getProperty("startedBy", "system"),
                p.getProperty("trigger", "MANUAL"), restartOf == null ? null : Long.valueOf(restartOf));
    }

    public Properties toProperties() {
        var p = new Properties();
        p.setProperty("accountId", Long.toString(accountId));
        p.setProperty("dryRun", Boolean.toString(dryRun));
        p.setProperty("startedBy", startedBy);
        p.setProperty("trigger", trigger);
        if (restartOf != null) {
            p.setProperty("restartOf", Long.toString(restartOf));
        }
        return p;
    }
}

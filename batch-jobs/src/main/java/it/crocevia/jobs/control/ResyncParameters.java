package it.crocevia.jobs.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The customer-resync job's parameters, read from the running execution. */
public record ResyncParameters(long accountId, boolean dryRun, String startedBy, String trigger, Long restartOf) {

    public static final String JOB = "customer-resync";

    public static ResyncParameters of(JobContext job) {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        String restartOf = p.getProperty("restartOf");
        return new ResyncParameters(Long.parseLong(p.getProperty("accountId")),
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

package it.crocevia.jobs.control;

import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records an account job's execution for the console when it starts, and how it ended; releases the
 * account's lock on that job.
 */
@Dependent
@Named("accountJobListener")
public class AccountJobListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    @Inject
    AccountJobRuns accountRuns;

    @Override
    public void beforeJob() {
        accountRuns.begin(job.getExecutionId(), job.getJobName(), RunParameters.of(job));
    }

    /** The lock goes first: whoever sees the run ended may start the job again at once. */
    @Override
    public void afterJob() {
        try {
            runs.unlock(job.getJobName(), RunParameters.of(job).accountId());
        } finally {
            String ended = switch (job.getBatchStatus()) {
                case FAILED -> "FAILED";
                case STOPPING, STOPPED -> "STOPPED";
                default -> "COMPLETED";
            };
            runs.end(job.getExecutionId(), ended, "COMPLETED".equals(ended) ? null : job.getExitStatus());
        }
    }
}

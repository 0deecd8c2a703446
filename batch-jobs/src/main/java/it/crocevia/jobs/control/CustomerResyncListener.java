package it.crocevia.jobs.control;

import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records the execution for the console when it starts, and how it ended; releases the account's lock. */
@Dependent
@Named("customerResyncListener")
public class CustomerResyncListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    @Inject
    ResyncRuns resyncRuns;

    @Override
    public void beforeJob() {
        resyncRuns.begin(job.getExecutionId(), ResyncParameters.of(job));
    }

    @Override
    public void afterJob() {
        var p = ResyncParameters.of(job);
        try {
            BatchStatus status = job.getBatchStatus();
            String ended = switch (status) {
                case FAILED -> "FAILED";
                case STOPPING, STOPPED -> "STOPPED";
                default -> "COMPLETED";
            };
            runs.end(job.getExecutionId(), ended, "COMPLETED".equals(ended) ? null : job.getExitStatus());
        } finally {
            runs.unlock(ResyncParameters.JOB, p.accountId());
        }
    }
}

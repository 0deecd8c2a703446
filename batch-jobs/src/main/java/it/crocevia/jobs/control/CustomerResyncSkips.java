package it.crocevia.jobs.control;

import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Lists every skipped customer with its reason, for the job console. */
@Dependent
@Named("customerResyncSkips")
public class CustomerResyncSkips implements SkipProcessListener, SkipReadListener {

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        String remoteId = e instanceof UnusableCustomer u ? u.remoteId() : ((ResyncItem) item).remoteId();
        runs.problem(job.getExecutionId(), remoteId, e.getMessage());
    }

    @Override
    public void onSkipReadItem(Exception e) {
        runs.problem(job.getExecutionId(), "?", e.getMessage());
    }
}

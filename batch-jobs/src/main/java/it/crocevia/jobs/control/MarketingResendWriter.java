package it.crocevia.jobs.control;

import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Queues a chunk of orders again for the marketing integration, keyed by the resend's first execution. */
@Dependent
@Named("marketingResendWriter")
public class MarketingResendWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    @Inject
    JobRuns runs;

    @Override
    public void writeItems(List<Object> items) {
        long resend = runs.firstOf(job.getExecutionId());
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        int queued = accounts.resendQueue(RunParameters.of(job).accountId(), resend, ids);
        runs.advance(job.getExecutionId(), Long.toString(ids.get(ids.size() - 1)), ids.size(), queued);
    }
}

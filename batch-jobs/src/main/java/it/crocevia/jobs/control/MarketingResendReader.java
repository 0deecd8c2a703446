package it.crocevia.jobs.control;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Reads the ids of the orders a marketing integration covers, 500 at a time; the checkpoint is the last id. */
@Dependent
@Named("marketingResendReader")
public class MarketingResendReader extends IdPageReader<Long> {

    private static final int PAGE = 500;

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    public MarketingResendReader() {
        super(PAGE);
    }

    @Override
    protected List<Long> page(long afterId, int max) {
        return accounts.resendAfter(RunParameters.of(job).accountId(), afterId, max);
    }

    @Override
    protected long idOf(Long id) {
        return id;
    }
}

package it.crocevia.jobs.control;

import it.crocevia.marketing.boundary.MarketingResend;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the ids of the orders a marketing integration covers, 500 at a time; the checkpoint is the last id. */
@Dependent
@Named("marketingResendReader")
public class MarketingResendReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    private final Deque<Long> buffer = new ArrayDeque<>();
    private long position;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var page = accounts.resendAfter(RunParameters.of(job).accountId(), position, PAGE);
            exhausted = page.size() < PAGE;
            buffer.addAll(page);
        }
        Long id = buffer.poll();
        if (id != null) {
            position = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}

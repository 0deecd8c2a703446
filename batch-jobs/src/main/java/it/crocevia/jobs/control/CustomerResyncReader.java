package it.crocevia.jobs.control;

import it.crocevia.customer.boundary.CustomerRefresh;
import it.crocevia.connector.boundary.CustomerBatch;
import it.crocevia.connector.boundary.RejectedRecord;
import it.crocevia.connector.boundary.ShopAdapter;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the account's bound customers in the order of their platform id, a page of 500 at a
 * time, and asks the platform for the whole page in one go. The checkpoint is the platform id of
 * the last customer handed out, so a restart goes on right after it.
 */
@Dependent
@Named("customerResyncReader")
public class CustomerResyncReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    CustomerRefresh customers;

    @Inject
    JobAccounts accounts;

    private final Deque<ResyncItem> buffer = new ArrayDeque<>();
    private ResyncParameters parameters;
    private ShopAdapter adapter;
    private Progress progress;
    private boolean exhausted;

    /** What the writer records with each chunk: where the reader is and how much it read since. */
    static final class Progress {
        String position;
        long readSinceWrite;
    }

    @Override
    public void open(Serializable checkpoint) {
        parameters = ResyncParameters.of(job);
        adapter = accounts.adapter(parameters.accountId());
        progress = new Progress();
        progress.position = (String) checkpoint;
        step.setTransientUserData(progress);
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            fill();
        }
        ResyncItem item = buffer.poll();
        if (item != null) {
            progress.position = item.remoteId();
            progress.readSinceWrite++;
        }
        return item;
    }

    /** The next page; a remote fault leaves the reader where it was, so the read can be retried. */
    private void fill() {
        var page = customers.boundAfter(parameters.accountId(), progress.position, PAGE);
        if (page.isEmpty()) {
            exhausted = true;
            return;
        }
        CustomerBatch batch = adapter.customers(page.stream().map(CustomerRefresh.Bound::remoteId).toList());
        Map<String, String> rejected = batch.rejected().stream()
                .collect(Collectors.toMap(RejectedRecord::remoteId, RejectedRecord::reason, (a, b) -> a));
        for (var bound : page) {
            var remote = batch.found().get(bound.remoteId());
            String problem = remote != null ? null
                    : rejected.getOrDefault(bound.remoteId(), "the platform no longer has this customer");
            buffer.add(new ResyncItem(bound.remoteId(), bound.customerId(), remote, problem));
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return progress.position;
    }

}

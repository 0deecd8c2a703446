package it.crocevia.jobs.control;

import it.crocevia.customer.boundary.CustomerRefresh;
import it.crocevia.connector.boundary.CustomerBatch;
import it.crocevia.connector.boundary.RejectedRecord;
import it.crocevia.connector.boundary.ShopAdapter;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Reads the account's bound customers in the order of their platform id, a page of 500 at a
 * time, and asks the platform for the whole page in one go. While a page is being handed out and
 * written, the next one is already being fetched. The checkpoint is the platform id of the last
 * customer handed out, so a restart goes on right after it.
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

    @Resource
    ManagedExecutorService executor;

    private final Deque<ResyncItem> buffer = new ArrayDeque<>();
    private Future<List<ResyncItem>> next;
    private RunParameters parameters;
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
        parameters = RunParameters.of(job);
        adapter = accounts.adapter(parameters.accountId());
        progress = new Progress();
        progress.position = (String) checkpoint;
        step.setTransientUserData(progress);
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (buffer.isEmpty() && !exhausted) {
            var page = next != null ? await() : fetchAfter(progress.position);
            if (page.isEmpty()) {
                exhausted = true;
            } else {
                String last = page.get(page.size() - 1).remoteId();
                next = executor.submit(() -> fetchAfter(last));
                buffer.addAll(page);
            }
        }
        ResyncItem item = buffer.poll();
        if (item != null) {
            progress.position = item.remoteId();
            progress.readSinceWrite++;
        }
        return item;
    }

    /** The prefetched page; a remote fault is thrown here, and a retried read fetches again. */
    private List<ResyncItem> await() throws InterruptedException {
        var pending = next;
        next = null;
        try {
            return pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The page after {@code position} with what the platform says of each customer. */
    private List<ResyncItem> fetchAfter(String position) {
        var page = customers.boundAfter(parameters.accountId(), position, PAGE);
        if (page.isEmpty()) {
            return List.of();
        }
        CustomerBatch batch = adapter.customers(page.stream().map(CustomerRefresh.Bound::remoteId).toList());
        Map<String, String> rejected = batch.rejected().stream()
                .collect(Collectors.toMap(RejectedRecord::remoteId, RejectedRecord::reason, (a, b) -> a));
        var items = new ArrayList<ResyncItem>(page.size());
        for (var bound : page) {
            var remote = batch.found().get(bound.remoteId());
            String problem = remote != null ? null
                    : rejected.getOrDefault(bound.remoteId(), "the platform no longer has this customer");
            items.add(new ResyncItem(bound.remoteId(), bound.customerId(), remote, problem));
        }
        return items;
    }

    @Override
    public void close() {
        if (next != null) {
            next.cancel(true);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return progress.position;
    }

}

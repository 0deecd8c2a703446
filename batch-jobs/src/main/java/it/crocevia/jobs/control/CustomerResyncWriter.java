package it.crocevia.jobs.control;

import it.crocevia.customer.boundary.CustomerRefresh;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Updates the chunk's records in the chunk's transaction, with their change history; in a dry run
 * only lists what would change. The job's progress moves in the same transaction.
 */
@Dependent
@Named("customerResyncWriter")
public class CustomerResyncWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    CustomerRefresh customers;

    @Inject
    JobRuns runs;

    @Inject
    JobAccounts accounts;

    private RunParameters parameters;
    private String source;

    @Override
    public void open(Serializable checkpoint) {
        parameters = RunParameters.of(job);
        source = "Sincro Clienti, " + accounts.settings(parameters.accountId()).description();
    }

    @Override
    public void writeItems(List<Object> items) {
        var refreshes = items.stream().map(ResyncItem.class::cast)
                .map(i -> new CustomerRefresh.Refresh(i.remoteId(), i.customerId(), i.remote())).toList();
        var changes = customers.apply(parameters.accountId(), refreshes, source, parameters.dryRun());
        if (parameters.dryRun()) {
            runs.preview(job.getExecutionId(), changes.stream().map(c -> new JobRuns.PreviewChange(c.customerId(),
                    c.field(), c.oldValue(), c.newValue())).toList());
        }
        var progress = (CustomerResyncReader.Progress) step.getTransientUserData();
        runs.advance(job.getExecutionId(), progress.position, progress.readSinceWrite,
                changes.stream().map(CustomerRefresh.Change::customerId).distinct().count());
        progress.readSinceWrite = 0;
    }
}

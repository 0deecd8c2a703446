package it.crocevia.jobs.control;

import it.crocevia.connector.boundary.RemoteProduct;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Keeps the records of a chunk in the backup of the run (its first execution, so a restart adds to it). */
@Dependent
@Named("productBackupWriter")
public class ProductBackupWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    @Inject
    JobRuns runs;

    @Override
    public void writeItems(List<Object> items) {
        List<RemoteProduct> records = items.stream().map(RemoteProduct.class::cast).toList();
        accounts.storeBackups(RunParameters.of(job).accountId(), runs.firstOf(job.getExecutionId()), records);
        if (AccountJobRuns.PRODUCT_BACKUP.equals(job.getJobName()) && !records.isEmpty()) {
            runs.advance(job.getExecutionId(), records.get(records.size() - 1).sku(), records.size(), records.size());
        }
    }
}

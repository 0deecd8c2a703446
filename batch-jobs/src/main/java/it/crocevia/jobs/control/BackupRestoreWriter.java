package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.BackupItem;
import it.crocevia.connector.boundary.ProductRejectedException;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Puts a chunk of a backup's products back on the platform, each as its backup has it. A product the
 * platform refuses is listed with the reason and the others go on; a platform that cannot be
 * reached fails the job (restoring again is harmless: a product is put back as it was).
 */
@Dependent
@Named("backupRestoreWriter")
public class BackupRestoreWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    @Inject
    JobRuns runs;

    @Override
    public void writeItems(List<Object> items) {
        int restored = 0;
        String last = null;
        for (Object item : items) {
            var backup = (BackupItem) item;
            last = backup.sku();
            try {
                accounts.restoreBackup(backup.id());
                restored++;
            } catch (ProductRejectedException e) {
                runs.problem(job.getExecutionId(), backup.sku(), e.getMessage());
            }
        }
        runs.advance(job.getExecutionId(), last, items.size(), restored);
    }
}

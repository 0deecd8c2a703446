package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.BackupItem;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reads the products of the backup a backup-restore execution puts back, in id order, 100 at a
 * time; the checkpoint is the id of the last one handed out.
 */
@Dependent
@Named("backupRestoreReader")
public class BackupRestoreReader extends IdPageReader<BackupItem> {

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    private Long backupRun;

    public BackupRestoreReader() {
        super(100);
    }

    @Override
    protected List<BackupItem> page(long afterId, int max) {
        if (backupRun == null) {
            backupRun = AccountJobRuns.backupRun(job.getExecutionId());
        }
        return accounts.backupItemsAfter(backupRun, afterId, max);
    }

    @Override
    protected long idOf(BackupItem item) {
        return item.id();
    }
}

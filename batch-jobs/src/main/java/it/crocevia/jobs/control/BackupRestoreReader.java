package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.BackupItem;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the products of the backup a backup-restore execution puts back, in id order, a page at a
 * time; the checkpoint is the id of the last one handed out.
 */
@Dependent
@Named("backupRestoreReader")
public class BackupRestoreReader extends AbstractItemReader {

    private static final int PAGE = 100;

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    private final Deque<BackupItem> buffer = new ArrayDeque<>();
    private long backupRun;
    private long position;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        backupRun = AccountJobRuns.backupRun(job.getExecutionId());
        position = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var page = accounts.backupItemsAfter(backupRun, position, PAGE);
            exhausted = page.size() < PAGE;
            buffer.addAll(page);
        }
        BackupItem item = buffer.poll();
        if (item != null) {
            position = item.id();
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}

package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.BackupItem;
import it.crocevia.connector.boundary.ProductPublisher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Puts a chunk of a backup's products back on the platform, each as its backup has it. A product the
 * platform refuses is listed with the reason and the others go on; a platform that cannot be
 * reached fails the job (restoring again is harmless: a product is put back as it was).
 */
@Dependent
@Named("backupRestoreWriter")
public class BackupRestoreWriter extends ItemByItemWriter<BackupItem> {

    @Inject
    JobAccounts accounts;

    private ProductPublisher publisher;

    @Override
    protected String key(BackupItem item) {
        return item.sku();
    }

    @Override
    protected Optional<String> write(BackupItem item) {
        if (publisher == null) {
            publisher = accounts.publisher(accountId());
        }
        publisher.restore(item.remote());
        return Optional.empty();
    }
}

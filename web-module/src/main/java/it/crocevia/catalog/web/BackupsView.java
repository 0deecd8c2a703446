package it.crocevia.catalog.web;

import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.catalog.api.PublishingResource;
import it.crocevia.catalog.boundary.BackupItem;
import it.crocevia.catalog.boundary.BackupRun;
import it.crocevia.catalog.boundary.ProductBackups;
import it.crocevia.console.FacesMessages;
import it.crocevia.jobs.boundary.CatalogPublishing;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The Backup section of an account: its backups by date, the products of one, a product's record,
 * its download, and putting one product or a whole backup back on the platform; deleting a backup.
 */
@Named
@ViewScoped
public class BackupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductBackups backups;

    @Inject
    CatalogPublishing publishing;

    @Inject
    ShopAccounts accounts;

    @Inject
    FacesMessages messages;

    private Long account;
    private String accountName;
    private List<BackupRun> runs = List.of();
    private BackupRun run;
    private List<BackupItem> products = List.of();
    private BackupItem shown;

    public void load() {
        if (account == null) {
            return;
        }
        accountName = accounts.find(account).getDescription();
        runs = backups.runs(account);
    }

    public void open(BackupRun r) {
        run = r;
        products = backups.products(r.executionId());
        shown = null;
    }

    public void show(BackupItem item) {
        shown = backups.get(item.id());
    }

    public StreamedContent download(BackupItem item) {
        var full = backups.get(item.id());
        byte[] bytes = full.record().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(PublishingResource.fileName(full))
                .contentType(("xml".equals(full.format()) ? "application/xml" : "application/json") + "; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public void restore(BackupItem item) {
        if (messages.attempt(() -> backups.restore(item.id()))) {
            messages.info("backups.restored", item.sku());
        }
    }

    /** Restores the whole backup as a job, and shows it in the job console. */
    public String restoreAll(BackupRun r) {
        long[] execution = new long[1];
        if (!messages.attempt(() -> {
            execution[0] = publishing.restore(r.executionId());
            messages.info("backups.restoreStarted", r.products());
        })) {
            return null;
        }
        messages.keepForRedirect();
        return "/jobs/list?faces-redirect=true&execution=" + execution[0];
    }

    public void delete(BackupRun r) {
        if (messages.attempt(() -> backups.delete(r.executionId()))) {
            messages.info("backups.deleted");
            if (run != null && run.executionId() == r.executionId()) {
                run = null;
                products = List.of();
            }
        }
        load();
    }

    public void takeBackup() {
        if (messages.attempt(() -> publishing.backup(account))) {
            messages.info("backups.started");
        }
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public String getAccountName() {
        return accountName;
    }

    public List<BackupRun> getRuns() {
        return runs;
    }

    public BackupRun getRun() {
        return run;
    }

    public List<BackupItem> getProducts() {
        return products;
    }

    public BackupItem getShown() {
        return shown;
    }
}

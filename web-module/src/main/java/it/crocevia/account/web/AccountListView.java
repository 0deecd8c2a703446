package it.crocevia.account.web;

import it.crocevia.account.boundary.AccountSection;
import it.crocevia.account.boundary.AccountStructures;
import it.crocevia.account.boundary.AccountSummary;
import it.crocevia.connector.boundary.StructureItem.Kind;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.console.FacesMessages;
import it.crocevia.console.LocaleSelector;
import it.crocevia.console.Texts;
import it.crocevia.jobs.boundary.CatalogExports;
import it.crocevia.jobs.boundary.CatalogPublishing;
import it.crocevia.jobs.boundary.CustomerResyncs;
import it.crocevia.order.boundary.OrderSync;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongSupplier;

/** "Lista degli Account": the shop and marketplace accounts, with the toolbar actions. */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogPublishing publishing;

    @Inject
    ShopAccounts accounts;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    OrderSync orderSync;

    @Inject
    AccountStructures structures;

    @Inject
    CustomerResyncs customerResyncs;

    @Inject
    CatalogExports catalogExports;

    private List<AccountSummary> rows = List.of();
    private AccountSummary selected;

    public void load() {
        rows = accounts.list();
        if (selected != null) {
            long id = selected.id();
            selected = rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        }
    }

    public void delete() {
        if (selected == null) {
            return;
        }
        var gone = selected;
        messages.attempt(() -> {
            accounts.delete(gone.id());
            messages.info("accounts.deleted", gone.description());
        });
        selected = null;
        load();
    }

    public void copy() {
        if (selected == null) {
            return;
        }
        messages.attempt(() -> {
            var copy = accounts.copy(selected.id());
            messages.info("accounts.copied", copy.getDescription());
            load();
            selected = rows.stream().filter(r -> r.id() == copy.getId()).findFirst().orElse(null);
        });
    }

    /** "Sincro Ordini": starts the import in the background; the run shows in the account's history. */
    public void syncOrders() {
        if (selected != null) {
            messages.attempt(() -> {
                orderSync.startInBackground(selected.id());
                messages.info("sync.orders.started", selected.description());
            });
        }
    }

    /** "Sincro Clienti": starts the customer-resync job and opens it in the job console. */
    public String syncCustomers() {
        return startCustomerSync(false);
    }

    /** The same as a dry run: lists the changes without writing them, for the operator to confirm. */
    public String previewCustomers() {
        return startCustomerSync(true);
    }

    private String startCustomerSync(boolean dryRun) {
        return startJob(() -> customerResyncs.start(selected.id(), dryRun),
                dryRun ? "sync.customers.previewStarted" : "sync.customers.started");
    }

    /**
     * Pubblica articoli: on a shop by API (backup of what exists on the platform, then create/update),
     * on Google Shopping through the Merchant API.
     */
    public String publish() {
        return startJob(() -> publishing.publish(selected.id()), "catalog.publish.started");
    }

    /** Every platform publishes: the shops by API, Google Shopping through the Merchant API. */
    public boolean isCanPublish() {
        return selected != null;
    }

    /** Backups are of the products on a platform with a Backup section. */
    public boolean isCanBackUp() {
        return selected != null && selected.platform().has(AccountSection.BACKUP);
    }

    /** "Download CSV": starts the catalog-csv-export job; its file is downloaded from the job console. */
    public String downloadCsv() {
        return startJob(() -> catalogExports.start(selected.id()), "catalog.csv.started");
    }

    /** Starts a job of the selected account and opens it in the job console. */
    private String startJob(LongSupplier start, String startedKey) {
        if (selected == null) {
            return null;
        }
        long[] execution = new long[1];
        boolean started = messages.attempt(() -> {
            execution[0] = start.getAsLong();
            messages.info(startedKey, selected.description());
        });
        if (!started) {
            return null;
        }
        messages.keepForRedirect();
        return "/jobs/list?faces-redirect=true&execution=" + execution[0];
    }

    /** "Aggiorna Account": re-reads the platform's data structure and says what it found. */
    public void refresh() {
        if (selected == null) {
            return;
        }
        messages.attempt(() -> {
            var counts = structures.refresh(selected.id());
            messages.info("account.refreshed", selected.description(), counts.getOrDefault(Kind.LANGUAGE, 0),
                    counts.getOrDefault(Kind.CURRENCY, 0), counts.getOrDefault(Kind.ORDER_STATE, 0),
                    counts.getOrDefault(Kind.CARRIER, 0), counts.getOrDefault(Kind.COUNTRY, 0),
                    counts.getOrDefault(Kind.TAX_RULE, 0), counts.getOrDefault(Kind.CATEGORY, 0));
        });
    }

    /** Aggiorna Account applies to shop accounts. */
    public boolean isCanRefresh() {
        return selected != null && selected.platform().isShop();
    }

    /** Sincro Ordini applies to shop accounts that sync orders. */
    public boolean isCanSyncOrders() {
        return selected != null && selected.platform().isShop() && selected.syncOrders();
    }

    /** Sincro Clienti applies to shop accounts that sync orders and update customers. */
    public boolean isCanSyncCustomers() {
        return isCanSyncOrders() && selected.updateCustomers();
    }

    /** Download CSV applies to the platforms with a CSV import (PrestaShop, Magento). */
    public boolean isCanDownloadCsv() {
        return selected != null && selected.platform().has(AccountSection.CSV_DOWNLOAD);
    }

    /** The question of the delete confirmation, naming the selected account. */
    public String getDeleteQuestion() {
        return selected == null ? "" : Texts.get(localeSelector.getLocale(), "accounts.confirmDelete.message",
                selected.description());
    }

    public List<AccountSummary> getRows() {
        return rows;
    }

    public AccountSummary getSelected() {
        return selected;
    }

    public void setSelected(AccountSummary selected) {
        this.selected = selected;
    }
}

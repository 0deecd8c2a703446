package it.crocevia.order.web;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.console.FacesMessages;
import it.crocevia.order.boundary.Orders;
import it.crocevia.order.boundary.SyncRunView;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The sync history of one account: every run, its counts and the records it reported. */
@Named
@ViewScoped
public class SyncHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Orders orders;

    @Inject
    ShopAccounts accounts;

    @Inject
    FacesMessages messages;

    private Long id;
    private AccountDetails account;
    private List<SyncRunView> runs = List.of();

    public String load() {
        try {
            account = accounts.find(id == null ? -1 : id);
            refresh();
            return null;
        } catch (NotFoundException e) {
            messages.error("error.notFound");
            messages.keepForRedirect();
            return "list?faces-redirect=true";
        }
    }

    /** Reloads the runs (the page polls while one is running). */
    public void refresh() {
        runs = orders.syncHistory(id, 50);
    }

    public boolean isRunning() {
        return runs.stream().anyMatch(r -> "RUNNING".equals(r.status()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AccountDetails getAccount() {
        return account;
    }

    public List<SyncRunView> getRuns() {
        return runs;
    }
}

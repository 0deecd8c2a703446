package it.crocevia.account.web;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.AccountStructures;
import it.crocevia.connector.boundary.StructureItem;
import it.crocevia.account.boundary.Marketplace;
import it.crocevia.account.boundary.MarketplaceTarget;
import it.crocevia.account.boundary.PublishMethod;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.connector.boundary.ConnectionTests;
import it.crocevia.console.CurrentUser;
import it.crocevia.schedule.boundary.ScheduledSync;
import it.crocevia.schedule.boundary.SyncSchedules;
import it.crocevia.console.FacesMessages;
import it.crocevia.platform.boundary.ConcurrentChangeException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Dati Account": the form of one account, new or existing. The sections shown follow the
 * chosen platform; a viewer sees the same form read only.
 */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopAccounts accounts;

    @Inject
    FacesMessages messages;

    @Inject
    CurrentUser user;

    @Inject
    ConnectionTests connectionTests;

    @Inject
    SyncSchedules schedules;

    @Inject
    AccountStructures structures;

    private Long id;
    private AccountDetails account;
    private List<StructureItem> orderStateChoices = List.of();
    private String newCountry;
    private String newLanguage;

    /** Reads the account named by the {@code id} parameter, or starts a new one. */
    public String load() {
        if (account != null) {
            return null;
        }
        if (id == null) {
            account = new AccountDetails();
            return null;
        }
        try {
            account = accounts.find(id);
            orderStateChoices = structures.stored(id).stream()
                    .filter(i -> i.kind() == StructureItem.Kind.ORDER_STATE).toList();
            return null;
        } catch (NotFoundException e) {
            messages.error("error.notFound");
            messages.keepForRedirect();
            return "list?faces-redirect=true";
        }
    }

    public String save() {
        try {
            var saved = id == null ? accounts.create(account) : accounts.update(id, account);
            messages.info("accounts.saved", saved.getDescription());
            messages.keepForRedirect();
            return "list?faces-redirect=true";
        } catch (InvalidInputException e) {
            messages.violations(e, "account");
        } catch (ConcurrentChangeException e) {
            messages.error("error.concurrent");
        } catch (NotFoundException e) {
            messages.error("error.notFound");
        } catch (EJBAccessException e) {
            messages.error("error.forbidden");
        }
        return null;
    }

    /** "Test Connessione" on the saved settings; the result shows at the bottom of the page. */
    public void testConnection() {
        if (id == null) {
            messages.error("account.testConnection.saveFirst");
            return;
        }
        messages.attempt(() -> {
            var check = connectionTests.test(id);
            String key = "connection." + check.outcome().name();
            if (check.ok()) {
                messages.info(key, check.detail());
            } else {
                messages.error(key, check.detail());
            }
        });
    }

    /** The next scheduled order sync of this account, if it has one. */
    public ScheduledSync getNextOrderSync() {
        return id == null ? null
                : schedules.scheduled().stream().filter(s -> s.accountId() == id).findFirst().orElse(null);
    }

    /** The platform's order states read by "Aggiorna Account"; empty until it ran. */
    public List<StructureItem> getOrderStateChoices() {
        return orderStateChoices;
    }

    /** The chosen order states as a list, for the check boxes (stored as "2,3,4"). */
    public List<String> getSelectedOrderStates() {
        String states = account.getOrderStates();
        return states == null ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(states.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList());
    }

    public void setSelectedOrderStates(List<String> states) {
        account.setOrderStates(states == null || states.isEmpty() ? null : String.join(",", states));
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isReadOnly() {
        return !user.isCanEdit();
    }

    public List<Marketplace> getPlatforms() {
        return List.of(Marketplace.values());
    }

    public List<PublishMethod> getPublishMethods() {
        return List.of(PublishMethod.values());
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

    public String getNewCountry() {
        return newCountry;
    }

    public void setNewCountry(String newCountry) {
        this.newCountry = newCountry;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }
}

package it.crocevia.marketing.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.jobs.boundary.MarketingResends;
import it.crocevia.marketing.boundary.MarketingAccountView;
import it.crocevia.marketing.boundary.MarketingAccounts;
import it.crocevia.marketing.boundary.MarketingPlatform;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Gestisci Integrazioni → Lista degli Account (seed 002): Descrizione, Piattaforma, state; the
 * toolbar's Elimina, Modifica, Attiva/Disattiva and Aggiungi act on the selected account.
 */
@Named
@ViewScoped
public class MarketingListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MarketingAccounts accounts;

    @Inject
    FacesMessages messages;

    @Inject
    MarketingResends resends;

    private List<MarketingAccountView> rows = List.of();
    private MarketingAccountView selected;

    public void load() {
        rows = accounts.list();
        if (selected != null) {
            long id = selected.id();
            selected = rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        }
    }

    public void toggleActive() {
        boolean on = !selected.active();
        if (messages.attempt(() -> accounts.setActive(selected.id(), on))) {
            messages.info(on ? "marketing.activated" : "marketing.deactivated", selected.description());
        }
        load();
    }

    /** Reinvia tutto: the full resend as a job of the console. */
    public void resend() {
        if (messages.attempt(() -> resends.start(selected.id()))) {
            messages.info("marketing.resend.started", selected.description());
        }
        load();
    }

    /** Only ActiveCampaign and Clerk.io receive data that can be sent again. */
    public boolean isCanResend() {
        return selected != null && (selected.platform() == MarketingPlatform.ACTIVECAMPAIGN
                || selected.platform() == MarketingPlatform.CLERK);
    }

    public void delete() {
        String name = selected.description();
        if (messages.attempt(() -> accounts.delete(selected.id()))) {
            messages.info("marketing.deleted", name);
            selected = null;
        }
        load();
    }

    public List<MarketingAccountView> getRows() {
        return rows;
    }

    public MarketingAccountView getSelected() {
        return selected;
    }

    public void setSelected(MarketingAccountView selected) {
        this.selected = selected;
    }
}

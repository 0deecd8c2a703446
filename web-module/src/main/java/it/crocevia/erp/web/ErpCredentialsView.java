package it.crocevia.erp.web;

import it.crocevia.console.CurrentUser;
import it.crocevia.console.FacesMessages;
import it.crocevia.erp.boundary.ErpCredentialView;
import it.crocevia.erp.boundary.ErpCredentials;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Gestionale (ERP)": the keys the ERP signs in with. An administrator creates one (its key is
 * shown this once, to be copied into the ERP) and revokes the ones no longer in use.
 */
@Named
@ViewScoped
public class ErpCredentialsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ErpCredentials credentials;

    @Inject
    FacesMessages messages;

    @Inject
    CurrentUser currentUser;

    private List<ErpCredentialView> rows = List.of();
    private String name;
    private String newKey;

    public void load() {
        if (currentUser.isAdmin()) {
            rows = credentials.list();
        }
    }

    public void create() {
        messages.attempt(() -> {
            var created = credentials.create(name);
            newKey = created.key();
            messages.info("erp.credential.created", created.credential().name());
            name = null;
        });
        load();
    }

    public void revoke(ErpCredentialView credential) {
        messages.attempt(() -> {
            credentials.revoke(credential.id());
            messages.info("erp.credential.revoked", credential.name());
        });
        newKey = null;
        load();
    }

    public List<ErpCredentialView> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The key just created, shown once. */
    public String getNewKey() {
        return newKey;
    }
}

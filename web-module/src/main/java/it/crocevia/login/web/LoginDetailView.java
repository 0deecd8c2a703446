package it.crocevia.login.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.login.boundary.CustomerLogins;
import it.crocevia.login.boundary.LoginDetail;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Dettaglio of a login: its data, the records it serves, its history; reset of the password
 * (typed twice, to be changed at the next sign-in), deactivation and activation.
 */
@Named
@ViewScoped
public class LoginDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerLogins logins;

    @Inject
    FacesMessages messages;

    private Long id;
    private LoginDetail detail;
    private String password;
    private String confirmation;

    public String load() {
        try {
            detail = logins.detail(id == null ? -1 : id);
            return null;
        } catch (NotFoundException e) {
            messages.error("logins.notFound");
            messages.keepForRedirect();
            return "list?faces-redirect=true";
        }
    }

    public void resetPassword() {
        try {
            logins.resetPassword(id, password, confirmation);
            messages.info("logins.reset.done");
            load();
        } catch (InvalidInputException e) {
            messages.violations(e, "reset");
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public void deactivate() {
        if (messages.attempt(() -> logins.deactivate(id))) {
            messages.info("logins.deactivated");
        }
        load();
    }

    public void activate() {
        if (messages.attempt(() -> logins.activate(id))) {
            messages.info("logins.activated");
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LoginDetail getDetail() {
        return detail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

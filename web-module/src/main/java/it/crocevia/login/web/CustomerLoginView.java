package it.crocevia.login.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.login.boundary.CustomerLogins;
import it.crocevia.login.boundary.LoginRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The login part of a customer record: Scorciatoie → Reset Password (a recovery link by e-mail),
 * Modifica → Account with the record's login and Dissocia Utente, or a login given to a record
 * that has none.
 */
@Named
@ViewScoped
public class CustomerLoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerLogins logins;

    @Inject
    FacesMessages messages;

    private long customerId;
    private LoginRow login;
    private String email;

    public void load(long customer) {
        this.customerId = customer;
        this.login = logins.ofCustomer(customer).orElse(null);
    }

    public void sendRecoveryLink() {
        if (messages.attempt(() -> logins.sendRecoveryLink(customerId))) {
            messages.info("logins.recoverySent", login.email());
        }
    }

    public void unlink() {
        if (messages.attempt(() -> logins.unlink(customerId))) {
            messages.info("logins.unlinked");
        }
        load(customerId);
    }

    public void link() {
        if (messages.attempt(() -> logins.link(customerId, email))) {
            messages.info("logins.linked");
            email = null;
        }
        load(customerId);
    }

    public LoginRow getLogin() {
        return login;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

package it.crocevia.login.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.login.boundary.CustomerPortal;
import it.crocevia.login.boundary.ResetOutcome;
import it.crocevia.platform.boundary.InvalidInputException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a recovery link opens: if the link is unknown, expired (one hour) or used, it says the
 * address is not valid and offers to ask again; otherwise it takes the new password twice.
 */
@Named
@ViewScoped
public class PortalResetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerPortal portal;

    @Inject
    FacesMessages messages;

    private String token;
    private boolean linkValid;
    private boolean done;
    private String password;
    private String confirmation;

    public void load() {
        linkValid = portal.linkValid(token);
    }

    public void reset() {
        try {
            if (portal.resetPassword(token, password, confirmation) == ResetOutcome.INVALID_LINK) {
                linkValid = false;
            } else {
                done = true;
                token = null;
            }
        } catch (InvalidInputException e) {
            messages.violations(e, "reset");
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isLinkValid() {
        return linkValid;
    }

    public boolean isDone() {
        return done;
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

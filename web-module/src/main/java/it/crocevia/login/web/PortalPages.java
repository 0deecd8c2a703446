package it.crocevia.login.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.console.LocaleSelector;
import it.crocevia.login.boundary.CustomerPortal;
import it.crocevia.login.boundary.PortalSession;
import it.crocevia.login.boundary.SignIn;
import it.crocevia.login.boundary.ThrottledException;
import it.crocevia.platform.boundary.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The customer portal's pages: sign-in, "Password dimenticata?", the password change, the
 * signed-in home (the page a recovery link opens is {@link PortalResetPage}). Request scoped: nothing of a customer's password
 * outlives the request that carried it.
 */
@Named
@RequestScoped
public class PortalPages {

    @Inject
    CustomerPortal portal;

    @Inject
    PortalSessions sessions;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    @Inject
    HttpServletRequest request;

    private String email;
    private String password;
    private String confirmation;
    private String current;
    private boolean recoveryRequested;

    public String signIn() {
        SignIn result = portal.signIn(email, password, request.getRemoteAddr(), locale.getLanguage());
        password = null;
        switch (result.outcome()) {
            case SIGNED_IN -> {
                sessions.open(request, result);
                return result.mustChange() ? "/portal/change?faces-redirect=true" : "/portal/home?faces-redirect=true";
            }
            case THROTTLED -> messages.error("portal.signIn.throttled");
            default -> messages.error("portal.signIn.refused");
        }
        return null;
    }

    public void requestRecovery() {
        try {
            portal.requestRecovery(email, request.getRemoteAddr(), locale.getLanguage());
            recoveryRequested = true;
        } catch (ThrottledException e) {
            messages.error("portal.throttled");
        }
    }

    public String changePassword() {
        var session = getSession();
        if (session == null) {
            return "/portal/login?faces-redirect=true";
        }
        try {
            int epoch = portal.changePassword(session.loginId(), session.epoch(), current, password, confirmation);
            sessions.renew(request, session.loginId(), epoch);
            messages.info("portal.change.done");
            messages.keepForRedirect();
            return "/portal/home?faces-redirect=true";
        } catch (InvalidInputException e) {
            messages.violations(e, "change");
            return null;
        } finally {
            current = null;
            password = null;
            confirmation = null;
        }
    }

    public String signOut() {
        sessions.close(request);
        return "/portal/login?faces-redirect=true";
    }

    public PortalSession getSession() {
        return sessions.current(request).orElse(null);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public boolean isRecoveryRequested() {
        return recoveryRequested;
    }

}

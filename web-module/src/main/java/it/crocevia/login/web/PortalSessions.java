package it.crocevia.login.web;

import it.crocevia.login.boundary.CustomerPortal;
import it.crocevia.login.boundary.PortalSession;
import it.crocevia.login.boundary.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The customer portal's sessions, shared by its pages and its JSON API. A sign-in renews the
 * session id (no fixation); every request re-checks the login (PortalSessionFilter), so a
 * deactivation or a password change ends every other session at its next request.
 */
@ApplicationScoped
public class PortalSessions {

    static final String LOGIN = "crocevia.portal.login";
    static final String CURRENT = "crocevia.portal.session";

    @Inject
    CustomerPortal portal;

    /** Opens the session of a successful sign-in, under a new session id. */
    public void open(HttpServletRequest request, SignIn signIn) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(LOGIN, new PortalLogin(signIn.loginId(), signIn.epoch()));
    }

    /** After the customer changed the password here: this session goes on, the others have ended. */
    public void renew(HttpServletRequest request, long loginId, int epoch) {
        request.changeSessionId();
        request.getSession().setAttribute(LOGIN, new PortalLogin(loginId, epoch));
        request.setAttribute(CURRENT, portal.session(loginId, epoch).orElse(null));
    }

    /** The session of this request, checked by the filter; empty when no one is signed in. */
    public Optional<PortalSession> current(HttpServletRequest request) {
        return Optional.ofNullable((PortalSession) request.getAttribute(CURRENT));
    }

    /** Checks the sign-in kept in the HTTP session; one that is no longer valid ends the HTTP session. */
    Optional<PortalSession> check(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(LOGIN) instanceof PortalLogin login)) {
            return Optional.empty();
        }
        var current = portal.session(login.loginId(), login.epoch());
        if (current.isEmpty()) {
            session.invalidate();
        } else {
            request.setAttribute(CURRENT, current.get());
        }
        return current;
    }

    public void close(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.removeAttribute(CURRENT);
    }
}

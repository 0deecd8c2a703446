package it.crocevia.login.control;

import it.crocevia.login.entity.CustomerLogin;
import it.crocevia.login.entity.LoginEvent;
import it.crocevia.platform.boundary.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * A customer's "Password dimenticata?", carried out after the answer has gone: the page answers
 * at once and the same way whether or not the e-mail has a login, and only here, off the
 * request's thread, is the login looked up and the link sent. At most {@value #PER_EMAIL} links
 * per e-mail per hour leave; further requests are dropped without a word.
 */
@Stateless
@PermitAll
public class RecoveryRequests {

    static final int PER_EMAIL = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Throttle throttle;

    @Inject
    LoginMails mails;

    @Inject
    TimeSource time;

    @Asynchronous
    public void process(String email, String language) {
        if (!throttle.allow("recover:" + email, PER_EMAIL, Duration.ofHours(1))) {
            return;
        }
        var login = em.createNamedQuery(CustomerLogin.FIND_BY_EMAIL, CustomerLogin.class).setParameter("email", email)
                .getResultStream().findFirst().filter(CustomerLogin::isActive);
        login.ifPresent(l -> {
            mails.sendRecoveryLink(l, language);
            em.persist(new LoginEvent(l.getId(), time.nowUtc(), "RESET_LINK_REQUESTED", "customer", language));
        });
    }
}

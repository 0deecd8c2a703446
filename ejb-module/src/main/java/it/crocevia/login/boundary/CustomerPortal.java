package it.crocevia.login.boundary;

import it.crocevia.customer.boundary.Customers;
import it.crocevia.login.control.LoginMails;
import it.crocevia.login.control.PasswordHashing;
import it.crocevia.login.control.PasswordPolicy;
import it.crocevia.login.control.Passwords;
import it.crocevia.login.control.RecoveryRequests;
import it.crocevia.login.control.ResetLinks;
import it.crocevia.login.control.Throttle;
import it.crocevia.login.entity.CustomerLogin;
import it.crocevia.login.entity.LoginEvent;
import it.crocevia.login.entity.ResetToken;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.TimeSource;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer's side of the logins (the public portal, no SSO): sign-in, the forgotten password
 * with its one-hour single-use link, the change forced after an operator's reset, and the check
 * that a portal session is still valid (its login active, with a record, and not ended since).
 *
 * <p>Unauthenticated doors are rate limited per e-mail and per client address, and answer the
 * same way, in the same time, whether or not an e-mail has a login (OWASP Forgot Password and
 * Authentication cheat sheets).
 */
@Stateless
@PermitAll
public class CustomerPortal {

    static final int SIGN_IN_FAILURES_PER_EMAIL = 10;
    static final int SIGN_INS_PER_ADDRESS = 60;
    static final int RECOVERIES_PER_ADDRESS = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String CUSTOMER = "customer";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Throttle throttle;

    @Inject
    RecoveryRequests recoveries;

    @Inject
    LoginMails mails;

    @Inject
    Customers customers;

    @Inject
    TimeSource time;

    /** Checks e-mail and password. The session id must be renewed by the caller when it succeeds. */
    public SignIn signIn(String email, String password, String clientAddress, String language) {
        String address = normal(email);
        if (!throttle.allow("signin-ip:" + clientAddress, SIGN_INS_PER_ADDRESS, WINDOW)) {
            return SignIn.throttled();
        }
        char[] typed = password == null ? new char[0] : password.toCharArray();
        PasswordHashing hashing = passwords.hashing();
        var login = find(address);
        if (login.isEmpty() || login.get().getPasswordHash() == null) {
            hashing.matchNothing(typed);
            return SignIn.refused();
        }
        if (!throttle.allow("signin-fail:" + address, SIGN_IN_FAILURES_PER_EMAIL, WINDOW)) {
            return SignIn.throttled();
        }
        var l = login.get();
        if (!hashing.matches(typed, l.getPasswordHash()) || !l.isActive() || !hasRecords(l.getId())) {
            return SignIn.refused();
        }
        throttle.clear("signin-fail:" + address);
        if (hashing.outdated(l.getPasswordHash())) {
            l.rehash(hashing.hash(typed));
        }
        l.signedIn(language(language), time.nowUtc());
        return new SignIn(SignIn.Outcome.SIGNED_IN, l.getId(), l.getSessionEpoch(), l.isMustChange());
    }

    /** The session of {@code loginId} opened at {@code epoch}, if it is still valid. */
    public Optional<PortalSession> session(long loginId, int epoch) {
        var login = em.find(CustomerLogin.class, loginId);
        if (login == null || !login.isActive() || login.getSessionEpoch() != epoch) {
            return Optional.empty();
        }
        var records = CustomerLogins.records(em, customers, loginId);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        String name = ((login.getFirstName() == null ? "" : login.getFirstName()) + " "
                + (login.getLastName() == null ? "" : login.getLastName())).strip();
        return Optional.of(new PortalSession(loginId, epoch, login.getEmail(), name.isEmpty() ? login.getEmail() : name,
                login.isMustChange(), records));
    }

    /**
     * Password dimenticata?: answers at once and alike for every e-mail; the link, if the e-mail
     * has an active login, leaves in the background.
     *
     * @throws ThrottledException when this client address asked too often
     */
    public void requestRecovery(String email, String clientAddress, String language) {
        if (!throttle.allow("recover-ip:" + clientAddress, RECOVERIES_PER_ADDRESS, WINDOW)) {
            throw new ThrottledException();
        }
        String address = normal(email);
        if (!address.isEmpty() && address.length() <= 255) {
            recoveries.process(address, language(language));
        }
    }

    /** Whether a recovery link still works (the page says so before asking for a password). */
    public boolean linkValid(String token) {
        return token(token).filter(t -> t.usableAt(time.nowUtc())).isPresent();
    }

    /**
     * Sets a new password through a recovery link: the link is spent (with any other of the
     * login's), every open session ends and the customer is told by e-mail.
     */
    public ResetOutcome resetPassword(String token, String password, String confirmation) {
        var now = time.nowUtc();
        var reset = token(token).filter(t -> t.usableAt(now));
        if (reset.isEmpty()) {
            return ResetOutcome.INVALID_LINK;
        }
        var login = em.find(CustomerLogin.class, reset.get().getLoginId(), LockModeType.PESSIMISTIC_WRITE);
        var violations = PasswordPolicy.check("password", password, confirmation, login.getEmail());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // Spent in the same statement that checks it is unspent: two uses at once cannot both pass.
        int spent = em.createNativeQuery("UPDATE login_reset_token SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .setParameter(1, now).setParameter(2, reset.get().getId()).executeUpdate();
        if (spent == 0 || !login.isActive()) {
            return ResetOutcome.INVALID_LINK;
        }
        em.createNamedQuery(ResetToken.SPEND_OTHERS).setParameter("now", now).setParameter("loginId", login.getId())
                .executeUpdate();
        login.setPassword(passwords.hashing().hash(password.toCharArray()), false, now);
        em.persist(new LoginEvent(login.getId(), now, "PASSWORD_SET_BY_LINK", CUSTOMER, null));
        mails.sendPasswordChanged(login);
        return ResetOutcome.DONE;
    }

    /**
     * The signed-in customer changes the password (required after an operator's reset). Other
     * sessions end; this one goes on with the returned epoch.
     */
    public int changePassword(long loginId, int epoch, String current, String password, String confirmation) {
        var login = em.find(CustomerLogin.class, loginId, LockModeType.PESSIMISTIC_WRITE);
        if (login == null || !login.isActive() || login.getSessionEpoch() != epoch) {
            throw new InvalidInputException(Violation.of("current", "portal.session.ended"));
        }
        var hashing = passwords.hashing();
        var violations = new ArrayList<Violation>();
        if (current == null || !hashing.matches(current.toCharArray(), login.getPasswordHash())) {
            violations.add(Violation.of("current", "login.password.wrongCurrent"));
        }
        violations.addAll(PasswordPolicy.check("password", password, confirmation, login.getEmail()));
        if (violations.isEmpty() && password.equals(current)) {
            violations.add(Violation.of("password", "login.password.sameAsBefore"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var now = time.nowUtc();
        login.setPassword(hashing.hash(password.toCharArray()), false, now);
        em.persist(new LoginEvent(loginId, now, "PASSWORD_CHANGED", CUSTOMER, null));
        mails.sendPasswordChanged(login);
        return login.getSessionEpoch();
    }

    private Optional<ResetToken> token(String token) {
        String hash = ResetLinks.hash(token);
        if (hash == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ResetToken.FIND_BY_HASH, ResetToken.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    private Optional<CustomerLogin> find(String email) {
        if (email.isEmpty() || email.length() > 255) {
            return Optional.empty();
        }
        return em.createNamedQuery(CustomerLogin.FIND_BY_EMAIL, CustomerLogin.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    private boolean hasRecords(long loginId) {
        return em.createQuery("SELECT COUNT(k) FROM LoginLink k WHERE k.loginId = :id", Long.class)
                .setParameter("id", loginId).getSingleResult() > 0;
    }

    private static String normal(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String language(String language) {
        return "en".equals(language) ? "en" : "it";
    }
}

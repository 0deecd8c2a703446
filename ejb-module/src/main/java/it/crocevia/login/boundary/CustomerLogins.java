package it.crocevia.login.boundary;

import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.customer.boundary.CustomerRow;
import it.crocevia.customer.boundary.Customers;
import it.crocevia.login.control.LoginMails;
import it.crocevia.login.control.PasswordPolicy;
import it.crocevia.login.control.Passwords;
import it.crocevia.login.control.SearchTerms;
import it.crocevia.login.entity.CustomerLogin;
import it.crocevia.login.entity.LoginEvent;
import it.crocevia.login.entity.LoginLink;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.TimeSource;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Impostazioni → Gestione Utenti → E-Commerce (seed 004), for operators: the active logins,
 * searched by the first letters of a name or of the e-mail; a login's detail with its records and
 * history; reset of the password by the operator; a recovery link sent from a customer record;
 * deactivation; Dissocia Utente. Every action is in the audit log under the operator's name.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class CustomerLogins {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Customers customers;

    @Inject
    Passwords passwords;

    @Inject
    LoginMails mails;

    @Inject
    TimeSource time;

    @Resource
    SessionContext context;

    /**
     * Active logins whose e-mail, "first last" or "last first" starts with {@code text} (all when
     * empty), in alphabetical order of what matched. One index range read that stops at the page's
     * end, and no count of all matches: {@link LoginPage#more()} says whether a next page exists.
     */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LoginPage search(String text, int first, int max) {
        int size = Math.max(1, Math.min(MAX_PAGE, max));
        String prefix = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Query query;
        if (prefix.isEmpty()) {
            query = em.createNativeQuery("SELECT " + ROW_COLUMNS + " FROM customer_login l WHERE l.active "
                    + "ORDER BY l.id DESC LIMIT ? OFFSET ?").setParameter(1, size + 1).setParameter(2, Math.max(0, first));
        } else {
            String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            // Read in the order of the terms' index and stopped at the page's end; a login matching on
            // two of its terms is listed once, at the first of them.
            query = em.createNativeQuery("SELECT STRAIGHT_JOIN " + ROW_COLUMNS + " FROM customer_login_term t "
                    + "JOIN customer_login l ON l.id = t.login_id WHERE t.term LIKE ? AND NOT EXISTS (SELECT 1 "
                    + "FROM customer_login_term o WHERE o.login_id = t.login_id AND o.term LIKE ? AND o.term < t.term) "
                    + "ORDER BY t.term, t.login_id LIMIT ? OFFSET ?").setParameter(1, like).setParameter(2, like)
                    .setParameter(3, size + 1).setParameter(4, Math.max(0, first));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        boolean more = found.size() > size;
        var rows = (more ? found.subList(0, size) : found).stream().map(CustomerLogins::row).toList();
        return new LoginPage(rows, more);
    }

    private static final String ROW_COLUMNS = "l.id, l.email, l.first_name, l.last_name, l.active, l.last_login_at";

    private static LoginRow row(Object[] r) {
        var lastLogin = r[5] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[5];
        return new LoginRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                r[4] instanceof Boolean b ? b : ((Number) r[4]).intValue() != 0, lastLogin);
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public LoginDetail detail(long id) {
        var login = find(id);
        var events = em.createNamedQuery(LoginEvent.FIND_BY_LOGIN, LoginEvent.class).setParameter("loginId", id)
                .setMaxResults(200).getResultStream()
                .map(e -> new LoginEventView(e.getOccurredAt(), e.getAction(), e.getActor(), e.getDetail())).toList();
        return new LoginDetail(row(login), login.getPasswordHash() != null, login.isMustChange(), login.getLanguage(),
                login.getCreatedAt(), records(em, customers, id), events);
    }

    /** The login a customer record signs in with, if any (Modifica → Account). */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Optional<LoginRow> ofCustomer(long customerId) {
        var link = em.find(LoginLink.class, customerId);
        return link == null ? Optional.empty() : Optional.of(row(find(link.getLoginId())));
    }

    /**
     * Gives a customer record the login with {@code email}, creating it (active, without a
     * password: the customer sets one through a recovery link) when there is none. A record has
     * at most one login.
     */
    public LoginRow link(long customerId, String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 255) {
            throw new InvalidInputException(Violation.of("email", "logins.email.invalid"));
        }
        CustomerRow record = customers.find(customerId);
        if (em.find(LoginLink.class, customerId) != null) {
            throw new InvalidInputException(Violation.of("email", "logins.link.already"));
        }
        return row(linkRecord(record, address, describe(record)));
    }

    /**
     * The ERP pushed a customer with its e-commerce login: the record gets that login (created if
     * needed) unless it has one already, which the ERP does not replace.
     */
    public void linkFromErp(long customerId, String email) {
        if (em.find(LoginLink.class, customerId) == null) {
            CustomerRow record = customers.find(customerId);
            linkRecord(record, email.strip().toLowerCase(Locale.ROOT), describe(record) + " (gestionale)");
        }
    }

    private CustomerLogin linkRecord(CustomerRow record, String address, String detail) {
        var now = time.nowUtc();
        var login = em.createNamedQuery(CustomerLogin.FIND_BY_EMAIL, CustomerLogin.class).setParameter("email", address)
                .getResultStream().findFirst().orElse(null);
        String actor = Callers.name(context);
        if (login == null) {
            login = new CustomerLogin(address, record.firstName(), record.lastName(), "it", now);
            em.persist(login);
            em.flush();
            em.persist(new LoginEvent(login.getId(), now, "CREATED", actor, null));
            SearchTerms.write(em, login.getId(), true, address, record.firstName(), record.lastName());
        }
        em.persist(new LoginLink(record.id(), login.getId(), actor, now));
        em.persist(new LoginEvent(login.getId(), now, "LINKED", actor, detail));
        audit.record("LOGIN_LINKED", "CustomerLogin", login.getId(), address + " ↔ " + detail);
        return login;
    }

    /**
     * The operator sets a new password, typed twice (Dettaglio → reset): the customer must change
     * it at the next sign-in, every open session ends and the customer is told by e-mail.
     */
    public void resetPassword(long id, String password, String confirmation) {
        var login = findForUpdate(id);
        var violations = PasswordPolicy.check("password", password, confirmation, login.getEmail());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var now = time.nowUtc();
        login.setPassword(passwords.hashing().hash(password.toCharArray()), true, now);
        em.persist(new LoginEvent(id, now, "RESET_BY_OPERATOR", Callers.name(context), null));
        audit.record("LOGIN_PASSWORD_RESET", "CustomerLogin", id, login.getEmail());
        mails.sendResetByOperator(login);
    }

    /**
     * Anagrafica → Scorciatoie → Reset Password: the customer receives an e-mail with a link to
     * choose a new password (one hour, once). No password travels by e-mail.
     */
    public void sendRecoveryLink(long customerId) {
        var link = em.find(LoginLink.class, customerId);
        if (link == null) {
            throw new InvalidInputException(Violation.of("login", "logins.none"));
        }
        var login = find(link.getLoginId());
        if (!login.isActive()) {
            throw new InvalidInputException(Violation.of("login", "logins.inactive"));
        }
        mails.sendRecoveryLink(login, login.getLanguage());
        em.persist(new LoginEvent(login.getId(), time.nowUtc(), "RESET_LINK_SENT", Callers.name(context),
                "#" + customerId));
        audit.record("LOGIN_RESET_LINK_SENT", "CustomerLogin", login.getId(), login.getEmail());
    }

    /** The login can no longer sign in, and its open sessions end at once. */
    public void deactivate(long id) {
        var login = findForUpdate(id);
        if (!login.isActive()) {
            return;
        }
        var now = time.nowUtc();
        login.deactivate(now);
        em.createNativeQuery("UPDATE login_reset_token SET used_at = ? WHERE login_id = ? AND used_at IS NULL")
                .setParameter(1, now).setParameter(2, id).executeUpdate();
        SearchTerms.write(em, id, false, login.getEmail(), login.getFirstName(), login.getLastName());
        em.persist(new LoginEvent(id, now, "DEACTIVATED", Callers.name(context), null));
        audit.record("LOGIN_DEACTIVATED", "CustomerLogin", id, login.getEmail());
    }

    public void activate(long id) {
        var login = findForUpdate(id);
        if (login.isActive()) {
            return;
        }
        var now = time.nowUtc();
        login.activate(now);
        SearchTerms.write(em, id, true, login.getEmail(), login.getFirstName(), login.getLastName());
        em.persist(new LoginEvent(id, now, "ACTIVATED", Callers.name(context), null));
        audit.record("LOGIN_ACTIVATED", "CustomerLogin", id, login.getEmail());
    }

    /**
     * Dissocia Utente: this record no longer signs in with its login; other records sharing the
     * login keep their access. When no record is left, the login's open sessions end.
     */
    public void unlink(long customerId) {
        var link = em.find(LoginLink.class, customerId);
        if (link == null) {
            throw new InvalidInputException(Violation.of("login", "logins.none"));
        }
        var login = findForUpdate(link.getLoginId());
        em.remove(link);
        em.flush();
        var now = time.nowUtc();
        long left = em.createQuery("SELECT COUNT(k) FROM LoginLink k WHERE k.loginId = :id", Long.class)
                .setParameter("id", login.getId()).getSingleResult();
        if (left == 0) {
            login.endSessions(now);
        }
        String detail = "#" + customerId;
        em.persist(new LoginEvent(login.getId(), now, "UNLINKED", Callers.name(context), detail));
        audit.record("LOGIN_UNLINKED", "CustomerLogin", login.getId(), login.getEmail() + " ↮ " + detail);
    }

    static List<LinkedRecord> records(EntityManager em, Customers customers, long loginId) {
        var links = em.createNamedQuery(LoginLink.FIND_BY_LOGIN, LoginLink.class).setParameter("loginId", loginId)
                .getResultList();
        Map<Long, CustomerRow> rows = customers.byIds(links.stream().map(LoginLink::getCustomerId).toList()).stream()
                .collect(Collectors.toMap(CustomerRow::id, Function.identity()));
        var records = new ArrayList<LinkedRecord>();
        for (var link : links) {
            var r = rows.get(link.getCustomerId());
            if (r != null) {
                records.add(new LinkedRecord(r.id(), r.name(), r.email(), r.company(), link.getLinkedAt(),
                        link.getLinkedBy()));
            }
        }
        records.sort(Comparator.comparingLong(LinkedRecord::customerId));
        return records;
    }

    private CustomerLogin find(long id) {
        var login = em.find(CustomerLogin.class, id);
        if (login == null) {
            throw new NotFoundException("CustomerLogin", id);
        }
        return login;
    }

    private CustomerLogin findForUpdate(long id) {
        var login = em.find(CustomerLogin.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (login == null) {
            throw new NotFoundException("CustomerLogin", id);
        }
        return login;
    }

    private static String describe(CustomerRow record) {
        return "#" + record.id() + " " + record.name();
    }

    static LoginRow row(CustomerLogin l) {
        return new LoginRow(l.getId(), l.getEmail(), l.getFirstName(), l.getLastName(), l.isActive(),
                l.getLastLoginAt());
    }
}

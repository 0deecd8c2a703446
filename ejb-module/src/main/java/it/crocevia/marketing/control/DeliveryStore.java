package it.crocevia.marketing.control;

import it.crocevia.marketing.entity.Delivery;
import it.crocevia.marketing.entity.MarketingAccount;
import it.crocevia.platform.boundary.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

import java.util.List;
import java.util.Optional;

/**
 * The worker's reads and writes, each in a transaction of its own, never around a call to a
 * platform: which deliveries are due, what came of each attempt, and the platforms' ids of our
 * records ({@code marketing_remote_id}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryStore {

    /** Attempts before a delivery is left FAILED for an operator. */
    static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    /** The accounts that may send now: active, with their platform's module on. */
    public List<MarketingAccount> sending() {
        return em.createQuery("SELECT a FROM MarketingAccount a WHERE a.active = TRUE AND a.platform IN "
                + "(SELECT m.code FROM LicensedModule m WHERE m.enabled = TRUE) ORDER BY a.id", MarketingAccount.class)
                .getResultList();
    }

    /** Whether the account still exists (an operator may delete it while its deliveries go out). */
    public boolean exists(long accountId) {
        return em.find(MarketingAccount.class, accountId) != null;
    }

    public List<Delivery> due(long accountId, int max) {
        return em.createNamedQuery(Delivery.DUE, Delivery.class).setParameter("pending", Delivery.Status.PENDING)
                .setParameter("now", time.nowUtc()).setParameter("accounts", List.of(accountId)).setMaxResults(max)
                .getResultList();
    }

    public void delivered(long id, String remoteId) {
        find(id).ifPresent(d -> d.delivered(remoteId, time.nowUtc()));
    }

    /** A failed attempt: retried later with a growing wait, or FAILED when it cannot help or was the last. */
    public void failed(long id, String error, boolean retryable) {
        find(id).ifPresent(d -> {
            boolean last = !retryable || d.getAttempts() + 1 >= MAX_ATTEMPTS;
            Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(20, d.getAttempts()));
            d.attemptFailed(error, last ? null : time.nowUtc().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait));
        });
    }

    /** The platform asked to wait (429 with Retry-After): not counted as an attempt. */
    public void postpone(long id, Duration wait, String why) {
        find(id).ifPresent(d -> d.postpone(time.nowUtc().plus(wait), why));
    }

    public Optional<String> remoteId(long accountId, String kind, String localId) {
        return em.createNativeQuery("SELECT remote_id FROM marketing_remote_id WHERE account_id = ? AND kind = ? "
                + "AND local_id = ?").setParameter(1, accountId).setParameter(2, kind).setParameter(3, localId)
                .getResultStream().findFirst().map(Object::toString);
    }

    public void rememberRemoteId(long accountId, String kind, String localId, String remoteId) {
        em.createNativeQuery("INSERT INTO marketing_remote_id (account_id, kind, local_id, remote_id) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE remote_id = VALUES(remote_id)").setParameter(1, accountId)
                .setParameter(2, kind).setParameter(3, localId).setParameter(4, remoteId).executeUpdate();
    }

    private Optional<Delivery> find(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

}

package it.crocevia.customer.boundary;

import it.crocevia.connector.boundary.RemoteCustomer;
import it.crocevia.customer.control.CustomerUpdater;
import it.crocevia.customer.entity.Customer;
import it.crocevia.customer.entity.CustomerChange;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Sincro Clienti" on the customer side (SPEC §1, §2): the records that came into Crocevia through
 * an account's orders are its registered customers' bindings, read here in pages by platform id,
 * and brought up to date with what the platform says now, with the same change history as the
 * order import. It never creates a record: new customers only come with their first order.
 *
 * <p>Called by the customer-resync job, which runs as no user: the job's start is what checks roles.
 * Every method joins the caller's transaction (the job's chunk), so a chunk's updates, history and
 * checkpoint are committed together.
 */
@Stateless
@PermitAll
public class CustomerRefresh {

    /** A customer of the account as the platform knows it (its id there) and our record. */
    public record Bound(String remoteId, long customerId) {
    }

    /** What the platform says now about a bound customer. */
    public record Refresh(String remoteId, long customerId, RemoteCustomer remote) {
    }

    /** A field of a record that changed (or, in a dry run, would change). */
    public record Change(long customerId, String field, String oldValue, String newValue) {
    }

    @PersistenceContext
    EntityManager em;

    /** How many customers the account's orders brought in. */
    public long countBound(long accountId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM customer_binding WHERE account_id = ?")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    /**
     * The next {@code max} bound customers after {@code afterRemoteId} ({@code null}: from the first),
     * in the order of the binding key, so a restart from a checkpoint goes on where it stopped.
     */
    public List<Bound> boundAfter(long accountId, String afterRemoteId, int max) {
        var query = em.createNativeQuery("SELECT remote_id, customer_id FROM customer_binding WHERE account_id = ?"
                + (afterRemoteId == null ? "" : " AND remote_id > ?") + " ORDER BY remote_id LIMIT ?")
                .setParameter(1, accountId);
        int next = 2;
        if (afterRemoteId != null) {
            query.setParameter(next++, afterRemoteId);
        }
        query.setParameter(next, max);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Bound((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /**
     * Brings the records up to date and returns what changed. In a dry run nothing is written:
     * the changes are only computed and returned.
     */
    public List<Change> apply(long accountId, List<Refresh> items, String source, boolean dryRun) {
        if (items.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        Map<Long, Customer> byId = em.createNamedQuery(Customer.FIND_BY_IDS, Customer.class)
                .setParameter("ids", items.stream().map(Refresh::customerId).distinct().toList()).getResultStream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        if (dryRun) {
            em.clear();
        }
        var changes = new ArrayList<Change>();
        for (Refresh item : items) {
            Customer customer = byId.get(item.customerId());
            if (customer == null) {
                continue; // deleted since the page was read: nothing to update, and never re-created
            }
            for (CustomerChange change : CustomerUpdater.apply(customer, CustomerUpdater.Values.of(item.remote()),
                    source, now)) {
                changes.add(new Change(change.getCustomerId(), change.getField(), change.getOldValue(),
                        change.getNewValue()));
                if (!dryRun) {
                    em.persist(change);
                }
            }
        }
        if (!dryRun) {
            em.createQuery("UPDATE CustomerBinding b SET b.syncedAt = :now WHERE b.key.accountId = :accountId "
                    + "AND b.key.remoteId IN :remoteIds").setParameter("now", now).setParameter("accountId", accountId)
                    .setParameter("remoteIds", items.stream().map(Refresh::remoteId).toList()).executeUpdate();
        }
        return changes;
    }
}

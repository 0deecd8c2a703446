package it.crocevia.order.boundary;

import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders the ERP pulls (SPEC §6): every imported order whose current version the ERP has not
 * acknowledged, oldest first; an order changed on the platform after the ERP acknowledged it gets
 * a new version and is pulled again.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class ErpOrders {

    /** An order for the ERP to pull, with the version to acknowledge. */
    public record Pulled(long version, OrderView order) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Orders orders;

    /** The next orders after {@code after} (by id) not acknowledged in their current version. */
    public List<Pulled> unacknowledged(long after, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, version FROM shop_order WHERE id > ? "
                + "AND (erp_acked_version IS NULL OR erp_acked_version <> version) ORDER BY id LIMIT ?")
                .setParameter(1, after).setParameter(2, max).getResultList();
        var versions = new HashMap<Long, Long>();
        rows.forEach(r -> versions.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return orders.findAll(rows.stream().map(r -> ((Number) r[0]).longValue()).toList()).stream()
                .map(o -> new Pulled(versions.get(o.id()), o)).toList();
    }

    /** Acknowledges the versions the ERP pulled; an order changed since stays to be pulled. */
    public int acknowledge(Map<Long, Long> versions) {
        if (versions.isEmpty()) {
            return 0;
        }
        var query = em.createNativeQuery("UPDATE shop_order SET erp_acked_version = version WHERE (id, version) IN ("
                + String.join(", ", Collections.nCopies(versions.size(), "(?, ?)")) + ")");
        int p = 1;
        for (var e : versions.entrySet()) {
            query.setParameter(p++, e.getKey()).setParameter(p++, e.getValue());
        }
        return query.executeUpdate();
    }
}

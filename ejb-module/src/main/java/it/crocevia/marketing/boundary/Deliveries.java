package it.crocevia.marketing.boundary;

import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.marketing.entity.Delivery;
import it.crocevia.marketing.entity.MarketingAccount;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The deliveries that kept failing (the list of failed deliveries): what, to which account, how
 * many attempts and the platform's last answer; an operator sends one again, or all of an account.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class Deliveries {

    private static final int MAX_LISTED = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<DeliveryView> failed() {
        Map<Long, String> names = em.createNamedQuery(MarketingAccount.ALL, MarketingAccount.class).getResultStream()
                .collect(Collectors.toMap(MarketingAccount::getId, MarketingAccount::getDescription));
        return em.createNamedQuery(Delivery.FAILED, Delivery.class).setParameter("failed", Delivery.Status.FAILED)
                .setMaxResults(MAX_LISTED).getResultStream()
                .map(d -> new DeliveryView(d.getId(), d.getAccountId(), names.getOrDefault(d.getAccountId(), "?"),
                        d.getKind(), d.getEventKey(), d.getStatus().name(), d.getAttempts(), d.getLastError(),
                        d.getCreatedAt(), d.getNextAttemptAt()))
                .toList();
    }

    /** Sends a failed delivery again, from its first attempt. */
    public void retry(long id) {
        var delivery = em.find(Delivery.class, id);
        if (delivery == null) {
            throw new NotFoundException("Delivery", id);
        }
        if (delivery.getStatus() == Delivery.Status.FAILED) {
            delivery.retry(time.nowUtc());
            audit.record("MARKETING_DELIVERY_RETRIED", "Delivery", id, delivery.getEventKey());
        }
    }
}

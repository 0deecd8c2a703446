package it.crocevia.audit.boundary;

import it.crocevia.audit.entity.AuditEntry;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Who did what, when, to which record. Every boundary that changes data writes here in
 * its own transaction, so a change and its audit line are stored together or not at all.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Writes one line for the current caller; must run inside the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String targetType, Object targetId, String summary) {
        em.persist(new AuditEntry(LocalDateTime.now(Clock.systemUTC()), currentActor(), action, targetType,
                targetId == null ? null : targetId.toString(), summary));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AuditRecord> latest(int first, int max) {
        return em.createNamedQuery(AuditEntry.FIND_LATEST, AuditEntry.class)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(AuditLog::toRecord).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return em.createNamedQuery(AuditEntry.COUNT_ALL, Long.class).getSingleResult();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AuditRecord> forTarget(String targetType, Object targetId) {
        return em.createNamedQuery(AuditEntry.FIND_BY_TARGET, AuditEntry.class)
                .setParameter("type", targetType).setParameter("id", targetId.toString())
                .getResultStream().map(AuditLog::toRecord).toList();
    }

    private String currentActor() {
        var principal = context.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    private static AuditRecord toRecord(AuditEntry e) {
        return new AuditRecord(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getSummary());
    }
}

package it.crocevia.account.boundary;

import it.crocevia.account.entity.StructureEntry;
import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.connector.boundary.ShopConnectors;
import it.crocevia.connector.boundary.StructureItem;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "Aggiorna Account": re-reads an account's data structure from its platform and stores it in
 * place of the previous one. The remote read happens outside any transaction; the replacement is
 * one transaction, so the stored structure is always one complete reading.
 */
@Stateless
public class AccountStructures {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShopAccounts accounts;

    @Inject
    ShopConnectors connectors;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    /** Reads and stores the structure; returns how many elements of each kind it found. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<StructureItem.Kind, Integer> refresh(long accountId) {
        var settings = accounts.orderSyncSettings(accountId);
        if (!settings.platform().isShop()) {
            throw new InvalidInputException(Violation.of("platform", "account.refresh.notAShop"));
        }
        if (!connectors.supports(settings.platform())) {
            throw new InvalidInputException(Violation.of("platform", "account.refresh.notYet"));
        }
        List<StructureItem> items = connectors.open(settings.connection()).structure();
        return context.getBusinessObject(AccountStructures.class).store(accountId, settings.description(), items);
    }

    /** Replaces the stored structure with a new reading (one transaction). */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<StructureItem.Kind, Integer> store(long accountId, String description, List<StructureItem> items) {
        var now = LocalDateTime.now(Clock.systemUTC());
        em.createNamedQuery(StructureEntry.DELETE_BY_ACCOUNT).setParameter("accountId", accountId).executeUpdate();
        var counts = new EnumMap<StructureItem.Kind, Integer>(StructureItem.Kind.class);
        for (var item : items) {
            em.persist(new StructureEntry(new StructureEntry.Key(accountId, item.kind().name(), item.remoteId()),
                    cut(item.code(), 64), cut(item.name(), 255), now));
            counts.merge(item.kind(), 1, Integer::sum);
        }
        audit.record("ACCOUNT_REFRESHED", "ShopAccount", accountId, "\"" + description + "\" structure: " + counts);
        return counts;
    }

    /** The stored structure of an account, by kind and name. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<StructureItem> stored(long accountId) {
        return em.createNamedQuery(StructureEntry.FIND_BY_ACCOUNT, StructureEntry.class)
                .setParameter("accountId", accountId).getResultStream()
                .map(e -> new StructureItem(StructureItem.Kind.valueOf(e.getKind()), e.getRemoteId(), e.getCode(),
                        e.getName()))
                .toList();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

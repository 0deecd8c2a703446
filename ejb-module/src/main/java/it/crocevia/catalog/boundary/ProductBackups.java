package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.catalog.entity.ProductBackup;
import it.crocevia.connector.boundary.RemoteProduct;
import it.crocevia.connector.boundary.ShopConnectors;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The Backup section (SPEC §1): the products' remote records kept before publishing overwrote
 * them, by backup run and product; show one, download, put one product or a whole backup back on
 * the platform, delete a backup, and forget the backups older than the account's retention.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class ProductBackups {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShopAccounts accounts;

    @Inject
    ShopConnectors connectors;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Resource
    SessionContext context;

    /** Keeps these records as part of the backup run {@code executionId} (a record already kept is kept once). */
    public void store(long accountId, long executionId, List<RemoteProduct> products) {
        LocalDateTime now = time.nowUtc();
        for (var p : products) {
            em.createNativeQuery("INSERT IGNORE INTO product_backup (account_id, execution_id, sku, remote_id, format, "
                    + "record, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?)").setParameter(1, accountId)
                    .setParameter(2, executionId).setParameter(3, p.sku()).setParameter(4, p.remoteId())
                    .setParameter(5, p.format()).setParameter(6, p.record()).setParameter(7, now).executeUpdate();
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<BackupRun> runs(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT execution_id, MIN(taken_at), COUNT(*) FROM product_backup "
                + "WHERE account_id = ? GROUP BY execution_id ORDER BY MIN(taken_at) DESC, execution_id DESC")
                .setParameter(1, accountId).setMaxResults(500).getResultList();
        return rows.stream().map(r -> new BackupRun(((Number) r[0]).longValue(), accountId, time(r[1]),
                ((Number) r[2]).longValue())).toList();
    }

    /** The products of a backup run, by SKU. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<BackupItem> products(long executionId) {
        return em.createQuery("SELECT b FROM ProductBackup b WHERE b.executionId = :run ORDER BY b.sku",
                ProductBackup.class).setParameter("run", executionId).setMaxResults(10_000).getResultStream()
                .map(b -> item(b, false)).toList();
    }


    /** One product's backup, with its whole record. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public BackupItem get(long id) {
        return item(find(id), true);
    }

    /**
     * Puts one product back on the platform as the backup has it. No transaction is held while the
     * platform answers; the audit entry is written after, in one of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void restore(long id) {
        var backup = item(find(id), true);
        connectors.publisher(accounts.orderSyncSettings(backup.accountId()).connection()).restore(backup.remote());
        context.getBusinessObject(ProductBackups.class).restored(backup);
    }

    /** The audit entry of a product put back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void restored(BackupItem backup) {
        audit.record("PRODUCT_RESTORED", "ShopAccount", backup.accountId(),
                backup.sku() + " (backup " + backup.executionId() + ")");
    }

    /**
     * The account a backup run belongs to: restoring a whole backup is the backup-restore job of
     * that account, which reads the run's products a page at a time ({@link #itemsAfter}).
     */
    public long accountOf(long executionId) {
        return em.createQuery("SELECT b.accountId FROM ProductBackup b WHERE b.executionId = :run", Long.class)
                .setParameter("run", executionId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("backup", executionId));
    }

    /** Who asked for a whole backup to be put back, in the audit log; the job records each product. */
    public void restoreStarted(long accountId, long executionId, long restoreExecution) {
        audit.record("BACKUP_RESTORED", "ShopAccount", accountId,
                "backup " + executionId + " (job " + restoreExecution + ")");
    }

    /** How many products a backup run kept. */
    public long count(long executionId) {
        return em.createQuery("SELECT COUNT(b) FROM ProductBackup b WHERE b.executionId = :run", Long.class)
                .setParameter("run", executionId).getSingleResult();
    }

    /**
     * The next {@code max} products of a backup run after the one of id {@code afterId}, in id order,
     * each with its whole record (to be put back).
     */
    public List<BackupItem> itemsAfter(long executionId, long afterId, int max) {
        return em.createQuery("SELECT b FROM ProductBackup b WHERE b.executionId = :run AND b.id > :after "
                + "ORDER BY b.id", ProductBackup.class).setParameter("run", executionId).setParameter("after", afterId)
                .setMaxResults(max).getResultStream().map(b -> item(b, true)).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public int delete(long executionId) {
        long accountId = accountOf(executionId);
        int n = em.createNativeQuery("DELETE FROM product_backup WHERE execution_id = ?").setParameter(1, executionId)
                .executeUpdate();
        audit.record("BACKUP_DELETED", "ShopAccount", accountId, n + " products (backup " + executionId + ")");
        return n;
    }

    /** Forgets the account's backups older than its retention (Backup: "giorni di conservazione"). */
    public int prune(long accountId) {
        int days = accounts.find(accountId).getBackupRetentionDays();
        return em.createNativeQuery("DELETE FROM product_backup WHERE account_id = ? AND taken_at < ?")
                .setParameter(1, accountId).setParameter(2, time.nowUtc().minusDays(Math.max(1, days))).executeUpdate();
    }

    private ProductBackup find(long id) {
        var backup = em.find(ProductBackup.class, id);
        if (backup == null) {
            throw new NotFoundException("backup", id);
        }
        return backup;
    }

    private static BackupItem item(ProductBackup b, boolean withRecord) {
        return new BackupItem(b.getId(), b.getAccountId(), b.getExecutionId(), b.getSku(), b.getRemoteId(),
                b.getFormat(), b.getTakenAt(), withRecord ? b.getRecord() : null);
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}

package it.crocevia.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One run of a sync for one account, with its counts. While it runs, {@code runningAccount}
 * holds the account id and a unique key on (kind, running_account) keeps a second run of the
 * same kind for the same account from starting.
 */
@Entity
@Table(name = "sync_run")
@NamedQuery(name = SyncRun.FIND_BY_ACCOUNT, query = "SELECT r FROM SyncRun r WHERE r.accountId = :accountId "
        + "ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(name = SyncRun.FIND_RUNNING, query = "SELECT r FROM SyncRun r WHERE r.status = :status")
@NamedQuery(name = SyncRun.FIND_LATEST_ENDED_SINCE, query = "SELECT r FROM SyncRun r WHERE r.accountId IN :accountIds "
        + "AND r.kind = :kind AND r.endedAt >= :since AND r.id = (SELECT MAX(s.id) FROM SyncRun s "
        + "WHERE s.accountId = r.accountId AND s.kind = r.kind)")
public class SyncRun {

    public static final String FIND_BY_ACCOUNT = "SyncRun.findByAccount";
    public static final String FIND_RUNNING = "SyncRun.findRunning";
    public static final String FIND_LATEST_ENDED_SINCE = "SyncRun.findLatestEndedSince";

    /** What a run syncs. */
    public enum Kind { ORDERS, CUSTOMERS }

    /** Who or what started it. */
    public enum Trigger { MANUAL, SCHEDULE, ERP }

    /** How it stands. */
    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_source", nullable = false, length = 20)
    private Trigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "running_account")
    private Long runningAccount;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    private int fetched;
    private int imported;
    private int updated;
    private int skipped;

    @Column(name = "customers_created")
    private int customersCreated;

    @Column(name = "customers_updated")
    private int customersUpdated;

    @Column(length = 1000)
    private String message;

    protected SyncRun() {
    }

    public SyncRun(long accountId, Kind kind, String startedBy, Trigger trigger, LocalDateTime startedAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.startedBy = startedBy;
        this.trigger = trigger;
        this.status = Status.RUNNING;
        this.runningAccount = accountId;
        this.startedAt = startedAt;
    }

    public void end(Status status, String message, LocalDateTime at) {
        this.status = status;
        this.runningAccount = null;
        this.endedAt = at;
        this.message = message == null || message.length() <= 1000 ? message : message.substring(0, 999) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public int getFetched() {
        return fetched;
    }

    public int getImported() {
        return imported;
    }

    public int getUpdated() {
        return updated;
    }

    public int getSkipped() {
        return skipped;
    }

    public int getCustomersCreated() {
        return customersCreated;
    }

    public int getCustomersUpdated() {
        return customersUpdated;
    }

    public String getMessage() {
        return message;
    }
}

package it.crocevia.marketing.entity;

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

/** One thing a marketing account must receive, from one event; see V8__marketing.sql. */
@Entity
@Table(name = "marketing_delivery")
@NamedQuery(name = Delivery.DUE, query = "SELECT d FROM Delivery d WHERE d.status = :pending "
        + "AND d.nextAttemptAt <= :now AND d.accountId IN :accounts ORDER BY d.nextAttemptAt, d.id")
@NamedQuery(name = Delivery.FAILED, query = "SELECT d FROM Delivery d WHERE d.status = :failed ORDER BY d.id DESC")
public class Delivery {

    public static final String DUE = "Delivery.due";
    public static final String FAILED = "Delivery.failed";

    /** Where a delivery stands. */
    public enum Status {
        PENDING, DONE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "event_key", nullable = false, length = 150)
    private String eventKey;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = 4000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "remote_id", length = 100)
    private String remoteId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    protected Delivery() {
    }

    public void delivered(String remote, LocalDateTime now) {
        this.status = Status.DONE;
        this.attempts++;
        this.remoteId = remote;
        this.deliveredAt = now;
        this.lastError = null;
    }

    /** A failed attempt: tried again at {@code next}, or FAILED when there is no next. */
    public void attemptFailed(String error, LocalDateTime next) {
        this.attempts++;
        this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (next == null) {
            this.status = Status.FAILED;
        } else {
            this.nextAttemptAt = next;
        }
    }

    /** Held back (the platform asked to wait): not an attempt. */
    public void postpone(LocalDateTime next, String why) {
        this.nextAttemptAt = next;
        this.lastError = why;
    }

    /** An operator asks for it again. */
    public void retry(LocalDateTime now) {
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getEventKey() {
        return eventKey;
    }

    public String getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getMessage() {
        return message;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getRemoteId() {
        return remoteId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }
}

package it.crocevia.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change made by someone: who, when (UTC), what, to which record. Never updated. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_LATEST, query = "SELECT e FROM AuditEntry e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEntry.FIND_BY_TARGET, query = "SELECT e FROM AuditEntry e "
        + "WHERE e.targetType = :type AND e.targetId = :id ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEntry.COUNT_ALL, query = "SELECT COUNT(e) FROM AuditEntry e")
public class AuditEntry {

    public static final String FIND_LATEST = "AuditEntry.findLatest";
    public static final String FIND_BY_TARGET = "AuditEntry.findByTarget";
    public static final String COUNT_ALL = "AuditEntry.countAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "target_type", nullable = false, length = 60)
    private String targetType;

    @Column(name = "target_id", length = 64)
    private String targetId;

    @Column(length = 1000)
    private String summary;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String actor, String action, String targetType, String targetId,
            String summary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.summary = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getSummary() {
        return summary;
    }
}

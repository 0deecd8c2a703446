package it.crocevia.audit.boundary;

import java.time.LocalDateTime;

/** An audit log line as pages and the REST API see it; {@code occurredAt} is UTC. */
public record AuditRecord(long id, LocalDateTime occurredAt, String actor, String action, String targetType,
        String targetId, String summary) implements java.io.Serializable {
}

package it.crocevia.connector.boundary;

import java.time.LocalDateTime;

/**
 * A remote record that cannot be imported, and why, in words an operator can act on.
 * {@code updatedAt} is the platform's update time when it could be read (it still moves the
 * watermark: the record is reported, not lost).
 */
public record RejectedRecord(String remoteId, String reason, LocalDateTime updatedAt) {
}

package it.crocevia.catalog.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One backup: the run that took it, when, and how many products it kept. */
public record BackupRun(long executionId, long accountId, LocalDateTime takenAt, long products)
        implements Serializable {
}

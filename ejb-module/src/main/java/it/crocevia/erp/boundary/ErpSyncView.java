package it.crocevia.erp.boundary;

import java.time.LocalDateTime;

/** One ERP sync: its mode, how it stands, its counts ({@code gone}: marked gone by a full sync). */
public record ErpSyncView(long id, String mode, String status, String startedBy, LocalDateTime startedAt,
        LocalDateTime endedAt, int received, int stored, int rejected, int gone) {
}

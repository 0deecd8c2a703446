package it.crocevia.catalog.boundary;

import it.crocevia.connector.boundary.RemoteProduct;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A product kept in a backup; {@code record} is its whole remote record (null in lists). */
public record BackupItem(long id, long accountId, long executionId, String sku, String remoteId, String format,
        LocalDateTime takenAt, String record) implements Serializable {

    /** The record to put back on the platform (an item read with its record). */
    public RemoteProduct remote() {
        return new RemoteProduct(sku, remoteId, format, record);
    }
}

package it.crocevia.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A product's whole remote record, kept before publishing overwrote it. */
@Entity
@Table(name = "product_backup")
public class ProductBackup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(name = "remote_id", length = 64)
    private String remoteId;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(nullable = false)
    private String record;

    @Column(name = "taken_at", nullable = false)
    private LocalDateTime takenAt;

    protected ProductBackup() {
    }

    public ProductBackup(long accountId, long executionId, String sku, String remoteId, String format, String record,
            LocalDateTime takenAt) {
        this.accountId = accountId;
        this.executionId = executionId;
        this.sku = sku;
        this.remoteId = remoteId;
        this.format = format;
        this.record = record;
        this.takenAt = takenAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getSku() {
        return sku;
    }

    public String getRemoteId() {
        return remoteId;
    }

    public String getFormat() {
        return format;
    }

    public String getRecord() {
        return record;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }
}

package it.crocevia.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A registered customer of a platform account ↔ our record (the connector's "binding"). */
@Entity
@Table(name = "customer_binding")
public class CustomerBinding {

    /** Account and the platform's customer id. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "account_id")
        private long accountId;

        @Column(name = "remote_id", length = 64)
        private String remoteId;

        protected Key() {
        }

        public Key(long accountId, String remoteId) {
            this.accountId = accountId;
            this.remoteId = remoteId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.accountId == accountId && Objects.equals(k.remoteId, remoteId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, remoteId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "synced_at", nullable = false)
    private LocalDateTime syncedAt;

    protected CustomerBinding() {
    }

    public CustomerBinding(Key key, long customerId, LocalDateTime syncedAt) {
        this.key = key;
        this.customerId = customerId;
        this.syncedAt = syncedAt;
    }

    public long getAccountId() {
        return key.accountId;
    }

    public LocalDateTime getSyncedAt() {
        return syncedAt;
    }

    public String getRemoteId() {
        return key.remoteId;
    }

    public long getCustomerId() {
        return customerId;
    }
}

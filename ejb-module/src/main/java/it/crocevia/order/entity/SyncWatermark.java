package it.crocevia.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Up to which platform update time (shop time) everything of a kind is stored or reported for an
 * account. It is written in the same transaction as the page that moves it, so it never gets
 * ahead of what was stored.
 */
@Entity
@Table(name = "sync_watermark")
public class SyncWatermark {

    /** Account and kind of sync. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "account_id")
        private long accountId;

        @Column(name = "kind", length = 20)
        private String kind;

        protected Key() {
        }

        public Key(long accountId, String kind) {
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.accountId == accountId && Objects.equals(k.kind, kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kind);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private LocalDateTime watermark;

    protected SyncWatermark() {
    }

    public LocalDateTime getWatermark() {
        return watermark;
    }
}

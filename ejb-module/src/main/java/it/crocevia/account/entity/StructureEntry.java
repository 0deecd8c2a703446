package it.crocevia.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One element of an account's platform data structure, as "Aggiorna Account" last read it. */
@Entity
@Table(name = "account_structure")
@NamedQuery(name = StructureEntry.FIND_BY_ACCOUNT, query = "SELECT e FROM StructureEntry e "
        + "WHERE e.key.accountId = :accountId ORDER BY e.key.kind, e.name")
@NamedQuery(name = StructureEntry.DELETE_BY_ACCOUNT, query = "DELETE FROM StructureEntry e "
        + "WHERE e.key.accountId = :accountId")
public class StructureEntry {

    public static final String FIND_BY_ACCOUNT = "StructureEntry.findByAccount";
    public static final String DELETE_BY_ACCOUNT = "StructureEntry.deleteByAccount";

    /** Account, kind and the platform's id. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "account_id")
        private long accountId;

        @Column(name = "kind", length = 30)
        private String kind;

        @Column(name = "remote_id", length = 64)
        private String remoteId;

        protected Key() {
        }

        public Key(long accountId, String kind, String remoteId) {
            this.accountId = accountId;
            this.kind = kind;
            this.remoteId = remoteId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.accountId == accountId && Objects.equals(k.kind, kind)
                    && Objects.equals(k.remoteId, remoteId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kind, remoteId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(length = 64)
    private String code;

    @Column(length = 255)
    private String name;

    @Column(name = "refreshed_at", nullable = false)
    private LocalDateTime refreshedAt;

    protected StructureEntry() {
    }

    public StructureEntry(Key key, String code, String name, LocalDateTime refreshedAt) {
        this.key = key;
        this.code = code;
        this.name = name;
        this.refreshedAt = refreshedAt;
    }

    public String getKind() {
        return key.kind;
    }

    public String getRemoteId() {
        return key.remoteId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getRefreshedAt() {
        return refreshedAt;
    }
}

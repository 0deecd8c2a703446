package it.crocevia.erp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An ERP's own credential: only the SHA-256 of its random key is kept, and its first characters. */
@Entity
@Table(name = "erp_credential")
@NamedQuery(name = ErpCredential.FIND_BY_HASH, query = "SELECT c FROM ErpCredential c WHERE c.keyHash = :hash")
@NamedQuery(name = ErpCredential.ALL, query = "SELECT c FROM ErpCredential c ORDER BY c.id DESC")
public class ErpCredential {

    public static final String FIND_BY_HASH = "ErpCredential.findByHash";
    public static final String ALL = "ErpCredential.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "key_prefix", nullable = false, length = 12)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ErpCredential() {
    }

    public ErpCredential(String name, String keyPrefix, String keyHash, String createdBy, LocalDateTime createdAt) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void used(LocalDateTime at) {
        this.lastUsedAt = at;
    }

    public void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}

package it.crocevia.login.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A password-reset link: only the SHA-256 of its random token is kept; it expires and works once. */
@Entity
@Table(name = "login_reset_token")
@NamedQuery(name = ResetToken.FIND_BY_HASH, query = "SELECT t FROM ResetToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ResetToken.SPEND_OTHERS,
        query = "UPDATE ResetToken t SET t.usedAt = :now WHERE t.loginId = :loginId AND t.usedAt IS NULL")
public class ResetToken {

    public static final String FIND_BY_HASH = "ResetToken.findByHash";
    public static final String SPEND_OTHERS = "ResetToken.spendOthers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_id", nullable = false)
    private long loginId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected ResetToken() {
    }

    public ResetToken(long loginId, String tokenHash, LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.loginId = loginId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the link still works at {@code now}: not used and not expired. */
    public boolean usableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public long getLoginId() {
        return loginId;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}

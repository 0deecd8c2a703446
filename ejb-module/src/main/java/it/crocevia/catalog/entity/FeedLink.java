package it.crocevia.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The secret link of a Google Shopping account's feed: only the SHA-256 of its random token is
 * kept, with its first characters; when Google (or anyone with the link) last read it, and how many
 * items it got and how many articles were left out.
 */
@Entity
@Table(name = "google_feed_link")
@NamedQuery(name = FeedLink.FIND_BY_HASH, query = "SELECT l FROM FeedLink l WHERE l.tokenHash = :hash")
public class FeedLink {

    public static final String FIND_BY_HASH = "FeedLink.findByHash";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 12)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "last_read_at")
    private LocalDateTime lastReadAt;

    @Column(name = "last_items")
    private Long lastItems;

    @Column(name = "last_skipped")
    private Long lastSkipped;

    protected FeedLink() {
    }

    public FeedLink(long accountId) {
        this.accountId = accountId;
    }

    /** A new token in place of the previous one, which stops working. */
    public void replace(String tokenHash, String tokenPrefix, String createdBy, LocalDateTime at) {
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.lastReadAt = null;
        this.lastItems = null;
        this.lastSkipped = null;
    }

    public void read(LocalDateTime at, long items, long skipped) {
        this.lastReadAt = at;
        this.lastItems = items;
        this.lastSkipped = skipped;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getLastReadAt() {
        return lastReadAt;
    }

    public Long getLastItems() {
        return lastItems;
    }

    public Long getLastSkipped() {
        return lastSkipped;
    }
}

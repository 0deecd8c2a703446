package it.crocevia.marketing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A marketing integration account: the platform, its identifier and encrypted secret, the
 * account's choices (JSON), and whether it is active (Attiva/Disattiva keeps the settings).
 */
@Entity
@Table(name = "marketing_account")
@NamedQuery(name = MarketingAccount.ALL, query = "SELECT a FROM MarketingAccount a ORDER BY a.description, a.id")
@NamedQuery(name = MarketingAccount.BY_PLATFORM, query = "SELECT a FROM MarketingAccount a WHERE a.platform = :platform")
public class MarketingAccount {

    public static final String ALL = "MarketingAccount.all";
    public static final String BY_PLATFORM = "MarketingAccount.byPlatform";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String description;

    @Column(nullable = false, length = 20)
    private String platform;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "account_name", length = 255)
    private String accountName;

    @Column(name = "secret_enc", length = 2000)
    private String secretEncrypted;

    @Column(nullable = false)
    private String options;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected MarketingAccount() {
    }

    public MarketingAccount(String platform, LocalDateTime now) {
        this.platform = platform;
        this.active = true;
        this.options = "{}";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(String newDescription, String newAccountName, String newOptions, LocalDateTime now) {
        this.description = newDescription;
        this.accountName = newAccountName;
        this.options = newOptions;
        this.updatedAt = now;
    }

    public void replaceSecret(String encrypted) {
        this.secretEncrypted = encrypted;
    }

    public void setActive(boolean on, LocalDateTime now) {
        this.active = on;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    public String getPlatform() {
        return platform;
    }

    public boolean isActive() {
        return active;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getSecretEncrypted() {
        return secretEncrypted;
    }

    public String getOptions() {
        return options;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}

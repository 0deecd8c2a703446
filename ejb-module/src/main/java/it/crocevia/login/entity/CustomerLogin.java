package it.crocevia.login.entity;

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
 * A customer's login to the shop's portal (e-mail and password). It may serve several customer
 * records (they share an e-mail); it is active or disabled; {@code sessionEpoch} grows whenever
 * every open session must end, and a session carrying an older epoch is no longer valid.
 */
@Entity
@Table(name = "customer_login")
@NamedQuery(name = CustomerLogin.FIND_BY_EMAIL, query = "SELECT l FROM CustomerLogin l WHERE l.email = :email")
public class CustomerLogin {

    public static final String FIND_BY_EMAIL = "CustomerLogin.findByEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 255)
    private String email;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "must_change", nullable = false)
    private boolean mustChange;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected CustomerLogin() {
    }

    public CustomerLogin(String email, String firstName, String lastName, String language, LocalDateTime now) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.language = language;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new password; open sessions end. */
    public void setPassword(String hash, boolean mustChangeAtNextLogin, LocalDateTime now) {
        this.passwordHash = hash;
        this.mustChange = mustChangeAtNextLogin;
        endSessions(now);
    }

    /** The same password re-hashed with the current parameters (sessions stay). */
    public void rehash(String hash) {
        this.passwordHash = hash;
    }

    public void deactivate(LocalDateTime now) {
        this.active = false;
        endSessions(now);
    }

    public void activate(LocalDateTime now) {
        this.active = true;
        this.updatedAt = now;
    }

    public void signedIn(String portalLanguage, LocalDateTime now) {
        this.lastLoginAt = now;
        this.language = portalLanguage;
    }

    public void rename(String first, String last, LocalDateTime now) {
        this.firstName = first;
        this.lastName = last;
        this.updatedAt = now;
    }

    /** Every open session of this login ends (the portal checks the epoch on each request). */
    public void endSessions(LocalDateTime now) {
        this.sessionEpoch++;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getLanguage() {
        return language;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChange() {
        return mustChange;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}

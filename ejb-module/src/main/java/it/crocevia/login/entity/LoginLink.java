package it.crocevia.login.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A customer record signing in with a login: one login per record, several records per login. */
@Entity
@Table(name = "customer_login_link")
@NamedQuery(name = LoginLink.FIND_BY_LOGIN, query = "SELECT k FROM LoginLink k WHERE k.loginId = :loginId ORDER BY k.customerId")
public class LoginLink {

    public static final String FIND_BY_LOGIN = "LoginLink.findByLogin";

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "login_id", nullable = false)
    private long loginId;

    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    @Column(name = "linked_by", nullable = false, length = 200)
    private String linkedBy;

    protected LoginLink() {
    }

    public LoginLink(long customerId, long loginId, String linkedBy, LocalDateTime linkedAt) {
        this.customerId = customerId;
        this.loginId = loginId;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public long getLoginId() {
        return loginId;
    }

    public LocalDateTime getLinkedAt() {
        return linkedAt;
    }

    public String getLinkedBy() {
        return linkedBy;
    }
}

package it.crocevia.login.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Something that happened to a login, and who did it (an operator, the customer, the system). */
@Entity
@Table(name = "customer_login_event")
@NamedQuery(name = LoginEvent.FIND_BY_LOGIN,
        query = "SELECT e FROM LoginEvent e WHERE e.loginId = :loginId ORDER BY e.occurredAt DESC, e.id DESC")
public class LoginEvent {

    public static final String FIND_BY_LOGIN = "LoginEvent.findByLogin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_id", nullable = false)
    private long loginId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(length = 500)
    private String detail;

    protected LoginEvent() {
    }

    public LoginEvent(long loginId, LocalDateTime occurredAt, String action, String actor, String detail) {
        this.loginId = loginId;
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor;
        this.detail = detail;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}

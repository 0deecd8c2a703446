package it.crocevia.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/** One field of a customer record changed automatically: from what, to what, and from which source. */
@Entity
@Table(name = "customer_change")
@NamedQuery(name = CustomerChange.FIND_BY_CUSTOMER, query = "SELECT c FROM CustomerChange c "
        + "WHERE c.customerId = :customerId ORDER BY c.changedAt DESC, c.id DESC")
public class CustomerChange {

    public static final String FIND_BY_CUSTOMER = "CustomerChange.findByCustomer";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "customer_change")
    @TableGenerator(name = "customer_change", table = "id_sequence", pkColumnName = "name", valueColumnName = "last_value",
            pkColumnValue = "customer_change", allocationSize = 500)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 255)
    private String oldValue;

    @Column(name = "new_value", length = 255)
    private String newValue;

    @Column(nullable = false, length = 120)
    private String source;

    protected CustomerChange() {
    }

    public CustomerChange(long customerId, LocalDateTime changedAt, String field, String oldValue, String newValue,
            String source) {
        this.customerId = customerId;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.source = source.length() > 120 ? source.substring(0, 120) : source;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getSource() {
        return source;
    }
}

package it.crocevia.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A customer record (anagrafica). Several records may share one e-mail: a guest who orders again
 * under another name becomes a new record (seed 001).
 */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.FIND_BY_EMAIL, query = "SELECT c FROM Customer c WHERE c.email = :email ORDER BY c.id")
@NamedQuery(name = Customer.FIND_BY_IDS, query = "SELECT c FROM Customer c WHERE c.id IN :ids")
public class Customer {

    public static final String FIND_BY_EMAIL = "Customer.findByEmail";
    public static final String FIND_BY_IDS = "Customer.findByIds";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "customer")
    @TableGenerator(name = "customer", table = "id_sequence", pkColumnName = "name", valueColumnName = "last_value",
            pkColumnValue = "customer", allocationSize = 500)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 255)
    private String email;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(length = 255)
    private String company;

    @Column(name = "vat_number", length = 32)
    private String vatNumber;

    @Column(name = "fiscal_code", length = 32)
    private String fiscalCode;

    @Column(length = 40)
    private String phone;

    @Column(name = "source_account_id")
    private Long sourceAccountId;

    @Column(name = "erp_code", length = 64)
    private String erpCode;

    @Column(name = "erp_gone")
    private boolean erpGone;

    @Column(name = "erp_last_sync_id")
    private Long erpLastSyncId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Customer() {
    }

    public Customer(String email, Long sourceAccountId, LocalDateTime now) {
        this.email = email;
        this.sourceAccountId = sourceAccountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    /** The ERP's code of a record it pushed, or null. */
    public String getErpCode() {
        return erpCode;
    }

    /** Pushed by the ERP in a sync: its code, present again (not gone) as of that sync. */
    public void seenByErp(String code, long syncId) {
        this.erpCode = code;
        this.erpGone = false;
        this.erpLastSyncId = syncId;
    }

    /**
     * A record as an order import reads it with plain JDBC: detached, never managed; the import
     * writes its changes back itself, checking {@link #getVersion()}.
     */
    public static Customer read(long id, long version, String email, String firstName, String lastName,
            String company, String vatNumber, String fiscalCode, String phone) {
        var c = new Customer();
        c.id = id;
        c.version = version;
        c.email = email;
        c.firstName = firstName;
        c.lastName = lastName;
        c.company = company;
        c.vatNumber = vatNumber;
        c.fiscalCode = fiscalCode;
        c.phone = phone;
        return c;
    }

    public long getVersion() {
        return version;
    }

    /** A record read with {@link #read} was written back: its row now has the next version. */
    public void versionWritten() {
        version++;
    }

    /** For records written in bulk outside JPA, with an id from {@code IdBlocks}. */
    public void assignId(long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public String getFiscalCode() {
        return fiscalCode;
    }

    public void setFiscalCode(String fiscalCode) {
        this.fiscalCode = fiscalCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getSourceAccountId() {
        return sourceAccountId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}

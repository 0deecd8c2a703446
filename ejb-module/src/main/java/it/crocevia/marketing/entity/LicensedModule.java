package it.crocevia.marketing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A licensed feature (Impostazioni → Moduli) and whether an administrator switched it on. */
@Entity
@Table(name = "licensed_module")
public class LicensedModule {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected LicensedModule() {
    }

    public void switchTo(boolean on, String by, LocalDateTime at) {
        this.enabled = on;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getCode() {
        return code;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}

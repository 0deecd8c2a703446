package it.crocevia.erp.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An ERP credential as the console lists it: never the key, only its first characters. */
public record ErpCredentialView(long id, String name, String keyPrefix, LocalDateTime createdAt, String createdBy,
        LocalDateTime lastUsedAt, LocalDateTime revokedAt) implements Serializable {
}

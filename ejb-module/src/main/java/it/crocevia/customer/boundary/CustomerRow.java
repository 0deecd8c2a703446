package it.crocevia.customer.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A customer record (anagrafica) in a list or a detail. */
public record CustomerRow(long id, String email, String firstName, String lastName, String company, String vatNumber,
        String fiscalCode, String phone, Long sourceAccountId, LocalDateTime createdAt, LocalDateTime updatedAt)
        implements Serializable {

    public String name() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}

package it.crocevia.login.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A customer record that signs in with a login. */
public record LinkedRecord(long customerId, String name, String email, String company, LocalDateTime linkedAt,
        String linkedBy) implements Serializable {
}

package it.crocevia.login.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A login in the operator's list. */
public record LoginRow(long id, String email, String firstName, String lastName, boolean active,
        LocalDateTime lastLoginAt) implements Serializable {

    public String name() {
        return ((lastName == null ? "" : lastName) + " " + (firstName == null ? "" : firstName)).strip();
    }
}

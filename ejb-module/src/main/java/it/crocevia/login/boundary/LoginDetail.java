package it.crocevia.login.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** Dettaglio: a login, the records it serves and its history. */
public record LoginDetail(LoginRow login, boolean hasPassword, boolean mustChange, String language,
        LocalDateTime createdAt, List<LinkedRecord> records, List<LoginEventView> events) implements Serializable {
}

package it.crocevia.customer.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a customer record's change history. */
public record CustomerChangeView(LocalDateTime changedAt, String field, String oldValue, String newValue,
        String source) implements Serializable {
}

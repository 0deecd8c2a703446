package it.crocevia.marketing.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A delivery to a marketing platform, as the list of failed deliveries shows it. */
public record DeliveryView(long id, long accountId, String accountDescription, String kind, String eventKey,
        String status, int attempts, String lastError, LocalDateTime createdAt, LocalDateTime nextAttemptAt)
        implements Serializable {
}

package it.crocevia.order.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the orders list is filtered by; {@code null} fields do not filter. {@code text} matches the
 * start of the order reference or of the customer's e-mail.
 */
public record OrderFilter(Long accountId, LocalDate from, LocalDate to, String state, String text)
        implements Serializable {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null);
    }
}

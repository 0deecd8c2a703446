package it.crocevia.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One row of the orders list. */
public record OrderRow(long id, long accountId, String reference, LocalDateTime orderedAt, String customerName,
        String email, boolean guest, String stateName, String currency, BigDecimal totalPaid) implements Serializable {
}

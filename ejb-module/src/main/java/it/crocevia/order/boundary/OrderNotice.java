package it.crocevia.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a notification about an order says: whose it is, how to reach them, how much. */
public record OrderNotice(long id, long accountId, long customerId, String reference, String customerName,
        String email, String phone, String currency, BigDecimal totalPaid) implements Serializable {
}

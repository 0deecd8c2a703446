package it.crocevia.connector.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order as any platform gives it, already checked by the platform's mapper: every field the
 * import needs is present and well-formed. Times are the shop's local time.
 */
public record RemoteOrder(String remoteId, String reference, RemoteCustomer customer, String stateCode,
        String stateName, String currency, BigDecimal totalPaid, BigDecimal totalProducts, BigDecimal totalShipping,
        BigDecimal totalDiscounts, BigDecimal totalTax, String payment, String carrier, RemoteAddress billing,
        RemoteAddress shipping, LocalDateTime orderedAt, LocalDateTime updatedAt, List<RemoteOrderLine> lines) {

    public RemoteOrder {
        lines = List.copyOf(lines);
    }
}

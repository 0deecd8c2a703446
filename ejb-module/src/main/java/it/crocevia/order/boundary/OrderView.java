package it.crocevia.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** An imported order with its lines and addresses, for the order detail. */
public record OrderView(long id, long accountId, String remoteId, String reference, long customerId, boolean guest,
        String email, String stateCode, String stateName, String currency, BigDecimal totalPaid,
        BigDecimal totalProducts, BigDecimal totalShipping, BigDecimal totalDiscounts, BigDecimal totalTax,
        String payment, String carrier, Address billing, Address shipping, LocalDateTime orderedAt,
        LocalDateTime remoteUpdatedAt, LocalDateTime importedAt, List<Line> lines) implements Serializable {

    /** A billing or shipping address; the fiscal fields are the billing address's. */
    public record Address(String name, String company, String vatNumber, String fiscalCode, String street,
            String postcode, String city, String region, String country, String phone) implements Serializable {
    }

    /** An order line. */
    public record Line(int lineNo, String sku, String ean, String name, BigDecimal quantity, BigDecimal unitPriceExcl,
            BigDecimal unitPriceIncl, BigDecimal totalIncl) implements Serializable {
    }

    public OrderView {
        lines = List.copyOf(lines);
    }
}

package it.crocevia.connector.boundary;

import java.math.BigDecimal;

/** One line of a remote order. */
public record RemoteOrderLine(String sku, String ean, String name, BigDecimal quantity, BigDecimal unitPriceExcl,
        BigDecimal unitPriceIncl, BigDecimal totalIncl) {
}

package it.crocevia.connector.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as Crocevia publishes it, from an ERP article and the account's Articoli settings.
 *
 * @param price the price of the account's price list, tax excluded
 * @param quantity the stock of the account's warehouse (0 when it has none)
 * @param languageCode the account's language ({@code it}, {@code en}) for name and description
 */
public record ProductData(String sku, String name, String description, BigDecimal price, BigDecimal vatRate,
        String gtin, String brand, BigDecimal weightKg, List<String> categories, List<String> images,
        BigDecimal quantity, boolean active, String languageCode) {

    public ProductData {
        categories = categories == null ? List.of() : List.copyOf(categories);
        images = images == null ? List.of() : List.copyOf(images);
    }
}

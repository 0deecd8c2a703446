package it.crocevia.connector.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as Crocevia publishes it, from an ERP article and the account's Articoli settings.
 *
 * @param price the price of the account's price list, tax excluded
 * @param vatRate the VAT rate in percent (22, 10, 4...), which picks PrestaShop's tax rule group
 * @param brand the brand, set on the platform when it has (or, on PrestaShop, can have) it
 * @param categories the ERP's categories of the article, as the ERP names them
 * @param categoryIds the platform's ids of the categories the product goes in, the first its main
 *     one, already mapped from {@code categories} by the caller; empty puts a new product in the
 *     platform's default category (PrestaShop's Home, Magento's Default Category) and leaves an
 *     existing one where the shop placed it
 * @param images the URLs of the product's images, the first the main one; they are uploaded only
 *     to a product that has no image on the platform yet
 * @param quantity the stock of the account's warehouse (0 when it has none)
 * @param languageCode the account's language ({@code it}, {@code en}) for name and description
 */
public record ProductData(String sku, String name, String description, BigDecimal price, BigDecimal vatRate,
        String gtin, String brand, BigDecimal weightKg, List<String> categories, List<String> categoryIds,
        List<String> images, BigDecimal quantity, boolean active, String languageCode) {

    public ProductData {
        categories = categories == null ? List.of() : List.copyOf(categories);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        images = images == null ? List.of() : List.copyOf(images);
    }
}

package it.crocevia.catalog.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * An article as an account publishes it: the ERP's data with the price of the account's price list
 * and the stock of its warehouse ({@code null} when the account names no warehouse). The price is
 * the list's, without VAT; {@code vatRate} is the ERP's rate in percent ({@code null}: not given).
 */
public record CatalogArticle(String code, String descriptionIt, String descriptionEn, BigDecimal price, String gtin,
        String brand, BigDecimal weightKg, List<String> categories, List<String> images, BigDecimal quantity,
        BigDecimal vatRate) implements Serializable {

    public CatalogArticle {
        categories = List.copyOf(categories);
        images = List.copyOf(images);
    }

    /** An article whose VAT rate does not matter to the reader (the CSV exports). */
    public CatalogArticle(String code, String descriptionIt, String descriptionEn, BigDecimal price, String gtin,
            String brand, BigDecimal weightKg, List<String> categories, List<String> images, BigDecimal quantity) {
        this(code, descriptionIt, descriptionEn, price, gtin, brand, weightKg, categories, images, quantity, null);
    }

    /** The same article in other categories (the platform's, after the account's category mapping). */
    public CatalogArticle withCategories(List<String> otherCategories) {
        return new CatalogArticle(code, descriptionIt, descriptionEn, price, gtin, brand, weightKg, otherCategories,
                images, quantity, vatRate);
    }

    /**
     * The description in the account's language ({@code en…}: English, anything else Italian, the
     * ERP's own language); the other one when that is missing, the code when both are.
     */
    public String description(String languageCode) {
        boolean english = languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("en");
        String wanted = english ? descriptionEn : descriptionIt;
        String other = english ? descriptionIt : descriptionEn;
        return wanted != null ? wanted : other != null ? other : code;
    }
}

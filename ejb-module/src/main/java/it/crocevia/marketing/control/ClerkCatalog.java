package it.crocevia.marketing.control;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.catalog.boundary.Catalog;
import it.crocevia.catalog.boundary.CatalogScope;
import it.crocevia.catalog.boundary.CatalogArticle;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A shop account's published catalog to Clerk.io, after a publishing run: the articles of its price
 * list as products (id = the article code, price with VAT as the shop shows it, stock of its
 * warehouse, categories and images), 500 per call, then the categories they name. Clerk upserts by
 * id, so sending the catalog again replaces it rather than doubling it.
 */
final class ClerkCatalog {

    private static final int PAGE = 500;

    private ClerkCatalog() {
    }

    /** @return how many products were sent */
    static String send(ClerkClient clerk, AccountDetails shop, Catalog catalog) throws DeliveryException {
        if (shop.getPriceList() == null) {
            throw new DeliveryException("the shop account \"" + shop.getDescription() + "\" has no price list", 0,
                    false, null);
        }
        Map<String, String> categories = new TreeMap<>();
        String after = null;
        long sent = 0;
        while (true) {
            var page = catalog.articlesAfter(after, PAGE, CatalogScope.of(shop));
            if (page.isEmpty()) {
                break;
            }
            JsonArrayBuilder products = Json.createArrayBuilder();
            for (CatalogArticle a : page) {
                var categoryIds = Json.createArrayBuilder();
                a.categories().forEach(c -> {
                    categoryIds.add(categoryId(c));
                    categories.putIfAbsent(categoryId(c), c);
                });
                var product = Json.createObjectBuilder().add("id", a.code()).add("sku", a.code())
                        .add("name", a.description(shop.getLanguageCode()).lines().findFirst().orElse(a.code()))
                        .add("description", a.description(shop.getLanguageCode()))
                        .add("price", withVat(a.price(), a.vatRate())).add("list_price", withVat(a.price(), a.vatRate()))
                        .add("categories", categoryIds)
                        .add("stock", a.quantity() == null ? 0 : a.quantity().setScale(0, RoundingMode.DOWN).intValue());
                if (!a.images().isEmpty()) {
                    product.add("image", a.images().get(0));
                }
                if (a.brand() != null) {
                    product.add("brand", a.brand());
                }
                products.add(product);
            }
            clerk.post("products", products.build());
            sent += page.size();
            after = page.get(page.size() - 1).code();
            if (page.size() < PAGE) {
                break;
            }
        }
        if (!categories.isEmpty()) {
            var list = Json.createArrayBuilder();
            categories.forEach((id, name) -> list.add(Json.createObjectBuilder().add("id", id).add("name", name)));
            clerk.post("categories", list.build());
        }
        return sent + " products";
    }

    /** A category's id at Clerk: its name reduced to lower-case letters, digits and dashes. */
    static String categoryId(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return id.isEmpty() ? "category" : id;
    }

    private static BigDecimal withVat(BigDecimal price, BigDecimal vatRate) {
        BigDecimal gross = vatRate == null ? price
                : price.multiply(BigDecimal.ONE.add(vatRate.movePointLeft(2)));
        return gross.setScale(2, RoundingMode.HALF_UP);
    }
}

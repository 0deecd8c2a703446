package it.crocevia.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * The read side of the articles the ERP pushed (SPEC §1 "Articoli", §6): what an account publishes
 * is every article that is not gone and has a price in the account's price list, with the stock of
 * its warehouse. Read in code order a page at a time (keyset paging on the unique code), so a
 * reader's memory never grows with the catalog and a restart goes on after the last code it had.
 *
 * <p>Called by the catalog-csv-export job, which runs as no user: the job's start is what checks
 * roles. Every method joins the caller's transaction (the job's chunk).
 */
@Stateless
@PermitAll
public class Catalog {

    /** Looked up once: {@code Json.createReader} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String PUBLISHED = "FROM article a JOIN article_price p ON p.article_id = a.id "
            + "AND p.price_list = ? ";

    @PersistenceContext
    EntityManager em;

    /** How many articles a price list publishes. */
    public long count(String priceList) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) " + PUBLISHED + "WHERE a.gone = FALSE")
                .setParameter(1, priceList).getSingleResult()).longValue();
    }

    /**
     * The next {@code max} published articles after {@code afterCode} ({@code null}: from the first),
     * in code order, with the price of {@code priceList} and the stock of {@code warehouse}
     * ({@code null}: no stock; an article the warehouse does not stock has 0).
     */
    public List<CatalogArticle> articlesAfter(String afterCode, int max, String priceList, String warehouse) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.code, a.description_it, a.description_en, p.price, "
                + "a.gtin, a.brand, a.weight_kg, a.categories, a.images, COALESCE(s.quantity, 0), a.vat_rate " + PUBLISHED
                + "LEFT JOIN article_stock s ON s.article_code = a.code AND s.warehouse = ? AND s.gone = FALSE "
                + "WHERE a.gone = FALSE AND a.code > ? ORDER BY a.code LIMIT ?")
                .setParameter(1, priceList).setParameter(2, warehouse)
                .setParameter(3, afterCode == null ? "" : afterCode).setParameter(4, max).getResultList();
        return rows.stream().map(r -> new CatalogArticle((String) r[0], (String) r[1], (String) r[2],
                (BigDecimal) r[3], (String) r[4], (String) r[5], (BigDecimal) r[6], strings((String) r[7]),
                strings((String) r[8]), warehouse == null ? null : (BigDecimal) r[9], (BigDecimal) r[10])).toList();
    }

    /** A JSON array of strings as the ERP store keeps categories and images. */
    private static List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}

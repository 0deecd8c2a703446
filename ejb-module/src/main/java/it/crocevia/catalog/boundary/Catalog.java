package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.ArticleSelection;
import it.crocevia.platform.boundary.JsonStrings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The read side of the articles the ERP pushed (SPEC §1 "Articoli", §6): what an account publishes
 * is every article that is not gone and has a price in the account's price list, with the stock of
 * its warehouse, narrowed by its selection (some ERP categories, or an ERP flag). Read in code order
 * a page at a time (keyset paging on the unique code), so a reader's memory never grows with the
 * catalog and a restart goes on after the last code it had.
 *
 * <p>Called by the catalog-csv-export job, which runs as no user: the job's start is what checks
 * roles. Every method joins the caller's transaction (the job's chunk).
 */
@Stateless
@PermitAll
public class Catalog {

    private static final String PUBLISHED = "FROM article a JOIN article_price p ON p.article_id = a.id "
            + "AND p.price_list = ? ";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CroceviaDS")
    DataSource dataSource;

    /** How many articles an account's scope publishes. */
    public long count(CatalogScope scope) {
        var query = em.createNativeQuery("SELECT COUNT(*) " + PUBLISHED + "WHERE a.gone = FALSE" + selected(scope))
                .setParameter(1, scope.priceList());
        if (scope.selection() != ArticleSelection.ALL) {
            query.setParameter(2, selectionParameter(scope));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The next {@code max} articles of the scope after {@code afterCode} ({@code null}: from the first),
     * in code order, with the price of its price list and the stock of its warehouse ({@code null}: no
     * stock; an article the warehouse does not stock has 0).
     */
    public List<CatalogArticle> articlesAfter(String afterCode, int max, CatalogScope scope) {
        String sql = "SELECT a.code, a.description_it, a.description_en, p.price, a.gtin, a.brand, a.weight_kg, "
                + "a.categories, a.images, COALESCE(s.quantity, 0), a.vat_rate " + PUBLISHED
                + "LEFT JOIN article_stock s ON s.article_code = a.code AND s.warehouse = ? AND s.gone = FALSE "
                + "WHERE a.gone = FALSE AND a.code > ?" + selected(scope) + " ORDER BY a.code LIMIT ?";
        // plain JDBC: this is the export's inner loop, and a JPA native query's row handling costs
        // as much as the rest of the export together
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            s.setString(p++, scope.priceList());
            s.setString(p++, scope.warehouse());
            s.setString(p++, afterCode == null ? "" : afterCode);
            if (scope.selection() != ArticleSelection.ALL) {
                s.setString(p++, selectionParameter(scope));
            }
            s.setInt(p, max);
            var articles = new ArrayList<CatalogArticle>(Math.min(max, 10_000));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    articles.add(new CatalogArticle(r.getString(1), r.getString(2), r.getString(3),
                            r.getBigDecimal(4), r.getString(5), r.getString(6), r.getBigDecimal(7),
                            JsonStrings.parse(r.getString(8)), JsonStrings.parse(r.getString(9)),
                            scope.warehouse() == null ? null : r.getBigDecimal(10), r.getBigDecimal(11)));
                }
            }
            return articles;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog after " + afterCode + ": " + e.getMessage(), e);
        }
    }

    /** The ERP categories of the articles there are, for choosing and mapping them in Articoli. */
    public List<String> categories() {
        return terms("CATEGORY");
    }

    /** The ERP flags of the articles there are, for choosing one in Articoli. */
    public List<String> flags() {
        return terms("FLAG");
    }

    /** The terms the ERP sync keeps in {@code article_term}: a small table, not a pass over the articles. */
    @SuppressWarnings("unchecked")
    private List<String> terms(String kind) {
        return em.createNativeQuery("SELECT term FROM article_term WHERE kind = ? ORDER BY term")
                .setParameter(1, kind).getResultList();
    }

    /**
     * The condition of a selection: an article in any of the chosen categories, or carrying the flag.
     * A selection with nothing chosen publishes nothing rather than everything.
     */
    private static String selected(CatalogScope scope) {
        return switch (scope.selection()) {
            case ALL -> "";
            case CATEGORIES -> " AND JSON_OVERLAPS(a.categories, ?)";
            case FLAG -> " AND JSON_OVERLAPS(a.flags, ?)";
        };
    }

    private static String selectionParameter(CatalogScope scope) {
        return scope.values().isEmpty() ? "[]" : JsonStrings.json(scope.values());
    }
}

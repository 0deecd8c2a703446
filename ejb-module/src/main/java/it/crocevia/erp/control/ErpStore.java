package it.crocevia.erp.control;

import it.crocevia.customer.boundary.ErpCustomers;
import it.crocevia.login.boundary.CustomerLogins;
import it.crocevia.erp.boundary.PushKind;
import it.crocevia.erp.boundary.PushReport;
import it.crocevia.erp.entity.ErpSync;
import it.crocevia.platform.boundary.InList;
import it.crocevia.platform.boundary.JsonStrings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Writes what the ERP pushes, one batch per transaction: articles and stock with multi-row
 * {@code INSERT … ON DUPLICATE KEY UPDATE} (the code is the key), customers through the customer
 * feature (with their change history). Every stored row carries the sync that last saw it, which
 * is how a full sync tells what is gone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ErpStore {

    private static final String ARTICLE_COLUMNS = "code, description_it, description_en, vat_rate, gtin, brand, "
            + "weight_kg, categories, images, flags, gone, last_sync_id, updated_at";

    /** The longest category or flag Articoli offers (the category mapping's column). */
    private static final int TERM_MAX = 200;

    @Resource(lookup = "java:jboss/datasources/CroceviaDS")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    ErpCustomers customers;

    @Inject
    CustomerLogins logins;

    /** Stores a batch of articles with their prices (a pushed article's prices replace its old ones). */
    public void articles(long syncId, List<ErpItems.Article> batch) throws SQLException {
        Map<String, ErpItems.Article> byCode = new LinkedHashMap<>();
        batch.forEach(a -> byCode.put(a.code(), a)); // the same code twice in a batch: the later wins
        LocalDateTime now = now();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO article (" + ARTICLE_COLUMNS + ") VALUES "
                    + rows(byCode.size(), 13) + " ON DUPLICATE KEY UPDATE description_it = VALUES(description_it), "
                    + "description_en = VALUES(description_en), vat_rate = VALUES(vat_rate), gtin = VALUES(gtin), "
                    + "brand = VALUES(brand), weight_kg = VALUES(weight_kg), categories = VALUES(categories), "
                    + "images = VALUES(images), flags = VALUES(flags), gone = FALSE, last_sync_id = VALUES(last_sync_id), "
                    + "updated_at = VALUES(updated_at)")) {
                int p = 1;
                for (var a : byCode.values()) {
                    s.setString(p++, a.code());
                    s.setString(p++, a.descriptionIt());
                    s.setString(p++, a.descriptionEn());
                    s.setBigDecimal(p++, a.vatRate());
                    s.setString(p++, a.gtin());
                    s.setString(p++, a.brand());
                    s.setBigDecimal(p++, a.weightKg());
                    s.setString(p++, JsonStrings.json(a.categories()));
                    s.setString(p++, JsonStrings.json(a.images()));
                    s.setString(p++, JsonStrings.json(a.flags()));
                    s.setBoolean(p++, false);
                    s.setLong(p++, syncId);
                    s.setObject(p++, now);
                }
                s.executeUpdate();
            }
            addTerms(c, byCode.values());
            Map<String, Long> ids = ids(c, byCode.keySet());
            try (PreparedStatement s = c.prepareStatement("DELETE FROM article_price WHERE article_id IN ("
                    + InList.marks(ids.size()) + ")")) {
                int p = 1;
                for (long id : ids.values()) {
                    s.setLong(p++, id);
                }
                s.executeUpdate();
            }
            var prices = new ArrayList<Object[]>();
            byCode.values().forEach(a -> a.prices().forEach((list, price) -> prices.add(
                    new Object[] {ids.get(a.code()), list, price})));
            if (!prices.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO article_price (article_id, price_list, "
                        + "price) VALUES " + rows(prices.size(), 3))) {
                    int p = 1;
                    for (Object[] row : prices) {
                        for (Object value : row) {
                            s.setObject(p++, value);
                        }
                    }
                    s.executeUpdate();
                }
            }
        }
    }

    /** Stores a batch of stock levels (article code and warehouse are the key). */
    public void stock(long syncId, List<ErpItems.Stock> batch) throws SQLException {
        Map<String, ErpItems.Stock> byKey = new LinkedHashMap<>();
        batch.forEach(s -> byKey.put(s.articleCode() + "\u0000" + s.warehouse(), s));
        LocalDateTime now = now();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO article_stock (article_code, warehouse, quantity, gone, last_sync_id, updated_at) VALUES "
                        + rows(byKey.size(), 6) + " ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), gone = FALSE, "
                        + "last_sync_id = VALUES(last_sync_id), updated_at = VALUES(updated_at)")) {
            int p = 1;
            for (var stock : byKey.values()) {
                s.setString(p++, stock.articleCode());
                s.setString(p++, stock.warehouse());
                s.setBigDecimal(p++, stock.quantity());
                s.setBoolean(p++, false);
                s.setLong(p++, syncId);
                s.setObject(p++, now);
            }
            s.executeUpdate();
        }
    }

    /**
     * Stores a batch of customers: by their ERP code, with the change history of every update; a
     * customer pushed with its e-commerce login gets it, if it has none yet.
     */
    public void customers(long syncId, List<ErpItems.Customer> batch) {
        Map<String, Long> ids = customers.store(syncId, batch.stream().map(c -> new ErpCustomers.Pushed(c.code(),
                c.email(), c.firstName(), c.lastName(), c.company(), c.vatNumber(), c.fiscalCode(), c.phone()))
                .toList());
        for (var c : batch) {
            if (c.login() != null) {
                logins.linkFromErp(ids.get(c.code()), c.login());
            }
        }
    }

    /** Lists the items of a push that were not stored, and adds the push to the sync's counts. */
    public void pushed(long syncId, PushKind kind, int received, int stored, List<PushReport.Problem> problems) {
        em.find(ErpSync.class, syncId).pushed(kind.name(), received, stored, problems.size());
        for (var problem : problems) {
            em.createNativeQuery("INSERT IGNORE INTO erp_sync_problem (sync_id, kind, position, code, reason) "
                    + "VALUES (?, ?, ?, ?, ?)").setParameter(1, syncId).setParameter(2, kind.name())
                    .setParameter(3, problem.position()).setParameter(4, problem.code())
                    .setParameter(5, problem.reason().length() > 500 ? problem.reason().substring(0, 500)
                            : problem.reason())
                    .executeUpdate();
        }
    }

    /**
     * The end of a sync; for a full one, of each kind it pushed, what it did not push is marked gone.
     *
     * @return how many articles, stock levels and customers became gone
     */
    public int complete(long syncId, boolean full) {
        var sync = em.find(ErpSync.class, syncId);
        int gone = 0;
        if (!full) {
            sync.complete(0, now());
            return 0;
        }
        if (sync.kinds().contains(PushKind.ARTICLES.name())) {
            gone += em.createNativeQuery("UPDATE article SET gone = TRUE WHERE gone = FALSE AND last_sync_id <> ?")
                    .setParameter(1, syncId).executeUpdate();
            removeUnusedTerms("CATEGORY", "categories");
            removeUnusedTerms("FLAG", "flags");
        }
        if (sync.kinds().contains(PushKind.STOCK.name())) {
            gone += em.createNativeQuery("UPDATE article_stock SET gone = TRUE WHERE gone = FALSE "
                    + "AND last_sync_id <> ?").setParameter(1, syncId).executeUpdate();
        }
        if (sync.kinds().contains(PushKind.CUSTOMERS.name())) {
            gone += customers.markGone(syncId);
        }
        sync.complete(gone, now());
        return gone;
    }

    /**
     * Adds the batch's categories and flags to {@code article_term}, what Articoli offers; a term
     * longer than the category mapping's 200 characters is not offered.
     */
    private static void addTerms(Connection c, Collection<ErpItems.Article> articles) throws SQLException {
        var terms = new LinkedHashSet<List<String>>();
        for (var a : articles) {
            a.categories().stream().filter(t -> t.length() <= TERM_MAX)
                    .forEach(t -> terms.add(List.of("CATEGORY", t)));
            a.flags().stream().filter(t -> t.length() <= TERM_MAX).forEach(t -> terms.add(List.of("FLAG", t)));
        }
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO article_term (kind, term) VALUES "
                + rows(terms.size(), 2))) {
            int p = 1;
            for (List<String> term : terms) {
                s.setString(p++, term.get(0));
                s.setString(p++, term.get(1));
            }
            s.executeUpdate();
        }
    }

    /** Removes the terms of a kind that no live article carries any more: one pass over the articles. */
    private void removeUnusedTerms(String kind, String column) {
        em.createNativeQuery("DELETE t FROM article_term t LEFT JOIN (SELECT DISTINCT j.v FROM article a, "
                + "JSON_TABLE(a." + column + ", '$[*]' COLUMNS (v VARCHAR(2000) COLLATE utf8mb4_bin PATH '$')) j "
                + "WHERE a.gone = FALSE AND j.v IS NOT NULL) live ON live.v = t.term "
                + "WHERE t.kind = ? AND live.v IS NULL").setParameter(1, kind).executeUpdate();
    }

    private static Map<String, Long> ids(Connection c, java.util.Set<String> codes) throws SQLException {
        var ids = new HashMap<String, Long>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, id FROM article WHERE code IN ("
                + InList.marks(codes.size()) + ")")) {
            int p = 1;
            for (String code : codes) {
                s.setString(p++, code);
            }
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static String rows(int count, int columns) {
        String row = "(" + InList.marks(columns) + ")";
        return java.util.Collections.nCopies(count, row).stream().collect(Collectors.joining(", "));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}

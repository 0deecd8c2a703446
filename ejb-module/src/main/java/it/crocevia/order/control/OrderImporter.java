package it.crocevia.order.control;

import static it.crocevia.order.control.OrderRows.fit;

import it.crocevia.connector.boundary.OrderPage;
import it.crocevia.connector.boundary.RemoteAddress;
import it.crocevia.connector.boundary.RemoteOrder;
import it.crocevia.customer.boundary.OrderCustomers;
import it.crocevia.order.boundary.OrdersStored;
import it.crocevia.order.entity.OrderLine;
import it.crocevia.order.entity.ShopOrder;
import it.crocevia.order.entity.SyncProblem;
import it.crocevia.order.entity.SyncRun;
import it.crocevia.platform.boundary.IdBlocks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Stores one page of remote orders in one transaction: new orders with their customer (seed 001
 * rules), newer versions of known orders, the reported records, the run's counts and the
 * watermark. All of it commits together or not at all, so a crash never leaves half a page, and
 * the unique (account, remote id) key makes a re-read order the same local order.
 *
 * <p>What a page needs read (its known orders, the customer records its customers may match) is
 * read ahead by {@link #lookUp}, outside any transaction, while the page before is being stored;
 * {@link #importPage} then brings it up to date with what that page wrote, which it returns.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrderImporter {

    /** How many times a page is stored at most when records it changes were changed meanwhile. */
    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(OrderImporter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderCustomers customers;

    @Inject
    Event<OrdersStored> stored;

    @Resource(lookup = "java:jboss/datasources/CroceviaDS")
    DataSource data;

    @Resource(lookup = "java:jboss/datasources/CroceviaSequenceDS")
    DataSource sequences;

    @Resource
    SessionContext context;

    /**
     * One run of the import as its pages see it, one page after the other: the run, its account,
     * and what it keeps from page to page (the ids its rows take, the customer rules' state).
     */
    public static final class Run {

        final long id;
        final long accountId;
        final String accountLabel;
        final OrderCustomers.Run customers;
        final IdBlocks.Reserve orderIds = new IdBlocks.Reserve("shop_order", 0, 10_000);
        final IdBlocks.Reserve lineIds = new IdBlocks.Reserve("shop_order_line", 0, 30_000);

        public Run(long id, long accountId, String accountLabel) {
            this.id = id;
            this.accountId = accountId;
            this.accountLabel = accountLabel;
            this.customers = new OrderCustomers.Run(accountId);
        }
    }

    /**
     * A record the page changes was changed by someone else after the page's lookups read it: the
     * page rolls back, to be stored again ({@link #storePage}). An application exception, so that
     * the server does not log an expected, handled conflict as a failed invocation.
     */
    @ApplicationException(rollback = true)
    public static final class ChangedMeanwhile extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ChangedMeanwhile(OptimisticLockException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** What a page needs read before it is stored; what a stored page wrote has the same shape. */
    public static final class PageData {

        public static final PageData NONE = new PageData(Map.of(), OrderCustomers.Records.NONE);

        final Map<String, OrderRows.Known> orders;
        final OrderCustomers.Records customers;

        PageData(Map<String, OrderRows.Known> orders, OrderCustomers.Records customers) {
            this.orders = orders;
            this.customers = customers;
        }
    }

    /**
     * Reads what the page needs, outside any transaction: the orders of the account stored before
     * among the page's, and the customer records the others' customers may match.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PageData lookUp(long accountId, OrderPage page) {
        Map<String, OrderRows.Known> known;
        try {
            known = OrderRows.known(data, accountId, page.orders().stream().map(RemoteOrder::remoteId).toList());
        } catch (SQLException e) {
            throw new PersistenceException("Reading the known orders of a page failed", e);
        }
        return new PageData(known, customers.read(accountId, page.orders().stream()
                .filter(o -> !known.containsKey(o.remoteId())).map(RemoteOrder::customer).toList()));
    }

    /**
     * Stores the page ({@link #importPage}). When a record it changes was changed by someone else
     * after the page's lookups read it (a customer record saved in the console or pushed by the
     * ERP), the page is rolled back whole; it is then read again and stored again, up to
     * {@value #ATTEMPTS} times in all, instead of failing the run.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PageData storePage(Run run, OrderPage page, PageData read, PageData writtenBefore) {
        var self = context.getBusinessObject(OrderImporter.class);
        for (int attempt = 1;; attempt++) {
            try {
                PageData written = self.importPage(run, page, read, writtenBefore);
                run.customers.pageCommitted();
                return written;
            } catch (RuntimeException e) {
                run.customers.pageRolledBack();
                if (attempt == ATTEMPTS || !changedMeanwhile(e)) {
                    throw e;
                }
                LOG.log(Level.INFO, "Order sync run {0}: a record of a page was changed meanwhile, storing the page "
                        + "again (attempt {1} of {2})", new Object[] {String.valueOf(run.id), attempt + 1, ATTEMPTS});
                // The page before has committed: a fresh read has all it wrote, and newer changes too.
                read = lookUp(run.accountId, page);
                writtenBefore = PageData.NONE;
            }
        }
    }

    private static boolean changedMeanwhile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stores the page, with what {@link #lookUp} read for it and what the page before wrote (which
     * may have committed after that was read); returns what this page wrote, for the next one.
     */
    public PageData importPage(Run run, OrderPage page, PageData read, PageData writtenBefore) {
        var now = LocalDateTime.now(Clock.systemUTC());
        var known = new HashMap<>(read.orders);
        known.putAll(writtenBefore.orders);
        // A known order is changed only if the page has a newer version of it (the newest, if twice).
        Map<Long, RemoteOrder> newer = new LinkedHashMap<>();
        for (RemoteOrder remote : page.orders()) {
            var stored = known.get(remote.remoteId());
            if (stored != null && remote.updatedAt().isAfter(stored.remoteUpdatedAt())) {
                newer.merge(stored.id(), remote, (a, b) -> b.updatedAt().isAfter(a.updatedAt()) ? b : a);
            }
        }
        em.setFlushMode(FlushModeType.COMMIT);
        if (!newer.isEmpty()) {
            em.createNamedQuery(ShopOrder.FIND_BY_IDS, ShopOrder.class).setParameter("ids", newer.keySet())
                    .getResultStream().forEach(order -> copy(newer.get(order.getId()), order, now));
        }
        var pageCustomers = customers.resolver(run.customers, read.customers, writtenBefore.customers);
        var fresh = new ArrayList<OrderRows.NewOrder>();
        var seen = new HashSet<String>();
        int customersCreated = 0;
        int customersUpdated = 0;
        for (RemoteOrder remote : page.orders()) {
            if (known.containsKey(remote.remoteId()) || !seen.add(remote.remoteId())) {
                continue; // stored before, or the same new order twice in one page
            }
            String source = "order " + (remote.reference() == null ? "#" + remote.remoteId() : remote.reference())
                    + " of " + run.accountLabel;
            var match = pageCustomers.resolve(remote.customer(), source, now);
            customersCreated += match.created() ? 1 : 0;
            customersUpdated += match.updated() ? 1 : 0;
            fresh.add(new OrderRows.NewOrder(remote, match.customerId()));
        }
        page.rejected().forEach(r -> em.persist(new SyncProblem(run.id, r.remoteId(), r.reason())));

        try {
            pageCustomers.write(); // new records first: orders point to them
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhile(e);
        }
        List<Long> created;
        try {
            created = OrderRows.insert(data, sequences, run, fresh, now);
            progress(run, page, fresh.size(), newer.size(), customersCreated, customersUpdated);
        } catch (SQLException e) {
            throw new PersistenceException("Storing " + fresh.size() + " new orders and the run's progress failed", e);
        }
        if (!created.isEmpty() || !newer.isEmpty()) {
            stored.fire(new OrdersStored(run.accountId, run.id, created, List.copyOf(newer.keySet())));
        }
        var written = new HashMap<String, OrderRows.Known>();
        for (int i = 0; i < created.size(); i++) {
            var remote = fresh.get(i).remote();
            written.put(remote.remoteId(), new OrderRows.Known(created.get(i), remote.updatedAt()));
        }
        newer.forEach((id, remote) -> written.put(remote.remoteId(), new OrderRows.Known(id, remote.updatedAt())));
        return new PageData(written, pageCustomers.written());
    }

    /**
     * Adds the page's counts to its run and moves the account's watermark forward (never back), one
     * statement each: through JPA they were two reads and two writes a page.
     */
    private void progress(Run run, OrderPage page, int imported, int updated, int customersCreated,
            int customersUpdated) throws SQLException {
        try (Connection c = data.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE sync_run SET fetched = fetched + ?, "
                    + "imported = imported + ?, updated = updated + ?, skipped = skipped + ?, "
                    + "customers_created = customers_created + ?, customers_updated = customers_updated + ? "
                    + "WHERE id = ?")) {
                int p = 1;
                s.setInt(p++, page.size());
                s.setInt(p++, imported);
                s.setInt(p++, updated);
                s.setInt(p++, page.rejected().size());
                s.setInt(p++, customersCreated);
                s.setInt(p++, customersUpdated);
                s.setLong(p, run.id);
                s.executeUpdate();
            }
            var latest = page.latestUpdate();
            if (latest.isPresent()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_watermark (account_id, kind, "
                        + "watermark) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE watermark = GREATEST(watermark, "
                        + "VALUES(watermark))")) {
                    s.setLong(1, run.accountId);
                    s.setString(2, SyncRun.Kind.ORDERS.name());
                    s.setObject(3, latest.get());
                    s.executeUpdate();
                }
            }
        }
    }

    private static void copy(RemoteOrder r, ShopOrder o, LocalDateTime now) {
        o.setReference(fit(r.reference(), 64));
        o.setGuest(r.customer().guest());
        o.setEmail(fit(r.customer().email(), 255));
        o.setStateCode(fit(r.stateCode(), 64));
        o.setStateName(fit(r.stateName(), 255));
        o.setCurrency(r.currency());
        o.setTotalPaid(r.totalPaid());
        o.setTotalProducts(r.totalProducts());
        o.setTotalShipping(r.totalShipping());
        o.setTotalDiscounts(r.totalDiscounts());
        o.setTotalTax(r.totalTax());
        o.setPayment(fit(r.payment(), 255));
        o.setCarrier(fit(r.carrier(), 255));
        billing(r.billing(), o);
        shipping(r.shipping(), o);
        o.setOrderedAt(r.orderedAt());
        o.setRemoteUpdatedAt(r.updatedAt());
        o.setUpdatedAt(now);
        // Lines are updated in place by position: replacing them would insert (order, line_no) pairs
        // that still exist until the old rows are deleted at the end of the flush.
        var lines = o.getLines();
        for (int i = 0; i < r.lines().size(); i++) {
            var l = r.lines().get(i);
            if (i < lines.size()) {
                lines.get(i).update(fit(l.sku(), 64), fit(l.ean(), 20), fit(l.name(), 255), l.quantity(),
                        l.unitPriceExcl(), l.unitPriceIncl(), l.totalIncl());
            } else {
                lines.add(new OrderLine(o, i + 1, fit(l.sku(), 64), fit(l.ean(), 20), fit(l.name(), 255),
                        l.quantity(), l.unitPriceExcl(), l.unitPriceIncl(), l.totalIncl()));
            }
        }
        while (lines.size() > r.lines().size()) {
            lines.remove(lines.size() - 1);
        }
    }

    private static void billing(RemoteAddress a, ShopOrder o) {
        o.setBillingName(fit(a.fullName(), 255));
        o.setBillingCompany(fit(a.company(), 255));
        o.setBillingVatNumber(fit(a.vatNumber(), 32));
        o.setBillingFiscalCode(fit(a.fiscalCode(), 32));
        o.setBillingStreet(fit(a.street(), 500));
        o.setBillingPostcode(fit(a.postcode(), 20));
        o.setBillingCity(fit(a.city(), 120));
        o.setBillingRegion(fit(a.region(), 120));
        o.setBillingCountry(a.country());
        o.setBillingPhone(fit(a.phone(), 40));
    }

    private static void shipping(RemoteAddress a, ShopOrder o) {
        o.setShippingName(fit(a.fullName(), 255));
        o.setShippingCompany(fit(a.company(), 255));
        o.setShippingStreet(fit(a.street(), 500));
        o.setShippingPostcode(fit(a.postcode(), 20));
        o.setShippingCity(fit(a.city(), 120));
        o.setShippingRegion(fit(a.region(), 120));
        o.setShippingCountry(a.country());
        o.setShippingPhone(fit(a.phone(), 40));
    }
}

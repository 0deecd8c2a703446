package it.crocevia.marketing.control;

import it.crocevia.catalog.boundary.PublishingReported;
import it.crocevia.marketing.boundary.MarketingOptions;
import it.crocevia.marketing.boundary.MarketingPlatform;
import it.crocevia.marketing.entity.MarketingAccount;
import it.crocevia.order.boundary.OrderNotice;
import it.crocevia.order.boundary.OrderSyncFailed;
import it.crocevia.order.boundary.Orders;
import it.crocevia.order.boundary.OrdersStored;
import it.crocevia.platform.boundary.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Queues what the marketing integrations must receive, in the transaction of the event that
 * produced it: an order import's page commits together with its deliveries or not at all, and
 * nothing here calls out (the {@link DeliveryWorker} does, later). Each delivery is keyed by its
 * event ({@code order:<id>@run<run>}, {@code new-order:<id>}, …): the same event never queues
 * twice ({@code INSERT IGNORE} on the unique key).
 */
@Stateless
@PermitAll
public class Outbox {

    /** A delivery to queue. */
    public record Item(long accountId, String eventKey, String kind, Long subjectId, String message) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    TimeSource time;

    public void ordersStored(@Observes OrdersStored stored) {
        var accounts = activeAccounts();
        if (accounts.isEmpty()) {
            return;
        }
        var changed = new ArrayList<Long>(stored.created());
        changed.addAll(stored.updated());
        List<OrderNotice> created = null;
        var items = new ArrayList<Item>();
        for (var account : accounts) {
            var options = MarketingOptions.fromJson(account.getOptions());
            if (!options.covers(stored.accountId())) {
                continue;
            }
            long id = account.getId();
            String run = "@run" + stored.runId();
            switch (MarketingPlatform.valueOf(account.getPlatform())) {
                case ACTIVECAMPAIGN, CLERK -> {
                    if (options.orders()) {
                        changed.forEach(o -> items.add(new Item(id, "order:" + o + run, "ORDER", o, null)));
                    } else if (options.customers()) {
                        for (var notice : orders.notices(changed)) {
                            items.add(new Item(id, "customer:" + notice.customerId() + run, "CUSTOMER",
                                    notice.customerId(), null));
                        }
                    }
                }
                case TELEGRAM -> {
                    if (options.events().contains("NEW_ORDER")) {
                        created = created != null ? created : orders.notices(stored.created());
                        created.forEach(n -> items.add(new Item(id, "new-order:" + n.id(), "MESSAGE", n.id(),
                                newOrderText(n))));
                    }
                }
                case WHATSAPP -> {
                    created = created != null ? created : orders.notices(stored.created());
                    created.stream().filter(n -> PhoneNumbers.whatsApp(n.phone()).isPresent())
                            .forEach(n -> items.add(new Item(id, "order-notice:" + n.id(), "ORDER_NOTICE", n.id(), null)));
                }
                default -> throw new IllegalStateException(account.getPlatform());
            }
        }
        insert(items);
    }

    public void syncFailed(@Observes OrderSyncFailed failed) {
        var items = new ArrayList<Item>();
        for (var account : activeAccounts()) {
            var options = MarketingOptions.fromJson(account.getOptions());
            if (MarketingPlatform.TELEGRAM.name().equals(account.getPlatform()) && options.covers(failed.accountId())
                    && options.events().contains("SYNC_FAILED")) {
                items.add(new Item(account.getId(), "sync-failed:" + failed.runId(), "MESSAGE", failed.runId(),
                        "⚠ Sincro Ordini non riuscita per \"" + failed.accountDescription() + "\" (esecuzione "
                                + failed.runId() + "): " + failed.reason()));
            }
        }
        insert(items);
    }

    public void publishingReported(@Observes PublishingReported report) {
        var items = new ArrayList<Item>();
        for (var account : activeAccounts()) {
            var options = MarketingOptions.fromJson(account.getOptions());
            if (MarketingPlatform.CLERK.name().equals(account.getPlatform()) && options.covers(report.accountId())
                    && options.products() && "COMPLETED".equals(report.status())) {
                // Clerk.io gets the catalog the shop account just published: products and categories.
                items.add(new Item(account.getId(), "catalog:" + report.runId(), "CATALOG", report.accountId(), null));
            }
            if (MarketingPlatform.TELEGRAM.name().equals(account.getPlatform()) && options.covers(report.accountId())
                    && options.events().contains("PUBLISHING_REPORT")) {
                items.add(new Item(account.getId(), "publishing:" + report.runId(), "MESSAGE", report.accountId(), "📦 Pubblicazione articoli \""
                        + report.accountDescription() + "\" (" + report.job() + "): " + report.status() + ", "
                        + report.published() + " pubblicati, " + report.failed() + " non pubblicati"));
            }
        }
        insert(items);
    }

    /** Queues deliveries (the full resend job, an operator's retry of a whole account…). */
    public int insert(List<Item> items) {
        if (items.isEmpty()) {
            return 0;
        }
        LocalDateTime now = time.nowUtc();
        int inserted = 0;
        for (int from = 0; from < items.size(); from += 500) {
            var chunk = items.subList(from, Math.min(items.size(), from + 500));
            var sql = new StringBuilder("INSERT IGNORE INTO marketing_delivery (account_id, event_key, kind, subject_id, "
                    + "message, status, attempts, next_attempt_at, created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)");
            }
            var query = em.createNativeQuery(sql.toString());
            int p = 1;
            for (var item : chunk) {
                query.setParameter(p++, item.accountId()).setParameter(p++, item.eventKey())
                        .setParameter(p++, item.kind()).setParameter(p++, item.subjectId())
                        .setParameter(p++, item.message()).setParameter(p++, now).setParameter(p++, now);
            }
            inserted += query.executeUpdate();
        }
        return inserted;
    }

    private List<MarketingAccount> activeAccounts() {
        return em.createQuery("SELECT a FROM MarketingAccount a WHERE a.active = TRUE", MarketingAccount.class)
                .getResultList();
    }

    static String newOrderText(OrderNotice n) {
        String reference = n.reference() == null ? "#" + n.id() : n.reference();
        return "🛒 Nuovo ordine " + reference + " di " + (n.customerName().isEmpty() ? n.email() : n.customerName())
                + ": " + n.totalPaid().setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + n.currency();
    }
}

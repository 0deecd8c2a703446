package it.crocevia.marketing.control;

import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.catalog.boundary.Catalog;
import it.crocevia.customer.boundary.CustomerRow;
import it.crocevia.customer.boundary.Customers;
import it.crocevia.marketing.boundary.MarketingOptions;
import it.crocevia.marketing.boundary.MarketingPlatform;
import it.crocevia.marketing.entity.Delivery;
import it.crocevia.marketing.entity.MarketingAccount;
import it.crocevia.order.boundary.OrderView;
import it.crocevia.order.boundary.Orders;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.SecretBox;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Delivers the marketing outbox, every two seconds: for each account that may send (active, its
 * module on), the due deliveries in order for at most two seconds (its turn), paced to the
 * platform's limit (one {@link RatePacer} per account, kept across rounds). A platform that asks to wait (429 with Retry-After) gets the
 * rest of the account's deliveries postponed; a failure that may pass is retried with a growing
 * wait; one that cannot, or the sixth, is left FAILED with its reason for an operator. No order
 * import and no page ever waits for this.
 */
@Singleton
@Lock(LockType.READ)
@RunAs(Roles.OPERATOR)
@RunAsPrincipal("marketing")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    /** The time an account gets in one round: a backlog on one account never holds the others up for long. */
    private static final Duration TURN = Duration.ofSeconds(2);
    private static final int BATCH = 100;
    private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Rome");

    @Inject
    DeliveryStore store;

    @Inject
    Platforms platforms;

    @Inject
    SecretBox secrets;

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Inject
    ShopAccounts shopAccounts;

    @Inject
    Catalog catalog;

    private final AtomicBoolean busy = new AtomicBoolean();
    private final Map<Long, RatePacer> pacers = new ConcurrentHashMap<>();

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "marketing deliveries")
    public void round() {
        if (!busy.compareAndSet(false, true)) {
            return; // the previous round is still delivering
        }
        try {
            List<MarketingAccount> accounts = store.sending();
            if (accounts.isEmpty()) {
                return;
            }
            for (var account : accounts) {
                deliver(account, System.nanoTime() + TURN.toNanos());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A round of marketing deliveries failed", e);
        } finally {
            busy.set(false);
        }
    }

    private void deliver(MarketingAccount account, long deadline) {
        var platform = MarketingPlatform.valueOf(account.getPlatform());
        String secret = secrets.decrypt(account.getSecretEncrypted(), Platforms.purpose(account.getPlatform()));
        var options = MarketingOptions.fromJson(account.getOptions());
        RatePacer pacer = pacers.computeIfAbsent(account.getId(), id -> platform == MarketingPlatform.TELEGRAM
                ? TelegramClient.pacer(account.getAccountName()) : ActiveCampaignClient.pacer());
        for (Delivery d : store.due(account.getId(), BATCH)) {
            if (System.nanoTime() > deadline) {
                return;
            }
            try {
                String remote = switch (platform) {
                    case ACTIVECAMPAIGN -> toActiveCampaign(account, platforms.activeCampaign(account.getAccountName(),
                            secret, pacer), d);
                    case CLERK -> toClerk(platforms.clerk(account.getAccountName(), secret), d);
                    case TELEGRAM -> platforms.telegram(secret, pacer).send(account.getAccountName(), d.getMessage());
                    case WHATSAPP -> toWhatsApp(platforms.whatsApp(account.getAccountName(), secret), options, d);
                };
                store.delivered(d.getId(), remote);
            } catch (DeliveryException e) {
                if (e.retryAfter() != null) {
                    store.postpone(d.getId(), e.retryAfter(), e.getMessage());
                    return; // the platform asked this account to wait
                }
                store.failed(d.getId(), e.getMessage(), e.retryable());
            } catch (RuntimeException e) {
                if (!store.exists(account.getId())) {
                    LOG.fine(() -> "Account " + account.getId() + " was deleted while delivering: its deliveries went with it");
                    return;
                }
                LOG.log(Level.WARNING, e, () -> "Delivery " + d.getId() + " to account " + account.getId() + " failed");
                store.failed(d.getId(), "Unexpected error: " + e, true);
            }
        }
    }

    /** An order (with its customer and contact), or a customer alone, to ActiveCampaign. */
    private String toActiveCampaign(MarketingAccount account, ActiveCampaignClient ac, Delivery d)
            throws DeliveryException {
        long accountId = account.getId();
        OrderView order = "ORDER".equals(d.getKind()) ? orders.find(d.getSubjectId()) : null;
        long customerId = order != null ? order.customerId() : d.getSubjectId();
        CustomerRow customer = customers.find(customerId);
        long shopAccountId = order != null ? order.accountId()
                : customer.sourceAccountId() == null ? 0 : customer.sourceAccountId();
        String connectionKey = Long.toString(shopAccountId);
        String connection = store.remoteId(accountId, "CONNECTION", connectionKey).orElse(null);
        if (connection == null) {
            var shop = shopAccountId == 0 ? null : shopAccounts.find(shopAccountId);
            connection = ac.connection("crocevia-" + shopAccountId, shop == null ? "Crocevia" : shop.getDescription(),
                    shop == null || shop.getShopUrl() == null ? "https://crocevia.invalid" : shop.getShopUrl());
            store.rememberRemoteId(accountId, "CONNECTION", connectionKey, connection);
        }
        ac.syncContact(customer.email(), customer.firstName(), customer.lastName(), customer.phone());
        String customerKey = shopAccountId + ":" + customerId;
        String remoteCustomer = store.remoteId(accountId, "CUSTOMER", customerKey).orElse(null);
        if (remoteCustomer == null || order == null) {
            remoteCustomer = ac.customer(connection, "crocevia-" + customerId, customer.email());
            store.rememberRemoteId(accountId, "CUSTOMER", customerKey, remoteCustomer);
        }
        if (order == null) {
            return remoteCustomer;
        }
        var products = new ArrayList<ActiveCampaignClient.Product>();
        for (var line : order.lines()) {
            products.add(new ActiveCampaignClient.Product(line.sku() == null ? "line-" + line.lineNo() : line.sku(),
                    line.name() == null ? "?" : line.name(), cents(line.unitPriceIncl()),
                    line.quantity().setScale(0, RoundingMode.HALF_UP).intValue(), line.sku()));
        }
        var payload = new ActiveCampaignClient.Order("crocevia-" + order.id(),
                order.reference() == null ? order.remoteId() : order.reference(), order.email(), order.currency(),
                cents(order.totalPaid()), cents(order.totalShipping()), cents(order.totalTax()),
                cents(order.totalDiscounts()), order.orderedAt().atZone(SHOP_ZONE).toOffsetDateTime(),
                order.remoteUpdatedAt().atZone(SHOP_ZONE).toOffsetDateTime(), products);
        String known = store.remoteId(accountId, "ORDER", Long.toString(order.id())).orElse(null);
        String remoteOrder = ac.order(connection, remoteCustomer, payload, known);
        store.rememberRemoteId(accountId, "ORDER", Long.toString(order.id()), remoteOrder);
        return remoteOrder;
    }

    /** An order (and its customer), a customer alone, or a published catalog, to Clerk.io: upserts by id. */
    private String toClerk(ClerkClient clerk, Delivery d) throws DeliveryException {
        if ("CATALOG".equals(d.getKind())) {
            return ClerkCatalog.send(clerk, shopAccounts.find(d.getSubjectId()), catalog);
        }
        OrderView order = "ORDER".equals(d.getKind()) ? orders.find(d.getSubjectId()) : null;
        CustomerRow customer = customers.find(order != null ? order.customerId() : d.getSubjectId());
        clerk.post("customers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", customer.id())
                .add("name", customer.name()).add("email", customer.email())).build());
        if (order == null) {
            return Long.toString(customer.id());
        }
        var products = Json.createArrayBuilder();
        for (var line : order.lines()) {
            products.add(Json.createObjectBuilder().add("id", line.sku() == null ? "line-" + line.lineNo() : line.sku())
                    .add("quantity", line.quantity().setScale(0, RoundingMode.HALF_UP).intValue())
                    .add("price", line.unitPriceIncl()));
        }
        clerk.post("orders", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", order.id())
                .add("customer", customer.id()).add("email", order.email()).add("products", products)
                .add("time", order.orderedAt().toEpochSecond(ZoneOffset.UTC))).build());
        return Long.toString(order.id());
    }

    /** The order notification to the customer's phone, with the account's approved template. */
    private String toWhatsApp(WhatsAppClient wa, MarketingOptions options, Delivery d) throws DeliveryException {
        var notice = orders.notices(List.of(d.getSubjectId())).stream().findFirst()
                .orElseThrow(() -> new DeliveryException("order " + d.getSubjectId() + " no longer exists", 0, false, null));
        String phone = PhoneNumbers.whatsApp(notice.phone())
                .orElseThrow(() -> new DeliveryException("the order has no mobile number", 0, false, null));
        return wa.sendTemplate(phone, options.template(), options.templateLanguage(), List.of(
                notice.customerName().isEmpty() ? notice.email() : notice.customerName(),
                notice.reference() == null ? "#" + notice.id() : notice.reference(),
                notice.totalPaid().setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + notice.currency()));
    }

    private static long cents(BigDecimal amount) {
        return amount == null ? 0 : amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}

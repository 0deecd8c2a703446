package it.crocevia.order.boundary;

import it.crocevia.account.boundary.OrderSyncSettings;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.OrderPage;
import it.crocevia.connector.boundary.OrderQuery;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.boundary.ShopAdapter;
import it.crocevia.connector.boundary.ShopConnectors;
import it.crocevia.order.control.OrderImporter;
import it.crocevia.order.control.SyncRuns;
import it.crocevia.order.entity.SyncRun;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Sincro Ordini": imports the orders placed or changed on an account's platform since its
 * watermark. Runs outside any transaction (it calls a remote API); each page is stored by
 * {@link OrderImporter} in its own transaction.
 *
 * <p>Paging is by update time, not by a plain offset: each page asks for orders updated from the
 * last update time seen, so an order changed on the platform during the run moves forward and is
 * read again later, never skipped. An offset is used only within a single second that holds more
 * than a page of orders. The next run starts a little before the watermark (the overlap window)
 * to catch orders the shop committed out of order; re-read orders are recognised, not duplicated.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderSync {

    static final Duration OVERLAP = Duration.ofMinutes(10);
    /** How long an ERP sync leaves out the order sync of a shop found unreachable. */
    static final Duration UNREACHABLE_PAUSE = Duration.ofMinutes(15);
    static final int PAGE_SIZE = 500;
    private static final LocalDateTime BEGINNING = LocalDate.of(2000, 1, 1).atStartOfDay();
    private static final Logger LOG = Logger.getLogger(OrderSync.class.getName());

    @Inject
    Event<OrderSyncFailed> failed;

    @Inject
    ShopAccounts accounts;

    @Inject
    ShopConnectors connectors;

    @Inject
    SyncRuns runs;

    @Inject
    OrderImporter importer;

    @Resource
    SessionContext context;

    @Resource
    ManagedExecutorService executor;

    /** Starts a sync and returns at once with its run id; the import goes on in the background. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long startInBackground(long accountId) {
        return startInBackground(accountId, SyncRun.Trigger.MANUAL);
    }

    /** The same, started by the account's schedule. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long startScheduled(long accountId) {
        return startInBackground(accountId, SyncRun.Trigger.SCHEDULE);
    }

    private long startInBackground(long accountId, SyncRun.Trigger trigger) {
        var settings = checkedSettings(accountId);
        long runId = runs.begin(accountId, SyncRun.Kind.ORDERS, Callers.name(context), trigger);
        context.getBusinessObject(OrderSync.class).execute(runId, settings);
        return runId;
    }

    /** Runs a sync to its end and returns its report (schedules, the ERP hook, tests). */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public SyncRunView run(long accountId, SyncRun.Trigger trigger) {
        var settings = checkedSettings(accountId);
        long runId = runs.begin(accountId, SyncRun.Kind.ORDERS, Callers.name(context), trigger);
        importAll(runId, settings);
        return runs.view(runId);
    }

    /**
     * After every ERP sync (seed 000): starts the order sync of every account that syncs orders,
     * each in the background, so a slow or unreachable shop does not hold up the others. A shop
     * found unreachable by a run that ended less than {@link #UNREACHABLE_PAUSE} ago is left out:
     * its run would spend up to a minute of retries on a shared thread, while the other accounts' runs
     * wait, only to fail (and notify) again. Manual and scheduled syncs still run.
     */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public void runAllAfterErpSync() {
        var accountIds = accounts.orderSyncAccountIds();
        var unreachable = runs.latestFailedSince(accountIds, SyncRun.Kind.ORDERS,
                LocalDateTime.now(Clock.systemUTC()).minus(UNREACHABLE_PAUSE),
                ConnectionCheck.Outcome.UNREACHABLE.name());
        for (long accountId : accountIds) {
            if (unreachable.contains(accountId)) {
                LOG.log(Level.INFO, "Order sync of account {0} after the ERP sync skipped: its shop was unreachable "
                        + "less than {1} minutes ago", new Object[] {String.valueOf(accountId),
                            UNREACHABLE_PAUSE.toMinutes()});
                continue;
            }
            try {
                startInBackground(accountId, SyncRun.Trigger.ERP);
            } catch (SyncAlreadyRunningException | InvalidInputException e) {
                LOG.log(Level.INFO, "Order sync of account {0} after the ERP sync skipped: {1}",
                        new Object[] {accountId, e.getMessage()});
            }
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public SyncRunView report(long runId) {
        return runs.view(runId);
    }

    @Asynchronous
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public void execute(long runId, OrderSyncSettings settings) {
        importAll(runId, settings);
    }

    /** A page from the shop, with what storing it needs read (read ahead, outside any transaction). */
    private record Fetched(OrderPage page, OrderImporter.PageData lookups) {
    }

    /**
     * Reads and stores page after page. The next page is fetched, and what storing it needs is read
     * from the database, while the current one is being stored (its query only needs the current
     * page's last update time), so a run takes about as long as the slower of the two, not their sum.
     * The run's log line says which one it was: the time spent waiting for the next page against the
     * time spent storing.
     */
    private void importAll(long runId, OrderSyncSettings settings) {
        Future<Fetched> next = null;
        try {
            var adapter = connectors.open(settings.connection());
            LocalDateTime cursor = start(settings);
            LocalDateTime until = LocalDateTime.now().plusDays(2);
            int offsetInSecond = 0;
            long waiting = 0;
            long storing = 0;
            int pages = 0;
            var written = OrderImporter.PageData.NONE;
            var run = new OrderImporter.Run(runId, settings.accountId(), settings.description());
            next = fetch(adapter, settings.accountId(), new OrderQuery(cursor, until, settings.orderStates(),
                    PAGE_SIZE), offsetInSecond);
            while (true) {
                long started = System.nanoTime();
                Fetched fetched = await(next);
                OrderPage page = fetched.page();
                waiting += System.nanoTime() - started;
                pages++;
                next = null;
                if (!page.last()) {
                    LocalDateTime latest = page.latestUpdate().orElse(cursor);
                    if (latest.isAfter(cursor)) {
                        cursor = latest;
                        offsetInSecond = 0;
                    } else {
                        offsetInSecond += page.size();
                    }
                    next = fetch(adapter, settings.accountId(), new OrderQuery(cursor, until,
                            settings.orderStates(), PAGE_SIZE), offsetInSecond);
                }
                started = System.nanoTime();
                written = importer.storePage(run, page, fetched.lookups(), written);
                storing += System.nanoTime() - started;
                if (page.last()) {
                    break;
                }
            }
            LOG.log(Level.INFO, "Order sync run {0} of account {1}: {2} pages, {3} ms waiting for the next page, "
                    + "{4} ms storing", new Object[] {String.valueOf(runId), String.valueOf(settings.accountId()), pages,
                        waiting / 1_000_000, storing / 1_000_000});
            runs.end(runId, SyncRun.Status.COMPLETED, null);
        } catch (RemoteException e) {
            LOG.log(Level.WARNING, "Order sync run {0} of account {1} failed: {2}",
                    new Object[] {runId, settings.accountId(), e.getMessage()});
            runs.end(runId, SyncRun.Status.FAILED, e.outcome() + ": " + e.getMessage());
            failed.fire(new OrderSyncFailed(settings.accountId(), settings.description(), runId,
                    e.outcome() + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Order sync run " + runId + " failed");
            runs.end(runId, SyncRun.Status.FAILED, "Unexpected error: " + e);
            failed.fire(new OrderSyncFailed(settings.accountId(), settings.description(), runId,
                    "Unexpected error: " + e));
        } finally {
            if (next != null) {
                next.cancel(true);
            }
        }
    }

    private Future<Fetched> fetch(ShopAdapter adapter, long accountId, OrderQuery query, int offset) {
        return executor.submit(() -> {
            var page = adapter.orders(query, offset);
            return new Fetched(page, importer.lookUp(accountId, page));
        });
    }

    private static Fetched await(Future<Fetched> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(ConnectionCheck.Outcome.UNREACHABLE, "Interrupted while reading orders", e);
        }
    }

    private LocalDateTime start(OrderSyncSettings settings) {
        LocalDateTime from = settings.ordersFrom() == null ? BEGINNING : settings.ordersFrom().atStartOfDay();
        return runs.watermark(settings.accountId(), SyncRun.Kind.ORDERS)
                .map(w -> w.minus(OVERLAP))
                .filter(w -> w.isAfter(from))
                .orElse(from);
    }

    private OrderSyncSettings checkedSettings(long accountId) {
        var settings = accounts.orderSyncSettings(accountId);
        if (!settings.platform().isShop()) {
            throw new InvalidInputException(Violation.of("platform", "sync.orders.notAShop"));
        }
        if (!connectors.supports(settings.platform())) {
            throw new InvalidInputException(Violation.of("platform", "sync.orders.notYet"));
        }
        if (!settings.syncOrders()) {
            throw new InvalidInputException(Violation.of("syncOrders", "sync.orders.off"));
        }
        return settings;
    }
}

package it.crocevia.jobs.boundary;

import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.connector.boundary.ShopConnectors;
import it.crocevia.jobs.control.AccountJobRuns;
import it.crocevia.jobs.control.RunParameters;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * "Sincro Clienti" (SPEC §1, §2): starts the customer-resync job of an account, by hand (with an
 * optional dry run that only lists the changes) or by its schedule. Refused, with the reason, when
 * the account does not sync orders or its *Aggiorna clienti* is no, and while it already runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CustomerResyncs {

    @Inject
    ShopAccounts accounts;

    @Inject
    ShopConnectors connectors;

    @Inject
    AccountJobRuns accountRuns;

    @Resource
    SessionContext context;

    /** Starts the job and returns its execution id; {@code dryRun} only lists what would change. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long start(long accountId, boolean dryRun) {
        return start(accountId, dryRun, "MANUAL");
    }

    /** The same, started by the account's "Schedulazione". */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long startScheduled(long accountId) {
        return start(accountId, false, "SCHEDULE");
    }

    private long start(long accountId, boolean dryRun, String trigger) {
        var settings = accounts.orderSyncSettings(accountId);
        if (!settings.platform().isShop() || !connectors.supports(settings.platform())) {
            throw new InvalidInputException(Violation.of("platform", "sync.customers.notAShop"));
        }
        if (!settings.syncOrders()) {
            throw new InvalidInputException(Violation.of("syncOrders", "sync.customers.ordersOff"));
        }
        if (!settings.updateCustomers()) {
            throw new InvalidInputException(Violation.of("updateCustomers", "sync.customers.off"));
        }
        return accountRuns.start(AccountJobRuns.CUSTOMER_RESYNC,
                new RunParameters(accountId, dryRun, Callers.name(context), trigger, null));
    }
}

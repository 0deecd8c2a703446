package it.crocevia.schedule.boundary;

import it.crocevia.account.boundary.AccountChanged;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.order.boundary.OrderSync;
import it.crocevia.order.boundary.SyncAlreadyRunningException;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * "Schedulazione": each account that syncs orders every N minutes has one persistent EJB timer,
 * kept by the server in MariaDB (so schedules survive restarts and a missed run fires once on
 * start). Timers follow the accounts: they are reconciled at start-up and after every committed
 * change of an account. A timer only starts the run, which goes on in the background, so a long
 * sync never holds up the schedules.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@RunAs(Roles.OPERATOR)
@RunAsPrincipal("schedule")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncSchedules {

    private static final Logger LOG = Logger.getLogger(SyncSchedules.class.getName());
    private static final String ORDERS = "ORDERS";

    private final AccountTimers timers = new AccountTimers(ORDERS);

    @Resource
    TimerService timerService;

    @Inject
    ShopAccounts accounts;

    @Inject
    OrderSync orderSync;

    @PostConstruct
    void reconcileAll() {
        Map<Long, String> wanted = new HashMap<>();
        accounts.orderSchedules().forEach(s -> wanted.put(s.accountId(), Integer.toString(s.minutes())));
        timers.reconcileAll(timerService, wanted, this::create);
    }

    /** After an account's change is committed, its timer follows its "Schedulazione". */
    @PermitAll
    public void onAccountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        reconcile(changed.accountId());
    }

    private void reconcile(long accountId) {
        timers.reconcile(timerService, accountId,
                accounts.orderSchedule(accountId).map(s -> Integer.toString(s.minutes())), this::create);
    }

    /** The schedules in force, soonest first. */
    @PermitAll
    public List<ScheduledSync> scheduled() {
        return timers.scheduled(timerService, Integer::parseInt);
    }

    @Timeout
    void fire(Timer timer) {
        timers.fire(timer, orderSync::startScheduled, SyncAlreadyRunningException.class::isInstance,
                this::reconcile);
    }

    private void create(long accountId, String minutes) {
        long every = Duration.ofMinutes(Integer.parseInt(minutes)).toMillis();
        timerService.createIntervalTimer(every, every, new TimerConfig(timers.info(accountId, minutes), true));
        LOG.log(Level.INFO, "Order sync of account {0} scheduled every {1} minutes", new Object[] {accountId, minutes});
    }
}

package it.crocevia.jobs.boundary;

import it.crocevia.account.boundary.AccountChanged;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.jobrun.boundary.JobAlreadyRunningException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.schedule.boundary.AccountTimers;
import it.crocevia.schedule.boundary.ScheduledSync;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * "Schedulazione" of "Sincro Clienti": each account with a customer sync time gets one persistent
 * calendar timer a day at that time, Italian time (the shops' time zone), kept by the server in
 * MariaDB. Timers follow the accounts: reconciled at start-up and after every committed change
 * ({@link AccountTimers}).
 */
@Singleton
@Startup
@DependsOn("crocevia-ejb.jar#DatabaseMigrations")
@RunAs(Roles.OPERATOR)
@RunAsPrincipal("schedule")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CustomerResyncSchedules {

    /** The time zone of the schedule's time of day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private static final Logger LOG = Logger.getLogger(CustomerResyncSchedules.class.getName());
    private static final String CUSTOMERS = "CUSTOMERS";

    private final AccountTimers timers = new AccountTimers(CUSTOMERS);

    @Resource
    TimerService timerService;

    @Inject
    ShopAccounts accounts;

    @Inject
    CustomerResyncs resyncs;

    @PostConstruct
    void reconcileAll() {
        Map<Long, String> wanted = new HashMap<>();
        accounts.customerSchedules().forEach(s -> wanted.put(s.accountId(), s.time().toString()));
        timers.reconcileAll(timerService, wanted, this::create);
    }

    /** After an account's change is committed, its timer follows its "Schedulazione". */
    @PermitAll
    public void onAccountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        reconcile(changed.accountId());
    }

    private void reconcile(long accountId) {
        timers.reconcile(timerService, accountId,
                accounts.customerSchedule(accountId).map(s -> s.time().toString()), this::create);
    }

    /** The customer syncs in force, soonest first (next run in UTC, like the order schedules). */
    @PermitAll
    public List<ScheduledSync> scheduled() {
        return timers.scheduled(timerService, time -> 24 * 60);
    }

    @Timeout
    void fire(Timer timer) {
        timers.fire(timer, resyncs::startScheduled, JobAlreadyRunningException.class::isInstance, this::reconcile);
    }

    private void create(long accountId, String time) {
        var at = LocalTime.parse(time);
        var expression = new ScheduleExpression().timezone(ZONE.getId()).hour(at.getHour()).minute(at.getMinute())
                .second(0);
        timerService.createCalendarTimer(expression, new TimerConfig(timers.info(accountId, time), true));
        LOG.log(Level.INFO, "Customer sync of account {0} scheduled every day at {1} ({2})",
                new Object[] {accountId, time, ZONE});
    }
}

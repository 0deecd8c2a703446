package it.crocevia.schedule.boundary;

import it.crocevia.account.boundary.AccountChanged;
import it.crocevia.account.boundary.OrderSchedule;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.order.boundary.OrderSync;
import it.crocevia.order.boundary.SyncAlreadyRunningException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Resource
    TimerService timerService;

    @Inject
    ShopAccounts accounts;

    @Inject
    OrderSync orderSync;

    @PostConstruct
    void reconcileAll() {
        Map<Long, OrderSchedule> wanted = new HashMap<>();
        accounts.orderSchedules().forEach(s -> wanted.put(s.accountId(), s));
        for (Timer timer : timerService.getTimers()) {
            var info = Info.parse(timer);
            var schedule = info.map(i -> wanted.get(i.accountId()));
            if (schedule.isPresent() && schedule.get().minutes() == info.get().minutes()) {
                wanted.remove(info.get().accountId());
            } else {
                timer.cancel();
            }
        }
        wanted.values().forEach(this::create);
    }

    /** After an account's change is committed, its timer follows its "Schedulazione". */
    @PermitAll
    public void onAccountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        reconcile(changed.accountId());
    }

    private void reconcile(long accountId) {
        Optional<OrderSchedule> schedule = accounts.orderSchedule(accountId);
        boolean keep = false;
        for (Timer timer : timerService.getTimers()) {
            var info = Info.parse(timer);
            if (info.isPresent() && info.get().accountId() == accountId) {
                if (!keep && schedule.isPresent() && schedule.get().minutes() == info.get().minutes()) {
                    keep = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (!keep) {
            schedule.ifPresent(this::create);
        }
    }

    /** The schedules in force, soonest first. */
    @PermitAll
    public List<ScheduledSync> scheduled() {
        return timerService.getTimers().stream().flatMap(t -> Info.parse(t).stream().map(i -> new ScheduledSync(
                i.accountId(), ORDERS, i.minutes(),
                LocalDateTime.ofInstant(t.getNextTimeout().toInstant(), ZoneOffset.UTC))))
                .sorted(Comparator.comparing(ScheduledSync::nextRun)).toList();
    }

    @Timeout
    void fire(Timer timer) {
        Info.parse(timer).ifPresent(info -> {
            try {
                long runId = orderSync.startScheduled(info.accountId());
                LOG.log(Level.INFO, "Scheduled order sync of account {0} started (run {1})",
                        new Object[] {info.accountId(), runId});
            } catch (SyncAlreadyRunningException e) {
                LOG.log(Level.INFO, "Scheduled order sync of account {0} skipped: one is still running",
                        info.accountId());
            } catch (InvalidInputException | NotFoundException e) {
                LOG.log(Level.WARNING, "Scheduled order sync of account {0} no longer applies: {1}",
                        new Object[] {info.accountId(), e.getMessage()});
                reconcile(info.accountId());
            }
        });
    }

    private void create(OrderSchedule schedule) {
        long every = Duration.ofMinutes(schedule.minutes()).toMillis();
        timerService.createIntervalTimer(every, every,
                new TimerConfig(new Info(schedule.accountId(), schedule.minutes()).toString(), true));
        LOG.log(Level.INFO, "Order sync of account {0} scheduled every {1} minutes",
                new Object[] {schedule.accountId(), schedule.minutes()});
    }

    /** What a timer is for, kept in the timer's info as "ORDERS:account:minutes". */
    record Info(long accountId, int minutes) {

        static Optional<Info> parse(Timer timer) {
            if (!(timer.getInfo() instanceof String text)) {
                return Optional.empty();
            }
            String[] parts = text.split(":");
            if (parts.length != 3 || !ORDERS.equals(parts[0])) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Info(Long.parseLong(parts[1]), Integer.parseInt(parts[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return ORDERS + ":" + accountId + ":" + minutes;
        }
    }
}

package it.crocevia.jobs.boundary;

import it.crocevia.account.boundary.AccountChanged;
import it.crocevia.account.boundary.CustomerSchedule;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.jobrun.boundary.JobAlreadyRunningException;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * "Schedulazione" of "Sincro Clienti": each account with a customer sync time gets one persistent
 * calendar timer a day at that time, Italian time (the shops' time zone), kept by the server in
 * MariaDB. Timers follow the accounts: reconciled at start-up and after every committed change.
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

    @Resource
    TimerService timerService;

    @Inject
    ShopAccounts accounts;

    @Inject
    CustomerResyncs resyncs;

    @PostConstruct
    void reconcileAll() {
        Map<Long, CustomerSchedule> wanted = new HashMap<>();
        accounts.customerSchedules().forEach(s -> wanted.put(s.accountId(), s));
        for (Timer timer : timerService.getTimers()) {
            var info = Info.parse(timer);
            var schedule = info.map(i -> wanted.get(i.accountId()));
            if (schedule.isPresent() && schedule.get().time().equals(info.get().time())) {
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
        Optional<CustomerSchedule> schedule = accounts.customerSchedule(accountId);
        boolean keep = false;
        for (Timer timer : timerService.getTimers()) {
            var info = Info.parse(timer);
            if (info.isPresent() && info.get().accountId() == accountId) {
                if (!keep && schedule.isPresent() && schedule.get().time().equals(info.get().time())) {
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

    /** The customer syncs in force, soonest first (next run in UTC, like the order schedules). */
    @PermitAll
    public List<ScheduledSync> scheduled() {
        return timerService.getTimers().stream().flatMap(t -> Info.parse(t).stream().map(i -> new ScheduledSync(
                i.accountId(), CUSTOMERS, 24 * 60,
                LocalDateTime.ofInstant(t.getNextTimeout().toInstant(), ZoneOffset.UTC))))
                .sorted(Comparator.comparing(ScheduledSync::nextRun)).toList();
    }

    @Timeout
    void fire(Timer timer) {
        Info.parse(timer).ifPresent(info -> {
            try {
                long execution = resyncs.startScheduled(info.accountId());
                LOG.log(Level.INFO, "Scheduled customer sync of account {0} started (job execution {1})",
                        new Object[] {info.accountId(), execution});
            } catch (JobAlreadyRunningException e) {
                LOG.log(Level.INFO, "Scheduled customer sync of account {0} skipped: one is still running",
                        info.accountId());
            } catch (InvalidInputException | NotFoundException e) {
                LOG.log(Level.WARNING, "Scheduled customer sync of account {0} no longer applies: {1}",
                        new Object[] {info.accountId(), e.getMessage()});
                reconcile(info.accountId());
            }
        });
    }

    private void create(CustomerSchedule schedule) {
        var expression = new ScheduleExpression().timezone(ZONE.getId()).hour(schedule.time().getHour())
                .minute(schedule.time().getMinute()).second(0);
        timerService.createCalendarTimer(expression,
                new TimerConfig(new Info(schedule.accountId(), schedule.time()).toString(), true));
        LOG.log(Level.INFO, "Customer sync of account {0} scheduled every day at {1} ({2})",
                new Object[] {schedule.accountId(), schedule.time(), ZONE});
    }

    /** What a timer is for, kept in the timer's info as "CUSTOMERS:account:HH:mm". */
    record Info(long accountId, LocalTime time) {

        static Optional<Info> parse(Timer timer) {
            if (!(timer.getInfo() instanceof String text) || !text.startsWith(CUSTOMERS + ":")) {
                return Optional.empty();
            }
            String[] parts = text.split(":", 3);
            try {
                return Optional.of(new Info(Long.parseLong(parts[1]), LocalTime.parse(parts[2])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return CUSTOMERS + ":" + accountId + ":" + time;
        }
    }
}

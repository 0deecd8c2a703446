package it.crocevia.schedule.boundary;

import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One persistent timer per account and kind of sync, kept in step with the account's
 * "Schedulazione". A timer's info is {@code KIND:account:spec}, where the spec is the schedule as
 * text (minutes, a time of day); a timer whose spec no longer matches is cancelled and a new one
 * created. Used by the singletons that own the timers (a timer service is per bean).
 */
public final class AccountTimers {

    /** A timer of this kind: its account and its schedule as text. */
    public record Entry(long accountId, String spec) {
    }

    private static final Logger LOG = Logger.getLogger(AccountTimers.class.getName());

    private final String kind;

    public AccountTimers(String kind) {
        this.kind = kind;
    }

    public String info(long accountId, String spec) {
        return kind + ":" + accountId + ":" + spec;
    }

    public Optional<Entry> parse(Timer timer) {
        if (!(timer.getInfo() instanceof String text) || !text.startsWith(kind + ":")) {
            return Optional.empty();
        }
        String[] parts = text.split(":", 3);
        try {
            return parts.length == 3 ? Optional.of(new Entry(Long.parseLong(parts[1]), parts[2])) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** At start-up: the timers become exactly the wanted ones (account → spec). */
    public void reconcileAll(TimerService timers, Map<Long, String> wanted, BiConsumer<Long, String> create) {
        var missing = new HashMap<>(wanted);
        for (Timer timer : timers.getTimers()) {
            var entry = parse(timer);
            if (entry.isPresent() && entry.get().spec().equals(missing.get(entry.get().accountId()))) {
                missing.remove(entry.get().accountId());
            } else {
                timer.cancel();
            }
        }
        missing.forEach(create);
    }

    /** After a change of one account: its timer follows the wanted spec (none: no timer). */
    public void reconcile(TimerService timers, long accountId, Optional<String> wanted,
            BiConsumer<Long, String> create) {
        boolean keep = false;
        for (Timer timer : timers.getTimers()) {
            var entry = parse(timer);
            if (entry.isPresent() && entry.get().accountId() == accountId) {
                if (!keep && wanted.isPresent() && wanted.get().equals(entry.get().spec())) {
                    keep = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (!keep) {
            wanted.ifPresent(spec -> create.accept(accountId, spec));
        }
    }

    /** The timers in force as schedules, soonest first (next run in UTC). */
    public List<ScheduledSync> scheduled(TimerService timers, ToIntFunction<String> everyMinutes) {
        return timers.getTimers().stream().flatMap(t -> parse(t).stream().map(e -> new ScheduledSync(e.accountId(),
                kind, everyMinutes.applyAsInt(e.spec()),
                LocalDateTime.ofInstant(t.getNextTimeout().toInstant(), ZoneOffset.UTC))))
                .sorted(Comparator.comparing(ScheduledSync::nextRun)).toList();
    }

    /**
     * A timer fired: starts the sync of its account. One still running is skipped; an account that
     * no longer applies (gone, or its settings changed) gets its timers reconciled.
     *
     * @param start starts the sync and returns its run or execution id
     * @param stillRunning tells the refusal of a sync that is still running
     */
    public void fire(Timer timer, LongUnaryOperator start, Predicate<RuntimeException> stillRunning,
            LongConsumer reconcile) {
        parse(timer).ifPresent(entry -> {
            try {
                long id = start.applyAsLong(entry.accountId());
                LOG.log(Level.INFO, "Scheduled {0} sync of account {1} started ({2})",
                        new Object[] {kind, entry.accountId(), id});
            } catch (InvalidInputException | NotFoundException e) {
                LOG.log(Level.WARNING, "Scheduled {0} sync of account {1} no longer applies: {2}",
                        new Object[] {kind, entry.accountId(), e.getMessage()});
                reconcile.accept(entry.accountId());
            } catch (RuntimeException e) {
                if (!stillRunning.test(e)) {
                    throw e;
                }
                LOG.log(Level.INFO, "Scheduled {0} sync of account {1} skipped: one is still running",
                        new Object[] {kind, entry.accountId()});
            }
        });
    }
}

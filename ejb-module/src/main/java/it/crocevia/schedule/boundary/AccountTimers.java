package it.crocevia.schedule.boundary;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

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
}

package it.crocevia.schedule.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A sync that runs by itself: which account, how often, and when next (UTC). */
public record ScheduledSync(long accountId, String kind, int everyMinutes, LocalDateTime nextRun)
        implements Serializable {
}

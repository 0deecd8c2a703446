package it.crocevia.account.boundary;

import java.time.LocalTime;

/** An account whose customers are re-read from the platform every day at {@code time} (section "Schedulazione"). */
public record CustomerSchedule(long accountId, LocalTime time) {
}

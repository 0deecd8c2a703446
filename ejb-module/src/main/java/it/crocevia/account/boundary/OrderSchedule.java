package it.crocevia.account.boundary;

/** An account whose orders sync by itself every {@code minutes} (section "Schedulazione"). */
public record OrderSchedule(long accountId, int minutes) {
}

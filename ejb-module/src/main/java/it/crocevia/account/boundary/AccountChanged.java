package it.crocevia.account.boundary;

/** An account was created, changed, copied or deleted; observers (schedules) catch up after the commit. */
public record AccountChanged(long accountId) {
}

package it.crocevia.catalog.boundary;

/** A publishing run of a shop account ended (for notifications such as Telegram's). */
public record PublishingReported(long accountId, String accountDescription, String job, long runId, String status,
        long published, long failed) {
}

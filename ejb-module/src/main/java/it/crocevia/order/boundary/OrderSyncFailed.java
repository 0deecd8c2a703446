package it.crocevia.order.boundary;

/** An order sync run ended FAILED, with its reason (for notifications such as Telegram's). */
public record OrderSyncFailed(long accountId, String accountDescription, long runId, String reason) {
}

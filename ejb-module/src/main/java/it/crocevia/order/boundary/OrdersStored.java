package it.crocevia.order.boundary;

import java.util.List;

/**
 * Fired inside an order import's transaction for each page stored: the orders it created and
 * those it updated. Observers that queue work for later (the marketing outbox) commit with the
 * orders or not at all; they must not call out.
 */
public record OrdersStored(long accountId, long runId, List<Long> created, List<Long> updated) {

    public OrdersStored {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
    }
}

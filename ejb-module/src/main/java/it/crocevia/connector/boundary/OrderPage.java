package it.crocevia.connector.boundary;

import java.util.List;

/** One page of a platform's orders: the importable ones, the rejected ones, and whether more follow. */
public record OrderPage(List<RemoteOrder> orders, List<RejectedRecord> rejected, boolean last) {

    public OrderPage {
        orders = List.copyOf(orders);
        rejected = List.copyOf(rejected);
    }

    public int size() {
        return orders.size() + rejected.size();
    }
}

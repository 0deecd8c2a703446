package it.crocevia.connector.boundary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** One page of a platform's orders: the importable ones, the rejected ones, and whether more follow. */
public record OrderPage(List<RemoteOrder> orders, List<RejectedRecord> rejected, boolean last) {

    public OrderPage {
        orders = List.copyOf(orders);
        rejected = List.copyOf(rejected);
    }

    public int size() {
        return orders.size() + rejected.size();
    }

    /** The latest platform update time of the page's records, imported or rejected; none without one. */
    public Optional<LocalDateTime> latestUpdate() {
        return Stream.concat(orders.stream().map(RemoteOrder::updatedAt),
                rejected.stream().map(RejectedRecord::updatedAt)).filter(Objects::nonNull).max(LocalDateTime::compareTo);
    }
}

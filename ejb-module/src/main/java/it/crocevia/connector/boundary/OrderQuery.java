package it.crocevia.connector.boundary;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * Which orders to read: updated within [{@code updatedFrom}, {@code updatedTo}] (shop time), in the
 * given states (empty: every state), oldest update first.
 */
public record OrderQuery(LocalDateTime updatedFrom, LocalDateTime updatedTo, Set<String> states, int pageSize) {

    public OrderQuery {
        states = Set.copyOf(states);
    }
}

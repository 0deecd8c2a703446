package it.crocevia.catalog.boundary;

import java.util.Map;

/**
 * What a feed held: its items, and the articles left out by reason ({@code TITLE}, {@code PRICE},
 * {@code LINK}, {@code IMAGE}, {@code ID}: see the feed's writer).
 */
public record FeedReport(long items, Map<String, Long> skipped) implements java.io.Serializable {

    public FeedReport {
        skipped = Map.copyOf(skipped);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}

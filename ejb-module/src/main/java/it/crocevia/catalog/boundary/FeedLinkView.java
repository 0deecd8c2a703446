package it.crocevia.catalog.boundary;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The secret link of an account's Google Shopping feed, as the console and the API show it: one URL
 * per target. The token is in the URLs only in the answer that generated it; afterwards they show
 * its first characters and a mask. {@code generated} is false while the account has no link yet.
 */
public record FeedLinkView(long accountId, boolean generated, String token, List<FeedUrl> urls,
        LocalDateTime createdAt, String createdBy, LocalDateTime lastReadAt, Long lastItems, Long lastSkipped)
        implements java.io.Serializable {

    /** The feed's URL for one target ({@code IT-it}). */
    public record FeedUrl(String target, String url) implements java.io.Serializable {
    }

    public FeedLinkView {
        urls = List.copyOf(urls);
    }
}

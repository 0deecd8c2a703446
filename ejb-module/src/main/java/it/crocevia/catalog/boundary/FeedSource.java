package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.FeedSettings;

/**
 * A feed someone may read: the account's settings, the target it is written for, and whether it
 * was asked for through the account's secret link (then its reading is noted on the link).
 * Handed out by {@link GoogleFeeds} only after checking who asks.
 */
public record FeedSource(FeedSettings settings, FeedTarget target, boolean throughLink)
        implements java.io.Serializable {

    /** The name of the feed as a downloaded file: {@code google-feed-<account>-IT-it.xml}. */
    public String fileName() {
        String account = CatalogCsv.slug(settings.description());
        return "google-feed-" + (account.isEmpty() ? settings.accountId() : account) + "-" + target.key() + ".xml";
    }
}

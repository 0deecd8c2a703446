package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.MarketplaceTarget;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A country and language a Google Shopping feed is written for, with the currency of its prices.
 * The ERP's price lists are in euro, so the currency is EUR for every country: Merchant Center
 * converts it for countries with another currency. Its {@link #key()} ({@code IT-it}) is what the
 * feed's URL names it by.
 */
public record FeedTarget(String country, String language, String currency) implements java.io.Serializable {

    public static final String EURO = "EUR";

    /** An account without target markets publishes for Italy, in Italian. */
    public static final FeedTarget ITALY = new FeedTarget("IT", "it", EURO);

    /** Italy first (the shop's own market), then by country and language. */
    private static final Comparator<FeedTarget> ORDER = Comparator.comparing((FeedTarget t) -> !"IT".equals(t.country()))
            .thenComparing(t -> !"it".equals(t.language())).thenComparing(FeedTarget::country)
            .thenComparing(FeedTarget::language);

    public static FeedTarget of(MarketplaceTarget market) {
        return new FeedTarget(market.country().toUpperCase(Locale.ROOT), market.language().toLowerCase(Locale.ROOT),
                EURO);
    }

    /** The targets of an account's markets in a stable order, the first being the default; Italy when it has none. */
    public static List<FeedTarget> of(List<MarketplaceTarget> markets) {
        var targets = markets.stream().map(FeedTarget::of).distinct().sorted(ORDER).toList();
        return targets.isEmpty() ? List.of(ITALY) : targets;
    }

    /**
     * The target named by {@code key} among an account's markets (case aside), or the default one
     * when {@code key} is {@code null} or blank.
     */
    public static Optional<FeedTarget> find(List<MarketplaceTarget> markets, String key) {
        var targets = of(markets);
        if (key == null || key.isBlank()) {
            return Optional.of(targets.get(0));
        }
        return targets.stream().filter(t -> t.key().equalsIgnoreCase(key.strip())).findFirst();
    }

    /** {@code IT-it}: country, then language. */
    public String key() {
        return country + "-" + language;
    }
}

package it.crocevia.account.boundary;

import java.util.List;

/**
 * What a Google Shopping feed is written from: the account's price list, warehouse and selection of
 * articles (section "Articoli", the selection's chosen categories or flag in {@code selectionValues}), the address of its product pages with {@code {code}} for the article code, and the
 * countries and languages it is activated for (section "Marketplace").
 */
public record FeedSettings(long accountId, String description, Marketplace platform, String siteUrl,
        String productUrl, String priceList, String warehouseCode, ArticleSelection selection,
        List<String> selectionValues, List<MarketplaceTarget> targets) implements java.io.Serializable {

    public FeedSettings {
        selectionValues = List.copyOf(selectionValues);
        targets = List.copyOf(targets);
    }
}

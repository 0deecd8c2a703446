package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.ArticleSelection;
import it.crocevia.account.boundary.FeedSettings;
import java.io.Serializable;
import java.util.List;

/**
 * The articles an account publishes, as its Articoli settings say: those with a price in
 * {@code priceList}, with the stock of {@code warehouse} ({@code null}: no stock), narrowed to some
 * ERP categories or to an ERP flag by {@code selection} and {@code values}.
 */
public record CatalogScope(String priceList, String warehouse, ArticleSelection selection, List<String> values)
        implements Serializable {

    public CatalogScope {
        selection = selection == null ? ArticleSelection.ALL : selection;
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Every article of a price list. */
    public static CatalogScope all(String priceList, String warehouse) {
        return new CatalogScope(priceList, warehouse, ArticleSelection.ALL, List.of());
    }

    /** What a Google Shopping feed publishes. */
    public static CatalogScope of(FeedSettings feed) {
        return new CatalogScope(feed.priceList(), feed.warehouseCode(), feed.selection(), feed.selectionValues());
    }

    /** What an account publishes. */
    public static CatalogScope of(AccountDetails account) {
        return switch (account.getArticleSelection()) {
            case ALL -> all(account.getPriceList(), account.getWarehouseCode());
            case CATEGORIES -> new CatalogScope(account.getPriceList(), account.getWarehouseCode(),
                    ArticleSelection.CATEGORIES, account.getSelectedCategories());
            case FLAG -> new CatalogScope(account.getPriceList(), account.getWarehouseCode(), ArticleSelection.FLAG,
                    account.getSelectedFlag() == null ? List.of() : List.of(account.getSelectedFlag()));
        };
    }
}

package it.crocevia.catalog.boundary;

import it.crocevia.catalog.control.GoogleProductSpec.Skip;
import it.crocevia.catalog.control.MerchantApi;
import it.crocevia.catalog.control.MerchantProductMapper;
import it.crocevia.connector.boundary.ProductRejectedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes articles of a Google Shopping account to its Merchant Center data source, one product input
 * per target country and language. One instance serves one publishing run; not shared between
 * threads.
 */
public final class MerchantPublisher {

    private final MerchantApi api;
    private final List<MerchantProductMapper> targets;

    MerchantPublisher(MerchantApi api, List<FeedTarget> targets, String productUrl) {
        this.api = api;
        this.targets = targets.stream().map(t -> new MerchantProductMapper(t, productUrl)).toList();
    }

    /**
     * Inserts (or replaces) the article's product input for every target.
     *
     * @return why it did not go to some targets ({@code IT-it: no image}); empty when it went to all
     * @throws it.crocevia.connector.boundary.RemoteException when Google cannot be reached or refuses
     *     the account itself: the run stops, to be restarted
     */
    public List<String> publish(CatalogArticle article) {
        var problems = new ArrayList<String>();
        for (var target : targets) {
            String key = target.feedLabel() + "-" + target.contentLanguage();
            var skip = target.check(article);
            if (skip.isPresent()) {
                problems.add(key + ": " + reason(skip.get()));
                continue;
            }
            try {
                api.insert(target.productInput(article));
            } catch (ProductRejectedException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private static String reason(Skip skip) {
        return switch (skip) {
            case ID -> "the code is longer than Google's 50 characters";
            case TITLE -> "no description in either language";
            case PRICE -> "no price";
            case LINK -> "the account has no product page URL";
            case IMAGE -> "no image (an http or https URL)";
        };
    }
}

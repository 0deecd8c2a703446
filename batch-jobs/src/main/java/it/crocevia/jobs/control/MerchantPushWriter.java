package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.MerchantPublisher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Pushes a chunk of a Google Shopping account's articles to its Merchant Center data source, one
 * product input per target country and language. An article Google would refuse (no image, no
 * price…) or did refuse is listed with the reason and the others go on; Google unreachable, or
 * refusing the key or the account, fails the chunk (the job restarts from the last checkpoint).
 */
@Dependent
@Named("merchantPushWriter")
public class MerchantPushWriter extends ItemByItemWriter<CatalogArticle> {

    @Inject
    JobAccounts accounts;

    private MerchantPublisher publisher;

    @Override
    protected String key(CatalogArticle article) {
        return article.code();
    }

    @Override
    protected Optional<String> write(CatalogArticle article) {
        if (publisher == null) {
            publisher = accounts.merchantPublisher(accountId());
        }
        var problems = publisher.publish(article);
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}

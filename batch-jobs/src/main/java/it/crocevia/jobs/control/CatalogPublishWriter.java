package it.crocevia.jobs.control;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.connector.boundary.ProductData;
import it.crocevia.connector.boundary.ProductPublisher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Publishes a chunk of articles: each product created or updated on the platform with its stock. A
 * product the platform refuses is listed with the platform's reason and the others go on; a
 * platform that cannot be reached fails the chunk (the job restarts from the last checkpoint).
 */
@Dependent
@Named("catalogPublishWriter")
public class CatalogPublishWriter extends ItemByItemWriter<CatalogArticle> {

    private static final int MAX_NAME = 128;

    @Inject
    JobAccounts accounts;

    private ProductPublisher publisher;
    private AccountDetails account;

    @Override
    protected String key(CatalogArticle article) {
        return article.code();
    }

    @Override
    protected Optional<String> write(CatalogArticle article) {
        if (publisher == null) {
            publisher = accounts.publisher(accountId());
            account = accounts.details(accountId());
        }
        publisher.publish(product(article, account), publisher.find(article.code()));
        return Optional.empty();
    }

    /**
     * The product as the account publishes it: the description's first line (at most 128 characters)
     * as the name, in the platform's categories its category mapping gives (none mapped: a new product
     * goes in the default category, an existing one stays where the shop put it).
     */
    static ProductData product(CatalogArticle a, AccountDetails account) {
        String language = account.getLanguageCode();
        String description = a.description(language);
        String name = description.lines().findFirst().orElse(a.code()).strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME).strip();
        }
        return new ProductData(a.code(), name, description, a.price(), a.vatRate(), a.gtin(), a.brand(), a.weightKg(),
                a.categories(), account.remoteCategories(a.categories()), a.images(), a.quantity() == null ? BigDecimal.ZERO : a.quantity(), true,
                language);
    }
}

package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.connector.boundary.ProductPublisher;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The whole remote record of an article's product, when the platform has one (none: nothing to keep). */
@Dependent
@Named("productBackupProcessor")
public class ProductBackupProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    private ProductPublisher publisher;

    @Override
    public Object processItem(Object item) {
        if (publisher == null) {
            publisher = accounts.publisher(RunParameters.of(job).accountId());
        }
        return publisher.find(((CatalogArticle) item).code()).orElse(null);
    }
}

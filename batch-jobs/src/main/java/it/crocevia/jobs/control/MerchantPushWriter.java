package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.MerchantPublisher;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Pushes a chunk of a Google Shopping account's articles to its Merchant Center data source, one
 * product input per target country and language. An article Google would refuse (no image, no
 * price…) or did refuse is listed with the reason and the others go on; Google unreachable, or
 * refusing the key or the account, fails the chunk (the job restarts from the last checkpoint).
 */
@Dependent
@Named("merchantPushWriter")
public class MerchantPushWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    JobAccounts accounts;

    @Inject
    JobRuns runs;

    private MerchantPublisher publisher;

    @Override
    public void writeItems(List<Object> items) {
        if (publisher == null) {
            publisher = accounts.merchantPublisher(RunParameters.of(job).accountId());
        }
        int published = 0;
        String last = null;
        for (Object item : items) {
            var article = (CatalogArticle) item;
            last = article.code();
            var problems = publisher.publish(article);
            if (problems.isEmpty()) {
                published++;
            } else {
                runs.problem(job.getExecutionId(), article.code(), String.join("; ", problems));
            }
        }
        runs.advance(job.getExecutionId(), last, items.size(), published);
    }
}

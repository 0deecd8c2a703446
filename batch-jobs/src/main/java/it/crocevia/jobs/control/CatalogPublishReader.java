package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.Catalog;
import it.crocevia.catalog.boundary.CatalogArticle;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The articles an account publishes, in code order, 100 a page; the checkpoint is the last code.
 * In the backup step of a publishing run it reads nothing when the account publishes without backups.
 */
@Dependent
@Named("catalogPublishReader")
public class CatalogPublishReader extends AbstractItemReader {

    static final int PAGE = 100;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Catalog catalog;

    @Inject
    JobAccounts accounts;

    private final Deque<CatalogArticle> buffer = new ArrayDeque<>();
    private String priceList;
    private String warehouse;
    private String position;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        var account = accounts.details(RunParameters.of(job).accountId());
        if (account.getPriceList() == null) {
            throw new IllegalStateException("the account has no price list (Articoli) any more");
        }
        priceList = account.getPriceList();
        warehouse = account.getWarehouseCode();
        position = (String) checkpoint;
        exhausted = AccountJobRuns.CATALOG_PUBLISH.equals(job.getJobName()) && "backup".equals(step.getStepName())
                && !account.isBackupBeforePublish();
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var page = catalog.articlesAfter(position, PAGE, priceList, warehouse);
            exhausted = page.size() < PAGE;
            buffer.addAll(page);
        }
        CatalogArticle article = buffer.poll();
        if (article != null) {
            position = article.code();
        }
        return article;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}

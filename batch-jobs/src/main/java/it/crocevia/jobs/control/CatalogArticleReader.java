package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.Catalog;
import it.crocevia.catalog.boundary.CatalogArticle;
import jakarta.batch.api.BatchProperty;
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
 * Reads the articles an account publishes, in code order, a page at a time ({@code pageSize}, the
 * step's chunk or a multiple of it) with the price of its price list and the stock of its
 * warehouse. The checkpoint is the code of the last article handed out, so a restart goes on right
 * after it. In the backup step of a publishing run it reads nothing when the account publishes
 * without backups.
 */
@Dependent
@Named("catalogArticleReader")
public class CatalogArticleReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    Catalog catalog;

    @Inject
    JobAccounts accounts;

    private final Deque<CatalogArticle> buffer = new ArrayDeque<>();
    private int page;
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
        page = Integer.parseInt(pageSize);
        priceList = account.getPriceList();
        warehouse = account.getWarehouseCode();
        position = (String) checkpoint;
        exhausted = AccountJobRuns.CATALOG_PUBLISH.equals(job.getJobName()) && "backup".equals(step.getStepName())
                && !account.isBackupBeforePublish();
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var articles = catalog.articlesAfter(position, page, priceList, warehouse);
            exhausted = articles.size() < page;
            buffer.addAll(articles);
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

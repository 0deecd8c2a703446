package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.Catalog;
import it.crocevia.catalog.boundary.CatalogArticle;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the articles the account publishes in code order, a page of 2000 at a time with the price of
 * its price list and the stock of its warehouse. The checkpoint is the code of the last article
 * handed out, so a restart goes on right after it.
 */
@Dependent
@Named("catalogExportReader")
public class CatalogExportReader extends AbstractItemReader {

    static final int PAGE = 2000;

    @Inject
    JobContext job;

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

package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.Catalog;
import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.CatalogScope;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Reads the articles an account publishes (its Articoli selection), in code order, a page at a time
 * ({@code pageSize}, the step's chunk or a multiple of it) with the price of its price list and the
 * stock of its warehouse. The next page is fetched while the current one is handed out and written.
 * The checkpoint is the code of the last article handed out, so a restart goes on right after it.
 * In the backup step of a publishing run it reads nothing when the account publishes without
 * backups.
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

    /**
     * Where the next page is read: an executor of the catalog jobs' own (configure.cli), as the
     * shared pools also run the order syncs, and an export must not wait behind them.
     */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/catalog")
    ManagedExecutorService executor;

    @Inject
    JobAccounts accounts;

    private final Deque<CatalogArticle> buffer = new ArrayDeque<>();
    private int page;
    private CatalogScope scope;
    private String position;
    private boolean exhausted;
    private Future<List<CatalogArticle>> nextPage;

    @Override
    public void open(Serializable checkpoint) {
        var account = accounts.details(RunParameters.of(job).accountId());
        if (account.getPriceList() == null) {
            throw new IllegalStateException("the account has no price list (Articoli) any more");
        }
        page = Integer.parseInt(pageSize);
        scope = CatalogScope.of(account);
        position = (String) checkpoint;
        exhausted = AccountJobRuns.CATALOG_PUBLISH.equals(job.getJobName()) && "backup".equals(step.getStepName())
                && !account.isBackupBeforePublish();
        if (!exhausted) {
            nextPage = fetch(position);
        }
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (buffer.isEmpty() && !exhausted) {
            var articles = await(nextPage);
            exhausted = articles.size() < page;
            buffer.addAll(articles);
            nextPage = exhausted ? null : fetch(articles.get(articles.size() - 1).code());
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

    @Override
    public void close() {
        if (nextPage != null) {
            nextPage.cancel(false); // a stopped or failed step: the page fetched ahead is not needed
        }
    }

    /** The page after {@code code}, read in another thread (and its own transaction) while this one writes. */
    private Future<List<CatalogArticle>> fetch(String code) {
        return executor.submit(() -> catalog.articlesAfter(code, page, scope));
    }

    private static List<CatalogArticle> await(Future<List<CatalogArticle>> page) throws InterruptedException {
        try {
            return page.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}

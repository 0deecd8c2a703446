package it.crocevia.jobs.control;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.CatalogCsv;
import it.crocevia.catalog.boundary.CsvLayout;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends the chunk's articles to the export's file in the layout of the account's platform, in the
 * account's language with its categories mapped, and moves the job's progress in the chunk's transaction. The checkpoint is the
 * file's length: a restart cuts the file back to it and goes on (see {@link ExportFile}).
 */
@Dependent
@Named("catalogExportWriter")
public class CatalogExportWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    @Inject
    JobAccounts accounts;

    private CatalogCsv csv;
    private ExportFile file;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long accountId = RunParameters.of(job).accountId();
        var account = accounts.details(accountId);
        var layout = CsvLayout.of(account.getPlatform()).orElseThrow(() -> new IllegalStateException(
                account.getPlatform().label() + " has no CSV import"));
        csv = new CatalogCsv(layout, account.getLanguageCode(), categoryCells(accountId, account, layout));
        var path = ExportFiles.of(accountId, runs.firstOf(job.getExecutionId()));
        if (checkpoint == null) {
            file = ExportFile.create(path);
            file.append(csv.header());
        } else {
            file = ExportFile.resume(path, (Long) checkpoint);
        }
    }

    /** The account's category mapping as the platform's import reads it: ERP category → id or path. */
    private Map<String, String> categoryCells(long accountId, AccountDetails account, CsvLayout layout) {
        if (account.getCategoryMap().isEmpty()) {
            return Map.of();
        }
        var paths = accounts.categoryPaths(accountId);
        var cells = new HashMap<String, String>();
        account.getCategoryMap().forEach((erp, remoteId) -> {
            String cell = layout.categoryCell(remoteId, paths.get(remoteId));
            if (cell != null) {
                cells.put(erp, cell);
            }
        });
        return cells;
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        var lines = new StringBuilder(items.size() * 320);
        items.forEach(item -> csv.appendLine(lines, (CatalogArticle) item));
        file.append(lines.toString());
        var last = (CatalogArticle) items.get(items.size() - 1);
        runs.advance(job.getExecutionId(), last.code(), items.size(), 0);
    }

    @Override
    public Serializable checkpointInfo() {
        return file.length();
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}

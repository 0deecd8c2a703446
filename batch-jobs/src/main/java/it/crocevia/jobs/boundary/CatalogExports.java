package it.crocevia.jobs.boundary;

import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.catalog.boundary.CatalogCsv;
import it.crocevia.catalog.boundary.CsvLayout;
import it.crocevia.jobrun.boundary.JobRunView;
import it.crocevia.jobrun.boundary.JobRuns;
import it.crocevia.jobs.control.AccountJobRuns;
import it.crocevia.jobs.control.ExportFiles;
import it.crocevia.jobs.control.RunParameters;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

/**
 * "Download CSV" (SPEC §1, §7): starts the catalog-csv-export job of a PrestaShop or Magento
 * account, which writes the articles it publishes in the layout of the platform's CSV import, and
 * hands out the file of a completed export. Refused, with the reason, for other platforms, for an
 * account without a price list (section "Articoli"), and while an export of the account runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogExports {

    /** The job's name, as the console lists its executions. */
    public static final String JOB = AccountJobRuns.CATALOG_CSV_EXPORT;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    /** A completed export's file and the name to download it with. */
    public record ExportedFile(String name, Path path, long size) {
    }

    @Inject
    ShopAccounts accounts;

    @Inject
    JobRuns runs;

    @Inject
    AccountJobRuns accountRuns;

    @Resource
    SessionContext context;

    /** Starts the export and returns its execution id. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long start(long accountId) {
        var account = accounts.find(accountId);
        if (CsvLayout.of(account.getPlatform()).isEmpty()) {
            throw new InvalidInputException(Violation.of("platform", "catalog.csv.notAShop"));
        }
        if (account.getPriceList() == null) {
            throw new InvalidInputException(Violation.of("priceList", "catalog.csv.noPriceList"));
        }
        return accountRuns.start(JOB,
                new RunParameters(accountId, false, Callers.name(context), "MANUAL", null));
    }

    /** The file of a completed export (an execution that restarted a stopped one included). */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public ExportedFile file(long executionId) {
        JobRunView run = runs.view(executionId);
        if (run == null || !JOB.equals(run.jobName())) {
            throw new NotFoundException("catalog export", executionId);
        }
        if (!"COMPLETED".equals(run.status())) {
            throw new InvalidInputException(Violation.of("execution", "catalog.csv.notReady"));
        }
        Path path = ExportFiles.of(run.accountId(), runs.firstOf(executionId));
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException("catalog export file", executionId);
        }
        try {
            return new ExportedFile(downloadName(run), path, Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The account's description and platform, and when the export ended: {@code negozio-magento-20261103-0912.csv}. */
    private String downloadName(JobRunView run) {
        String account;
        try {
            var details = accounts.find(run.accountId());
            account = details.getDescription() + " " + details.getPlatform().name();
        } catch (NotFoundException deleted) {
            account = "account " + run.accountId();
        }
        return CatalogCsv.slug(account) + "-" + run.endedAt().format(STAMP) + ".csv";
    }
}

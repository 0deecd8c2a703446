package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.Catalog;
import it.crocevia.catalog.boundary.CatalogScope;
import it.crocevia.customer.boundary.CustomerRefresh;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;

/**
 * Starts, restarts and records the executions of the jobs that work for one account: one execution
 * per account and job at a time (the job's lock for the account, released by
 * {@link AccountJobListener} when it ends, or here when it does not start), shown in the console
 * with how many records it has to go through. The boundary that started an execution records it at
 * once (so the console shows it before its first step), without counting its records so the start
 * answers at once; the job counts them when it begins (and records the execution, if it got there
 * first).
 */
@Dependent
public class AccountJobRuns {

    /** "Sincro Clienti". */
    public static final String CUSTOMER_RESYNC = "customer-resync";
    /** "Download CSV". */
    public static final String CATALOG_CSV_EXPORT = "catalog-csv-export";
    /** Publishing by API, with its backup step. */
    public static final String CATALOG_PUBLISH = "catalog-publish";
    /** A backup of the account's products, without publishing. */
    public static final String PRODUCT_BACKUP = "product-backup";
    /** A Google Shopping account's articles pushed to its Merchant Center data source. */
    public static final String MERCHANT_PUSH = "merchant-push";
    /** A whole backup put back on the platform (job parameter {@code backupRun}: the backup's execution). */
    public static final String BACKUP_RESTORE = "backup-restore";
    /** The job parameter naming the backup a backup-restore puts back. */
    public static final String BACKUP_RUN = "backupRun";
    /** The full resend of a marketing integration (its account id is the marketing account's). */
    public static final String MARKETING_RESEND = "marketing-resend";

    @Inject
    JobRuns runs;

    @Inject
    CustomerRefresh customers;

    @Inject
    Catalog catalog;

    @Inject
    JobAccounts accounts;

    /** Starts the job for the account and returns the execution's id; refused while it runs for the account. */
    public long start(String jobName, RunParameters p) {
        return launch(jobName, p, () -> BatchRuntime.getJobOperator().start(jobName, p.toProperties()));
    }

    /** Starts the backup-restore job of a backup of the account. */
    public long startRestore(RunParameters p, long backupRun) {
        var properties = p.toProperties();
        properties.setProperty(BACKUP_RUN, Long.toString(backupRun));
        return launch(BACKUP_RESTORE, p, () -> BatchRuntime.getJobOperator().start(BACKUP_RESTORE, properties));
    }

    /** The backup a backup-restore execution puts back. */
    public static long backupRun(long execution) {
        return Long.parseLong(BatchRuntime.getJobOperator().getParameters(execution).getProperty(BACKUP_RUN));
    }

    /** Restarts a stopped or failed execution from its last checkpoint and returns the new execution's id. */
    public long restart(String jobName, long executionId, RunParameters p) {
        return launch(jobName, p, () -> BatchRuntime.getJobOperator().restart(executionId, p.toProperties()));
    }

    /** The job has begun: it is recorded with the number of records it has to go through. */
    public void begin(long execution, String jobName, RunParameters p) {
        long total = BACKUP_RESTORE.equals(jobName) ? accounts.backupSize(backupRun(execution))
                : total(jobName, p.accountId());
        record(execution, jobName, p, total);
        runs.total(execution, total);
    }

    private void record(long execution, String jobName, RunParameters p, long total) {
        runs.begin(execution, jobName, p.accountId(), p.dryRun(), p.startedBy(), p.trigger(), p.restartOf(), total);
    }

    private long launch(String jobName, RunParameters p, LongSupplier launch) {
        runs.lock(jobName, p.accountId());
        long execution;
        try {
            execution = launch.getAsLong();
        } catch (RuntimeException e) {
            runs.unlock(jobName, p.accountId());
            throw e;
        }
        record(execution, jobName, p, 0);
        return execution;
    }

    private long total(String jobName, long accountId) {
        return switch (jobName) {
            case CUSTOMER_RESYNC -> customers.countBound(accountId);
            case CATALOG_CSV_EXPORT, CATALOG_PUBLISH, PRODUCT_BACKUP, MERCHANT_PUSH ->
                    catalog.count(CatalogScope.of(accounts.details(accountId)));
            case MARKETING_RESEND -> accounts.resendCount(accountId);
            default -> throw new IllegalArgumentException("not a job that works for an account: " + jobName);
        };
    }
}

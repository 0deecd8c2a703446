package it.crocevia.jobs.control;

import it.crocevia.catalog.boundary.PublishingReports;
import it.crocevia.jobrun.boundary.JobRuns;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records an account job's execution for the console when it starts, and how it ended; releases the
 * account's lock on that job.
 */
@Dependent
@Named("accountJobListener")
public class AccountJobListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(AccountJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    @Inject
    AccountJobRuns accountRuns;

    @Inject
    JobAccounts accounts;

    @Override
    public void beforeJob() {
        accountRuns.begin(job.getExecutionId(), job.getJobName(), RunParameters.of(job));
    }

    /** The lock goes first: whoever sees the run ended may start the job again at once. */
    @Override
    public void afterJob() {
        try {
            runs.unlock(job.getJobName(), RunParameters.of(job).accountId());
        } finally {
            String ended = switch (job.getBatchStatus()) {
                case FAILED -> "FAILED";
                case STOPPING, STOPPED -> "STOPPED";
                default -> "COMPLETED";
            };
            runs.end(job.getExecutionId(), ended, "COMPLETED".equals(ended) ? null : job.getExitStatus());
            switch (job.getJobName()) {
                case AccountJobRuns.CATALOG_CSV_EXPORT -> {
                    report(ended, "Download CSV");
                    pruneExports(ended);
                }
                case AccountJobRuns.CATALOG_PUBLISH -> {
                    report(ended, "Pubblicazione via API");
                    prune();
                }
                case AccountJobRuns.PRODUCT_BACKUP -> prune();
                case AccountJobRuns.MERCHANT_PUSH -> report(ended, "Google Merchant API");
                default -> {
                    // no report
                }
            }
        }
    }

    /** After an export completes, the account's older export files go (it keeps the last few). */
    private void pruneExports(String ended) {
        if (!"COMPLETED".equals(ended)) {
            return;
        }
        try {
            ExportFiles.prune(RunParameters.of(job).accountId());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Deleting old export files after execution " + job.getExecutionId()
                    + " failed");
        }
    }

    /** The backups older than the account's retention go. */
    private void prune() {
        try {
            accounts.pruneBackups(RunParameters.of(job).accountId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Pruning the backups after execution " + job.getExecutionId() + " failed");
        }
    }

    /** A publishing run ended: its report goes out (Invia Email, Telegram); a failure to send it is only logged. */
    private void report(String ended, String method) {
        try {
            var run = runs.view(job.getExecutionId());
            var failures = runs.problems(job.getExecutionId(), 50).stream()
                    .map(p -> new PublishingReports.Failure(p.item(), p.reason())).toList();
            accounts.reportPublishing(run.accountId(), method, job.getExecutionId(), ended, run.done(), failures,
                    run.skipped());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "The publishing report of execution " + job.getExecutionId() + " failed");
        }
    }
}

package it.crocevia.jobs.boundary;

import it.crocevia.jobrun.boundary.JobRunView;
import it.crocevia.jobrun.boundary.JobRuns;
import it.crocevia.jobs.control.AccountJobRuns;
import it.crocevia.jobs.control.RunParameters;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The *Job* console (SPEC §7): every execution of the product's batch jobs with its progress,
 * item counts and skipped records; stop a running one, restart a failed or stopped one from its
 * last checkpoint; the last 30 days per job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobConsole {

    /** At most this many skipped records or previewed changes are shown per execution. */
    public static final int SHOWN = 1000;

    private static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED);

    @Inject
    JobRuns runs;

    @Inject
    AccountJobRuns accountRuns;

    @Resource
    SessionContext context;

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<JobExecutionView> latest(int first, int max) {
        return runs.latest(first, max).stream().map(this::view).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public long count() {
        return runs.count();
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public JobExecutionView execution(long executionId) {
        return view(run(executionId));
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<JobRuns.Problem> problems(long executionId) {
        return runs.problems(executionId, SHOWN);
    }

    /** What a dry run would change. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<JobRuns.PreviewChange> preview(long executionId) {
        return runs.previewOf(executionId, SHOWN);
    }

    /** Per job and day, the last {@code days} days. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<JobRuns.Day> days(int days) {
        return runs.days(LocalDate.now().minusDays(days - 1L));
    }

    /** Asks a running execution to stop after its current chunk. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public void stop(long executionId) {
        var view = execution(executionId);
        if (!view.stoppable()) {
            throw new InvalidInputException(Violation.of("execution", "jobs.notRunning"));
        }
        BatchRuntime.getJobOperator().stop(executionId);
    }

    /** Restarts a failed or stopped execution from its last checkpoint; returns the new execution's id. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public long restart(long executionId) {
        var view = execution(executionId);
        if (!view.restartable()) {
            throw new InvalidInputException(Violation.of("execution", "jobs.notRestartable"));
        }
        var run = view.run();
        return accountRuns.restart(run.jobName(), executionId,
                new RunParameters(run.accountId(), run.dryRun(), Callers.name(context), "RESTART", executionId));
    }

    private JobRunView run(long executionId) {
        var run = runs.view(executionId);
        if (run == null) {
            throw new NotFoundException("execution", executionId);
        }
        return run;
    }

    private JobExecutionView view(JobRunView run) {
        JobOperator operator = BatchRuntime.getJobOperator();
        BatchStatus status;
        long read = 0;
        long written = 0;
        long skipped = 0;
        boolean latest;
        try {
            status = operator.getJobExecution(run.executionId()).getBatchStatus();
            for (StepExecution step : operator.getStepExecutions(run.executionId())) {
                for (Metric m : step.getMetrics()) {
                    switch (m.getType()) {
                        case READ_COUNT -> read += m.getValue();
                        case WRITE_COUNT -> written += m.getValue();
                        case PROCESS_SKIP_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += m.getValue();
                        default -> { }
                    }
                }
            }
            var executions = operator.getJobExecutions(operator.getJobInstance(run.executionId()));
            latest = executions.stream().mapToLong(e -> e.getExecutionId()).max().orElse(run.executionId())
                    == run.executionId();
        } catch (NoSuchJobExecutionException e) {
            return new JobExecutionView(run, "ABANDONED", 0, 0, 0, false, false);
        }
        boolean running = RUNNING.contains(status) && "RUNNING".equals(run.status());
        // a run the last server stop interrupted still says STARTED in JBeret's repository
        boolean interrupted = RUNNING.contains(status) && !"RUNNING".equals(run.status());
        boolean restartable = latest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || interrupted);
        return new JobExecutionView(run, interrupted ? BatchStatus.FAILED.name() : status.name(), read, written,
                skipped, running, restartable);
    }
}

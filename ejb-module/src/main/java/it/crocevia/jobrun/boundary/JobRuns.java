package it.crocevia.jobrun.boundary;

import it.crocevia.jobrun.entity.JobRun;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's bookkeeping of batch job executions (SPEC §7): the per-account lock, the run with
 * its progress, the records skipped with their reasons, and the changes a dry run would make.
 * JBeret's own repository keeps the executions' status, metrics and checkpoints.
 *
 * <p>Called by the jobs (which run as no user) and by the job boundaries, which check the roles.
 */
@Stateless
@PermitAll
public class JobRuns {

    /** A change a dry run would make. */
    public record PreviewChange(long customerId, String field, String oldValue, String newValue)
            implements Serializable {
    }

    /** A record a job skipped and why. */
    public record Problem(String item, String reason) implements Serializable {
    }

    /** One day of one job: runs, records done, records skipped and failed runs. */
    public record Day(String jobName, LocalDate day, long runs, long done, long skipped, long failed)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /** Takes the job's lock for the account; refused while another execution holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void lock(String jobName, long accountId) {
        try {
            em.createNativeQuery("INSERT INTO job_lock (lock_key, locked_at) VALUES (?, ?)")
                    .setParameter(1, lockKey(jobName, accountId)).setParameter(2, now()).executeUpdate();
        } catch (PersistenceException e) {
            throw new JobAlreadyRunningException(jobName, accountId);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unlock(String jobName, long accountId) {
        em.createNativeQuery("DELETE FROM job_lock WHERE lock_key = ?").setParameter(1, lockKey(jobName, accountId))
                .executeUpdate();
    }

    /**
     * At start-up nothing runs yet: every lock is released, and runs a stopped server left
     * running are marked failed (JBeret restarts them from their last checkpoint).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseAfterRestart() {
        em.createNativeQuery("DELETE FROM job_lock").executeUpdate();
        var running = em.createNamedQuery(JobRun.FIND_RUNNING, JobRun.class).getResultList();
        running.forEach(r -> r.end("FAILED", "Interrupted: the server stopped during the run", now()));
        return running.size();
    }

    /**
     * The execution has started; {@code done} is what a restarted execution had already done.
     * Called by the boundary that started it and by the job itself, whichever comes first: the
     * second call finds the run there and leaves it as it is.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void begin(long executionId, String jobName, Long accountId, boolean dryRun, String startedBy,
            String trigger, Long restartOf, long total) {
        var previous = restartOf == null ? null : em.find(JobRun.class, restartOf);
        em.createNativeQuery("INSERT IGNORE INTO job_run (execution_id, job_name, account_id, dry_run, started_by, "
                + "trigger_source, restart_of, total, done, changed, status, started_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'RUNNING', ?)").setParameter(1, executionId)
                .setParameter(2, jobName).setParameter(3, accountId).setParameter(4, dryRun)
                .setParameter(5, startedBy).setParameter(6, trigger).setParameter(7, restartOf)
                .setParameter(8, total).setParameter(9, previous == null ? 0 : previous.getDone())
                .setParameter(10, now()).executeUpdate();
    }

    /** How many records the execution has to go through, once it has counted them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void total(long executionId, long total) {
        em.createNativeQuery("UPDATE job_run SET total = ? WHERE execution_id = ?").setParameter(1, total)
                .setParameter(2, executionId).executeUpdate();
    }

    /** A chunk is being committed: joins its transaction, so progress and data move together. */
    public void advance(long executionId, String position, long read, long changed) {
        em.find(JobRun.class, executionId).advance(position, read, changed);
    }

    /** The execution a chain of restarts began with (the execution itself when it restarts none). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long firstOf(long executionId) {
        long first = executionId;
        for (var run = em.find(JobRun.class, executionId); run != null && run.getRestartOf() != null;
                run = em.find(JobRun.class, run.getRestartOf())) {
            first = run.getRestartOf();
        }
        return first;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(long executionId, String status, String message) {
        var run = em.find(JobRun.class, executionId);
        if (run != null) {
            run.end(status, message, now());
        }
    }

    /** Lists a skipped record; the same record twice in one execution is listed once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void problem(long executionId, String item, String reason) {
        em.createNativeQuery("INSERT IGNORE INTO job_problem (execution_id, item, reason) VALUES (?, ?, ?)")
                .setParameter(1, executionId).setParameter(2, item == null ? "?" : item)
                .setParameter(3, reason == null ? "" : reason.length() > 500 ? reason.substring(0, 500) : reason)
                .executeUpdate();
    }

    /** Keeps what a dry run would change, in the chunk's transaction. */
    public void preview(long executionId, List<PreviewChange> changes) {
        for (var c : changes) {
            em.createNativeQuery("INSERT INTO job_preview_change (execution_id, customer_id, field, old_value, "
                    + "new_value) VALUES (?, ?, ?, ?, ?)").setParameter(1, executionId)
                    .setParameter(2, c.customerId()).setParameter(3, c.field()).setParameter(4, c.oldValue())
                    .setParameter(5, c.newValue()).executeUpdate();
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PreviewChange> previewOf(long executionId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT customer_id, field, old_value, new_value "
                + "FROM job_preview_change WHERE execution_id = ? ORDER BY customer_id, id")
                .setParameter(1, executionId).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new PreviewChange(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3])).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Problem> problems(long executionId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT item, reason FROM job_problem WHERE execution_id = ? "
                + "ORDER BY item").setParameter(1, executionId).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new Problem((String) r[0], (String) r[1])).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JobRunView view(long executionId) {
        var run = em.find(JobRun.class, executionId);
        return run == null ? null : views(List.of(run)).get(0);
    }

    /** The latest executions, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRunView> latest(int first, int max) {
        return views(em.createNamedQuery(JobRun.LATEST, JobRun.class).setFirstResult(first).setMaxResults(max)
                .getResultList());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_run").getSingleResult()).longValue();
    }

    /** Per job and day since {@code from}: runs, records done and skipped, failed runs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Day> days(LocalDate from) {
        var runs = views(em.createNamedQuery(JobRun.SINCE, JobRun.class).setParameter("since", from.atStartOfDay())
                .getResultList());
        Map<String, Day> days = new HashMap<>();
        for (var r : runs) {
            var day = r.startedAt().toLocalDate();
            days.merge(r.jobName() + "|" + day, new Day(r.jobName(), day, 1, r.done(), r.skipped(),
                    "FAILED".equals(r.status()) ? 1 : 0), (a, b) -> new Day(a.jobName(), a.day(), a.runs() + b.runs(),
                            a.done() + b.done(), a.skipped() + b.skipped(), a.failed() + b.failed()));
        }
        return days.values().stream().sorted((a, b) -> a.day().compareTo(b.day())).toList();
    }

    private List<JobRunView> views(List<JobRun> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> skipped = new HashMap<>();
        var query = em.createNativeQuery("SELECT execution_id, COUNT(*) FROM job_problem WHERE execution_id IN ("
                + String.join(",", runs.stream().map(r -> "?").toList()) + ") GROUP BY execution_id");
        for (int i = 0; i < runs.size(); i++) {
            query.setParameter(i + 1, runs.get(i).getExecutionId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> skipped.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return runs.stream().map(r -> new JobRunView(r.getExecutionId(), r.getJobName(), r.getAccountId(),
                r.isDryRun(), r.getStartedBy(), r.getTrigger(), r.getRestartOf(), r.getTotal(), r.getDone(),
                r.getChanged(), skipped.getOrDefault(r.getExecutionId(), 0L), r.getStatus(), r.getStartedAt(),
                r.getEndedAt(), r.getMessage())).toList();
    }

    private static String lockKey(String jobName, long accountId) {
        return jobName + ":" + accountId;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}

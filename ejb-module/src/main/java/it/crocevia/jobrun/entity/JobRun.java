package it.crocevia.jobrun.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * What the console adds to one JBeret job execution: the account, who or which schedule started
 * it, how far it has gone ({@code done} of {@code total}, restarts included) and how it ended.
 */
@Entity
@Table(name = "job_run")
@NamedQuery(name = JobRun.LATEST, query = "SELECT r FROM JobRun r ORDER BY r.executionId DESC")
@NamedQuery(name = JobRun.SINCE, query = "SELECT r FROM JobRun r WHERE r.startedAt >= :since")
@NamedQuery(name = JobRun.FIND_RUNNING, query = "SELECT r FROM JobRun r WHERE r.status = 'RUNNING'")
public class JobRun {

    public static final String LATEST = "JobRun.latest";
    public static final String SINCE = "JobRun.since";
    public static final String FIND_RUNNING = "JobRun.findRunning";

    @Id
    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "job_name", nullable = false, length = 64)
    private String jobName;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Column(name = "trigger_source", nullable = false, length = 20)
    private String trigger;

    @Column(name = "restart_of")
    private Long restartOf;

    private long total;

    @Column(length = 64)
    private String position;

    private long done;

    private long changed;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(length = 1000)
    private String message;

    protected JobRun() {
    }

    public void advance(String position, long read, long changed) {
        this.position = position;
        this.done += read;
        this.changed += changed;
    }

    /** A completed run has done everything, the records it skipped at the very end included. */
    public void end(String status, String message, LocalDateTime endedAt) {
        this.status = status;
        if ("COMPLETED".equals(status)) {
            done = Math.max(done, total);
        }
        this.message = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
        this.endedAt = endedAt;
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getJobName() {
        return jobName;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getTrigger() {
        return trigger;
    }

    public Long getRestartOf() {
        return restartOf;
    }

    public long getTotal() {
        return total;
    }

    public String getPosition() {
        return position;
    }

    public long getDone() {
        return done;
    }

    public long getChanged() {
        return changed;
    }

    public String getStatus() {
        return status;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public String getMessage() {
        return message;
    }
}

package it.crocevia.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A remote record a run reported and skipped, with the reason. */
@Entity
@Table(name = "sync_problem")
@NamedQuery(name = SyncProblem.FIND_BY_RUNS, query = "SELECT p FROM SyncProblem p WHERE p.runId IN :runIds ORDER BY p.id")
public class SyncProblem {

    public static final String FIND_BY_RUNS = "SyncProblem.findByRuns";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "remote_id", length = 64)
    private String remoteId;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected SyncProblem() {
    }

    public SyncProblem(long runId, String remoteId, String reason) {
        this.runId = runId;
        this.remoteId = remoteId;
        this.reason = reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
    }

    public long getRunId() {
        return runId;
    }

    public String getRemoteId() {
        return remoteId;
    }

    public String getReason() {
        return reason;
    }
}

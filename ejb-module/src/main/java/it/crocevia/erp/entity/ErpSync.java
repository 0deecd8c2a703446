package it.crocevia.erp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** One ERP sync, FULL or DELTA, with its counts and the kinds of items pushed in it. */
@Entity
@Table(name = "erp_sync")
public class ErpSync {

    /** FULL: what is absent at the end is marked gone; DELTA: only what changed is pushed. */
    public enum Mode { FULL, DELTA }

    /** How it stands. */
    public enum Status { OPEN, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    private String mode;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    private int received;
    private int stored;
    private int rejected;
    private int gone;

    @Column(nullable = false, length = 64)
    private String kinds = "";

    protected ErpSync() {
    }

    public ErpSync(Mode mode, String startedBy, LocalDateTime startedAt) {
        this.mode = mode.name();
        this.status = Status.OPEN.name();
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void pushed(String kind, int received, int stored, int rejected) {
        var all = new LinkedHashSet<>(kinds());
        all.add(kind);
        this.kinds = String.join(",", all);
        this.received += received;
        this.stored += stored;
        this.rejected += rejected;
    }

    public void complete(int gone, LocalDateTime at) {
        this.gone = gone;
        this.status = Status.COMPLETED.name();
        this.endedAt = at;
    }

    public Set<String> kinds() {
        return kinds.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(kinds.split(",")));
    }

    public boolean isOpen() {
        return Status.OPEN.name().equals(status);
    }

    public Long getId() {
        return id;
    }

    public Mode getMode() {
        return Mode.valueOf(mode);
    }

    public String getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public int getReceived() {
        return received;
    }

    public int getStored() {
        return stored;
    }

    public int getRejected() {
        return rejected;
    }

    public int getGone() {
        return gone;
    }
}

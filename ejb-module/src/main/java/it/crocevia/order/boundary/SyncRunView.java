package it.crocevia.order.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A sync run as the console and the REST API show it, with the records it reported. */
public record SyncRunView(long id, long accountId, String kind, String trigger, String startedBy, String status,
        LocalDateTime startedAt, LocalDateTime endedAt, int fetched, int imported, int updated, int skipped,
        int customersCreated, int customersUpdated, String message, List<Problem> problems) implements Serializable {

    /** A record the run could not import. */
    public record Problem(String remoteId, String reason) implements Serializable {
    }

    public SyncRunView {
        problems = List.copyOf(problems);
    }
}

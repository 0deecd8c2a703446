package it.crocevia.order.boundary;

import jakarta.ejb.ApplicationException;

/** A sync of this kind is already running for the account: the second start is refused, not queued. */
@ApplicationException(rollback = true)
public class SyncAlreadyRunningException extends RuntimeException {

    public SyncAlreadyRunningException(long accountId, String kind) {
        super(kind + " sync already running for account " + accountId);
    }
}

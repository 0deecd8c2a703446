package it.crocevia.platform.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record since the caller read it. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String type, Object id) {
        super(type + " " + id + " was changed by someone else");
    }
}

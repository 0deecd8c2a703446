package it.crocevia.login.boundary;

import jakarta.ejb.ApplicationException;

/** Too many requests from one client address: it must wait before asking again. */
@ApplicationException(rollback = true)
public class ThrottledException extends RuntimeException {

    public ThrottledException() {
        super("too many requests from this address");
    }
}

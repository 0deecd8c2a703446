package it.crocevia.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A record that the caller named does not exist (any more). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String type, Object id) {
        super(type + " " + id + " not found");
    }
}

package it.crocevia.login.boundary;

import java.io.Serializable;
import java.util.List;

/** A customer signed in to the portal: who, and which of their records the login serves. */
public record PortalSession(long loginId, int epoch, String email, String name, boolean mustChange,
        List<LinkedRecord> records) implements Serializable {
}

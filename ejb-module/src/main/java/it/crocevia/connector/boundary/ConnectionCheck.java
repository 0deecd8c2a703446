package it.crocevia.connector.boundary;

/** The answer of "Test connessione". {@code detail} is technical (status, platform version), for the log line. */
public record ConnectionCheck(Outcome outcome, String detail) {

    public enum Outcome {
        /** The platform answered and accepted the credential. */
        OK,
        /** The platform answered and refused the credential. */
        BAD_CREDENTIALS,
        /** Nothing answered at that address (DNS, connection refused, timeout). */
        UNREACHABLE,
        /** Something answered, but it is not the platform the account says. */
        NOT_THE_PLATFORM,
        /** The platform answered with an error of its own. */
        REMOTE_ERROR
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}

package it.crocevia.connector.boundary;

/**
 * A platform could not be read even after the retries: unreachable, refusing the credential, or
 * answering errors. The message says what happened without any credential in it.
 */
public class RemoteException extends RuntimeException {

    private final ConnectionCheck.Outcome outcome;

    public RemoteException(ConnectionCheck.Outcome outcome, String message, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    public ConnectionCheck.Outcome outcome() {
        return outcome;
    }
}

package it.crocevia.catalog.boundary;

/**
 * The answer of "Test connessione" of a Google Shopping account that publishes through the Merchant
 * API: what the operator must fix, if anything. {@code detail} is technical (Google's message, an
 * HTTP status), for the log line; it never holds the key or a token.
 */
public record MerchantCheck(Outcome outcome, String detail) implements java.io.Serializable {

    public enum Outcome {
        /** The key signs in, the account is reachable and the data source takes products. */
        OK,
        /** The key file is not a service-account key, or Google refuses it (unknown, deleted, wrong key). */
        BAD_KEY,
        /** The key's Cloud project has not been registered with the merchant account (Merchant API v1). */
        PROJECT_NOT_REGISTERED,
        /** The service account is not a user of this merchant account (or the account id is wrong). */
        NO_ACCESS,
        /** The merchant account has no data source of that id. */
        DATA_SOURCE_MISSING,
        /** The data source exists but does not take products through the API (a file or Merchant Center's own). */
        DATA_SOURCE_NOT_API,
        /** Google could not be reached (DNS, connection refused, timeout). */
        UNREACHABLE,
        /** Google answered with an error of its own (5xx, quota) even after the retries. */
        REMOTE_ERROR
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}

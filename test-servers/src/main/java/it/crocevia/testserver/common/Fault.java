package it.crocevia.testserver.common;

import java.util.OptionalInt;

/**
 * One injected failure: the HTTP status to answer and, for 429, the seconds to put in
 * {@code Retry-After}.
 *
 * @param status HTTP status of the failure
 * @param retryAfterSeconds seconds for {@code Retry-After}, or a negative number for none
 */
public record Fault(int status, int retryAfterSeconds) {

    /** @return the {@code Retry-After} seconds, when this fault carries one */
    public OptionalInt retryAfter() {
        return retryAfterSeconds < 0 ? OptionalInt.empty() : OptionalInt.of(retryAfterSeconds);
    }
}

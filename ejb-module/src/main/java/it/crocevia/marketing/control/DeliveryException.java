package it.crocevia.marketing.control;

import java.time.Duration;

/**
 * A call to a marketing platform that did not succeed: whether trying again may help (timeouts,
 * 5xx, 429) and how long the platform asked to wait, if it said.
 */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final transient Duration retryAfter;
    private final int status;

    public DeliveryException(String message, int status, boolean retryable, Duration retryAfter) {
        super(message);
        this.status = status;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public boolean retryable() {
        return retryable;
    }

    /** @return the wait the platform asked for (Retry-After, retry_after), or null */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** @return the HTTP status, 0 when no answer came */
    public int status() {
        return status;
    }
}

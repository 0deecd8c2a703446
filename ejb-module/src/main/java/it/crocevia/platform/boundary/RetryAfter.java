package it.crocevia.platform.boundary;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The wait an HTTP {@code Retry-After} header asks for (RFC 9110 §10.2.3): a number of seconds or
 * an HTTP date. Every remote API client honours it the same way: a date in the past is no wait, and
 * the wait is capped, so a platform cannot park a job for an hour.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * @param header the header's value, or null when there was none
     * @param max the longest wait to accept
     * @return the wait, or empty when there is no header or it is neither seconds nor a date
     */
    public static Optional<Duration> parse(String header, Duration max) {
        String value = header == null ? "" : header.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                var at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(max) > 0 ? max : wait);
    }
}

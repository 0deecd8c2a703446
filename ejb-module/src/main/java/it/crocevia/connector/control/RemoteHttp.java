package it.crocevia.connector.control;

import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.platform.boundary.RetryAfter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Requests to a platform with the retries a remote API needs: connection failures,
 * timeouts, 5xx and 429 are tried again with exponential backoff and jitter, and a
 * {@code Retry-After} is honoured. Other answers (2xx, 4xx) go back to the caller as they are.
 * Only idempotent methods (GET, PUT, DELETE) are retried: a POST that failed may still have
 * created something, so it is sent once and its failure reported (see {@link #send}).
 * Request URIs carry no credential (the adapters authenticate with headers), so they may be logged.
 */
public final class RemoteHttp {

    private static final Logger LOG = Logger.getLogger(RemoteHttp.class.getName());
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    /** Methods whose repetition does no harm: sending them twice leaves the platform as sending them once. */
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE");

    private final HttpClient client;
    private final RetryPolicy policy;

    /** How often and how long to wait before giving up on a platform. */
    public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration requestTimeout) {

        public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(8),
                Duration.ofSeconds(60));

        Duration backoff(int attempt) {
            long base = initialDelay.toMillis() << Math.min(attempt - 1, 16);
            long capped = Math.min(base, maxDelay.toMillis());
            return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
        }
    }

    /**
     * A platform's answer, its body as the bytes that came: JSON parsers read them as they are
     * ({@link #stream()}), without a copy as text first.
     */
    public record Reply(int status, byte[] bytes, HttpHeaders headers) {

        /** The body as text (UTF-8), for messages. */
        public String body() {
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        public InputStream stream() {
            return new ByteArrayInputStream(bytes == null ? new byte[0] : bytes);
        }

        public boolean isEmpty() {
            return bytes == null || bytes.length == 0;
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public RemoteHttp(HttpClient client, RetryPolicy policy) {
        this.client = client;
        this.policy = policy;
    }

    /**
     * An optional part of a reading (a resource an older shop lacks, or a key may not read): what
     * it gives, or nothing when the platform refuses it. A platform out of reach still fails the
     * whole reading.
     */
    public static <T> List<T> optional(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (RemoteException e) {
            if (e.outcome() == Outcome.UNREACHABLE) {
                throw e;
            }
            return List.of();
        }
    }

    /** The HTTP client, for what is not a platform's API (the images a publisher downloads). */
    public HttpClient client() {
        return client;
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Sends several GETs at once and returns their replies in the same order: the first attempts
     * travel together; one worth retrying goes on alone, as {@link #get} would.
     */
    public List<Reply> getAll(List<URI> uris, Map<String, String> headers) {
        var requests = uris.stream().map(uri -> request("GET", uri, headers, null, null)).toList();
        var first = requests.stream().map(request -> client.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray())).toList();
        var replies = new ArrayList<Reply>(uris.size());
        for (int i = 0; i < uris.size(); i++) {
            try {
                var response = first.get(i).join();
                int status = response.statusCode();
                var reply = new Reply(status, response.body(), response.headers());
                replies.add(status != 429 && status < 500 ? reply
                        : retry(requests.get(i), status == 429 ? retryAfter(reply) : Optional.empty()));
            } catch (CompletionException | CancellationException e) {
                replies.add(retry(requests.get(i), Optional.empty()));
            }
        }
        return replies;
    }

    /** Sends a GET, retrying what is worth retrying; throws when the platform stays unavailable. */
    public Reply get(URI uri, Map<String, String> headers) {
        return attempts(request("GET", uri, headers, null, null), 1);
    }

    /**
     * Sends a request with a body (or none when {@code body} is null). GET, PUT and DELETE are
     * retried as {@link #get} retries them. Any other method (POST) is sent once: when it fails
     * without an answer, or with a 5xx or 429, it may or may not have been applied, so this throws
     * a {@link RemoteException} instead of sending it again and perhaps creating a second record;
     * the caller finds out what happened before trying again.
     *
     * @param contentType the body's media type, e.g. {@code application/json}
     */
    public Reply send(String method, URI uri, Map<String, String> headers, String body, String contentType) {
        return send(request(method, uri, headers, body == null ? null
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType));
    }

    /** Like {@link #send(String, URI, Map, String, String)}, with a binary body (a multipart upload). */
    public Reply send(String method, URI uri, Map<String, String> headers, byte[] body, String contentType) {
        return send(request(method, uri, headers, HttpRequest.BodyPublishers.ofByteArray(body), contentType));
    }

    private Reply send(HttpRequest request) {
        String method = request.method();
        URI uri = request.uri();
        if (IDEMPOTENT.contains(method)) {
            return attempts(request, 1);
        }
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status == 429 || status >= 500) {
                throw new RemoteException(Outcome.REMOTE_ERROR, "HTTP " + status + " from " + method + " "
                        + path(uri) + " (not retried: it may have been applied)", null);
            }
            return new Reply(status, response.body(), response.headers());
        } catch (IOException e) {
            throw new RemoteException(Outcome.UNREACHABLE, "No answer from " + uri.getHost() + " to a " + method
                    + " (not retried: it may have been applied): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(Outcome.UNREACHABLE, "Interrupted while calling " + uri.getHost(), e);
        }
    }

    /** After a first attempt that failed: waits as a retry would, then makes the remaining attempts. */
    private Reply retry(HttpRequest request, Optional<Duration> retryAfter) {
        if (policy.maxAttempts() < 2) {
            throw new RemoteException(Outcome.REMOTE_ERROR, "No usable answer from " + path(request.uri()), null);
        }
        sleep(retryAfter.orElse(policy.backoff(1)));
        return attempts(request, 2);
    }

    private Reply attempts(HttpRequest request, int first) {
        URI uri = request.uri();
        RemoteException last = null;
        for (int attempt = first; attempt <= policy.maxAttempts(); attempt++) {
            Duration wait;
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                var reply = new Reply(status, response.body(), response.headers());
                if (status != 429 && status < 500) {
                    return reply;
                }
                last = new RemoteException(Outcome.REMOTE_ERROR, "HTTP " + status + " from " + path(uri), null);
                wait = status == 429 ? retryAfter(reply).orElse(policy.backoff(attempt)) : policy.backoff(attempt);
            } catch (IOException e) {
                last = new RemoteException(Outcome.UNREACHABLE, "No answer from " + uri.getHost() + ": " + e, e);
                wait = policy.backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteException(Outcome.UNREACHABLE, "Interrupted while calling " + uri.getHost(), e);
            }
            if (attempt < policy.maxAttempts()) {
                LOG.log(Level.FINE, "Attempt {0} of {1} failed ({2}); retrying in {3} ms",
                        new Object[] {attempt, path(uri), last.getMessage(), wait.toMillis()});
                sleep(wait);
            }
        }
        throw last;
    }

    private HttpRequest request(String method, URI uri, Map<String, String> headers, HttpRequest.BodyPublisher body,
            String contentType) {
        var request = HttpRequest.newBuilder(uri).timeout(policy.requestTimeout());
        String upper = method.toUpperCase(Locale.ROOT);
        if (body == null) {
            request.method(upper, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(upper, body);
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return request.build();
    }

    private static Optional<Duration> retryAfter(Reply reply) {
        return RetryAfter.parse(reply.header("Retry-After"), MAX_RETRY_AFTER);
    }

    private static String path(URI uri) {
        return uri.getHost() + uri.getRawPath();
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(Outcome.UNREACHABLE, "Interrupted while waiting to retry", e);
        }
    }
}

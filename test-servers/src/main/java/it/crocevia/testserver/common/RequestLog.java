package it.crocevia.testserver.common;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What clients asked a test server, so tests can assert how a client used the API ("n requests
 * were made", "no page larger than 1000 was asked", "the 429 was retried") without the server
 * keeping every request of a long benchmark: counts are kept for all requests, URIs only for the
 * most recent ones.
 */
public final class RequestLog {

    /**
     * One request as the server saw it.
     *
     * @param at when it was answered
     * @param method HTTP method
     * @param uri request URI (path and raw query)
     * @param resource the platform resource it addressed (e.g. {@code orders}), or empty
     * @param status HTTP status of the answer
     */
    public record Entry(Instant at, String method, URI uri, String resource, int status) {}

    private final int capacity;
    private final Deque<Slot> recent;
    private final Map<String, Integer> countsByResource = new TreeMap<>();
    private final Map<Integer, Integer> countsByStatus = new TreeMap<>();
    private int total;

    /** @param capacity how many recent requests to keep */
    public RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.recent = new ArrayDeque<>(capacity);
    }

    /** A request as it arrives; its status is filled in when it is answered. */
    static final class Slot {
        private final Instant at;
        private final String method;
        private final URI uri;
        private final String resource;
        private int status = -1;

        private Slot(Instant at, String method, URI uri, String resource) {
            this.at = at;
            this.method = method;
            this.uri = uri;
            this.resource = resource;
        }

        Entry entry() {
            return new Entry(at, method, uri, resource, status);
        }
    }

    /**
     * Counts a request when it arrives, before it is answered: a client that has its answer
     * always finds its request counted.
     */
    synchronized Slot arrived(Instant at, String method, URI uri, String resource) {
        var slot = new Slot(at, method, uri, resource);
        if (recent.size() == capacity) {
            recent.removeFirst();
        }
        recent.addLast(slot);
        countsByResource.merge(resource, 1, Integer::sum);
        total++;
        return slot;
    }

    /** Notes the status a request was answered with. */
    synchronized void answered(Slot slot, int status) {
        slot.status = status;
        countsByStatus.merge(status, 1, Integer::sum);
    }

    /** @return how many requests arrived since start or the last {@link #clear()} */
    public synchronized int count() {
        return total;
    }

    /**
     * @param resource a resource name such as {@code orders}
     * @return how many requests addressed it
     */
    public synchronized int count(String resource) {
        return countsByResource.getOrDefault(resource, 0);
    }

    /**
     * @param status an HTTP status
     * @return how many requests were answered with it
     */
    public synchronized int countByStatus(int status) {
        return countsByStatus.getOrDefault(status, 0);
    }

    /** @return request counts per resource */
    public synchronized Map<String, Integer> countsByResource() {
        return Map.copyOf(countsByResource);
    }

    /** @return the most recent requests, oldest first */
    public synchronized List<Entry> recent() {
        return recent.stream().map(Slot::entry).toList();
    }

    /** @return the URIs of the most recent requests, oldest first */
    public synchronized List<URI> recentUris() {
        List<URI> uris = new ArrayList<>(recent.size());
        recent.forEach(slot -> uris.add(slot.uri));
        return uris;
    }

    /** Forgets every request. */
    public synchronized void clear() {
        recent.clear();
        countsByResource.clear();
        countsByStatus.clear();
        total = 0;
    }
}

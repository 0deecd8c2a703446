package it.crocevia.connector.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The customers of a platform read by their platform ids ({@link ShopAdapter#customers(List)}):
 * {@code found} by platform id, and the ones the mapper cannot use in {@code rejected}, with the
 * reason. An id asked for that is in neither is no longer on the platform (deleted, or never was).
 */
public record CustomerBatch(Map<String, RemoteCustomer> found, List<RejectedRecord> rejected) {

    private static final Pattern PLATFORM_ID = Pattern.compile("[0-9]+");

    public CustomerBatch {
        found = Collections.unmodifiableMap(new LinkedHashMap<>(found));
        rejected = List.copyOf(rejected);
    }

    /** @return whether the customer with this platform id is no longer on the platform */
    public boolean missing(String remoteId) {
        return !found.containsKey(remoteId) && rejected.stream().noneMatch(r -> remoteId.equals(r.remoteId()));
    }

    /**
     * For the adapters: reads a batch in requests of at most {@code idsPerRequest} ids, each id
     * once; an id that is not a platform id (all digits) is not asked for, so it is missing.
     *
     * @param request reads the customers with some ids, each as a {@link RemoteCustomer} or a
     *     {@link RejectedRecord}
     */
    public static CustomerBatch read(List<String> remoteIds, int idsPerRequest,
            Function<List<String>, List<?>> request) {
        List<String> ids = remoteIds.stream().filter(PLATFORM_ID.asMatchPredicate()).distinct().toList();
        var found = new LinkedHashMap<String, RemoteCustomer>();
        var rejected = new ArrayList<RejectedRecord>();
        for (int from = 0; from < ids.size(); from += idsPerRequest) {
            for (Object mapped : request.apply(ids.subList(from, Math.min(ids.size(), from + idsPerRequest)))) {
                if (mapped instanceof RemoteCustomer customer) {
                    found.put(customer.remoteId(), customer);
                } else {
                    rejected.add((RejectedRecord) mapped);
                }
            }
        }
        return new CustomerBatch(found, rejected);
    }
}

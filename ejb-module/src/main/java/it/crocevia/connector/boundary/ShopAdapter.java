package it.crocevia.connector.boundary;

import java.util.List;

/**
 * The remote API of one platform account (the connector's "adapter"): it speaks the platform's
 * HTTP API and hands back platform-neutral records. It holds no database transaction; callers
 * must not call it inside one.
 */
public interface ShopAdapter {

    /** "Test connessione": reaches the platform with the saved settings and says how it went. */
    ConnectionCheck check();

    /**
     * "Aggiorna Account": the platform's data structure as it is now.
     *
     * @throws RemoteException when the platform cannot be read after the retries
     */
    List<StructureItem> structure();

    /**
     * The page of orders at {@code offset} of the query's result, oldest update first. A record
     * the mapper cannot use is in {@link OrderPage#rejected()}, not an exception.
     *
     * @throws RemoteException when the platform cannot be read after the retries
     */
    OrderPage orders(OrderQuery query, int offset);

    /**
     * The customers with these platform ids as the platform has them now, each with its platform id
     * as {@code remoteId}; the adapter splits the ids into as many requests as the platform's limits
     * require. An id that comes back neither found nor rejected is no longer on the platform.
     *
     * @throws RemoteException when the platform cannot be read after the retries
     */
    CustomerBatch customers(List<String> remoteIds);
}

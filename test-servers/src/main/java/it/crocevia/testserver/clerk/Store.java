package it.crocevia.testserver.clerk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Clerk.io store: its public key ({@code key}) and private key ({@code private_key}) and its
 * products, categories, orders and customers, keyed by id. Posting a record whose id exists
 * replaces it (Clerk's upsert), so resending a catalog keeps one record per id.
 */
public final class Store {

    private final String name;
    private final String publicKey;
    private final String privateKey;
    private final Map<Kind, Map<String, JsonObject>> data = new EnumMap<>(Kind.class);

    Store(String name, String publicKey, String privateKey) {
        this.name = name;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        for (Kind kind : Kind.values()) {
            data.put(kind, new LinkedHashMap<>());
        }
    }

    /** @return the store's name */
    public String name() {
        return name;
    }

    /** @return the public API key, sent as {@code key} */
    public String publicKey() {
        return publicKey;
    }

    /** @return the private API key, sent as {@code private_key} */
    public String privateKey() {
        return privateKey;
    }

    /** @return the products, in the order first posted */
    public List<JsonObject> products() {
        return all(Kind.PRODUCTS);
    }

    /** @return the categories, in the order first posted */
    public List<JsonObject> categories() {
        return all(Kind.CATEGORIES);
    }

    /** @return the orders, in the order first posted */
    public List<JsonObject> orders() {
        return all(Kind.ORDERS);
    }

    /** @return the customers, in the order first posted */
    public List<JsonObject> customers() {
        return all(Kind.CUSTOMERS);
    }

    synchronized List<JsonObject> all(Kind kind) {
        return new ArrayList<>(data.get(kind).values());
    }

    synchronized void upsert(Kind kind, Collection<JsonObject> records) {
        for (JsonObject record : records) {
            data.get(kind).put(Kind.idOf(record).orElseThrow(), record);
        }
    }

    /** Changes the given fields of existing records; unknown ids are ignored. */
    synchronized int patch(Kind kind, Collection<JsonObject> changes) {
        int patched = 0;
        for (JsonObject change : changes) {
            String id = Kind.idOf(change).orElseThrow();
            JsonObject current = data.get(kind).get(id);
            if (current != null) {
                var merged = Json.createObjectBuilder(current);
                change.forEach((field, value) -> {
                    if (!field.equals("id")) {
                        merged.add(field, value);
                    }
                });
                data.get(kind).put(id, merged.build());
                patched++;
            }
        }
        return patched;
    }

    synchronized void delete(Kind kind, Collection<String> ids) {
        ids.forEach(data.get(kind)::remove);
    }

    synchronized List<JsonObject> byIds(Kind kind, Collection<String> ids) {
        List<JsonObject> found = new ArrayList<>();
        for (String id : ids) {
            JsonObject record = data.get(kind).get(id);
            if (record != null) {
                found.add(record);
            }
        }
        return found;
    }
}

package it.crocevia.testserver.activecampaign;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One resource of an account (contacts, connections, customers, orders, order products) as the
 * JSON AC returns for it, keyed by AC's numeric id (sent as a string, as AC sends ids), in creation
 * order. Not synchronized itself: the account's lock guards check-then-insert sequences.
 */
final class Table {

    private final Map<String, JsonObject> rows = new LinkedHashMap<>();
    private long lastId;

    String nextId() {
        return Long.toString(++lastId);
    }

    void put(JsonObject row) {
        rows.put(row.getString("id"), row);
    }

    Optional<JsonObject> get(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    List<JsonObject> all() {
        return new ArrayList<>(rows.values());
    }

    List<JsonObject> where(Predicate<JsonObject> filter) {
        return rows.values().stream().filter(filter).toList();
    }

    void remove(String id) {
        rows.remove(id);
    }
}

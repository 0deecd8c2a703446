package it.crocevia.testserver.prestashop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A secondary index on one column of a {@link Table}, as MySQL keeps one for each {@code KEY} of
 * PrestaShop's schema (e.g. {@code KEY id_customer} of {@code ps_address} and {@code ps_orders},
 * {@code KEY id_order} of {@code ps_order_detail}): the ids of the rows by the value the column
 * compares as ({@link SqlCompare#key}), so that {@code filter[id_customer]=[a|b|c]} costs the rows
 * it finds, not a scan of the table. Rows whose column is null are not indexed (no equality
 * matches null). The table updates it on every write; not thread-safe, as the table.
 */
final class ColumnIndex {

    private final int field;
    private final Kind kind;
    private final Map<Object, Set<Integer>> ids = new HashMap<>();

    ColumnIndex(Resource resource, String name) {
        this.field = resource.required(name);
        if (resource.fields.get(field).i18n()) {
            throw new IllegalArgumentException(resource.name + ": a multilingual field cannot be indexed: " + name);
        }
        this.kind = resource.fields.get(field).kind();
    }

    int field() {
        return field;
    }

    void add(Row row) {
        Object key = key(row);
        if (key != null) {
            ids.computeIfAbsent(key, k -> new TreeSet<>()).add(row.id);
        }
    }

    void remove(Row row) {
        Object key = key(row);
        Set<Integer> rows = key == null ? null : ids.get(key);
        if (rows != null && rows.remove(row.id) && rows.isEmpty()) {
            ids.remove(key);
        }
    }

    void clear() {
        ids.clear();
    }

    /** @return the ids of the rows whose column has one of these keys */
    List<Integer> find(Set<Object> keys) {
        List<Integer> found = new ArrayList<>();
        for (Object key : keys) {
            found.addAll(ids.getOrDefault(key, Set.of()));
        }
        return found;
    }

    private Object key(Row row) {
        String value = row.text(field);
        return value == null ? null : SqlCompare.key(kind, value);
    }
}

package it.crocevia.testserver.prestashop;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of one resource, indexed as MySQL indexes PrestaShop's table: by id (the primary key),
 * by each of the resource's {@link Resource#keys} ({@link ColumnIndex}) and, when the resource has
 * {@code date_upd}, by (date_upd, id): the order an incremental sync asks for, so a page of it
 * costs the page, not a sort of the whole table. Ids are given out in sequence, as MySQL's
 * AUTO_INCREMENT does, so the id index is a plain array. Every write goes through {@link #put},
 * {@link #remove} or {@link #clear}, which keep the indexes in step. Not thread-safe: {@link Store}
 * guards it.
 */
final class Table {

    final Resource resource;
    private final ArrayList<Row> byId = new ArrayList<>();
    private final NavigableSet<Row> byDateUpd;
    private final int dateUpd;
    private final Map<Integer, ColumnIndex> byKey = new HashMap<>();
    private int size;

    Table(Resource resource) {
        this.resource = resource;
        this.dateUpd = resource.indexOf("date_upd");
        this.byDateUpd = dateUpd < 0 ? null : new TreeSet<>(dateUpdOrder(dateUpd));
        for (String key : resource.keys) {
            ColumnIndex index = new ColumnIndex(resource, key);
            byKey.put(index.field(), index);
        }
    }

    /**
     * (date_upd, id) as {@code ORDER BY date_upd, id} sorts them and as {@link RowFilter} compares
     * dates: a null date first, then by {@link SqlCompare#date} (a bare date is midnight).
     */
    private static Comparator<Row> dateUpdOrder(int dateUpdIndex) {
        Comparator<Row> byDate = Comparator.comparing(row -> sortableDate(row.text(dateUpdIndex)),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        return byDate.thenComparingInt(row -> row.id);
    }

    private static String sortableDate(String text) {
        return text == null ? null : SqlCompare.date(text);
    }

    int nextId() {
        return byId.size() + 1;
    }

    /**
     * Stores or replaces a row. Ids may leave holes (PrestaShop's reference data has them, e.g.
     * country ids); shop data takes {@link #nextId()}.
     */
    void put(Row row) {
        if (row.id < 1) {
            throw new IllegalArgumentException(resource.name + ": invalid id " + row.id);
        }
        while (byId.size() < row.id - 1) {
            byId.add(null);
        }
        Row previous = null;
        if (row.id == byId.size() + 1) {
            byId.add(row);
            size++;
        } else {
            previous = byId.set(row.id - 1, row);
            if (previous == null) {
                size++;
            }
        }
        if (previous != null) {
            unindex(previous);
        }
        index(row);
    }

    /** Removes a row; its id is not given out again, as MySQL's AUTO_INCREMENT does not. */
    void remove(int id) {
        Row row = get(id);
        if (row == null) {
            return;
        }
        byId.set(id - 1, null);
        size--;
        unindex(row);
    }

    Row get(int id) {
        return id < 1 || id > byId.size() ? null : byId.get(id - 1);
    }

    int size() {
        return size;
    }

    /** @return the rows by ascending id */
    List<Row> ascending() {
        return size == byId.size() ? byId : byId.stream().filter(Objects::nonNull).toList();
    }

    /** @return the rows by descending id */
    List<Row> descending() {
        List<Row> rows = ascending();
        return new AbstractList<>() {
            @Override
            public Row get(int index) {
                return rows.get(rows.size() - 1 - index);
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
    }

    List<Integer> ids() {
        List<Integer> ids = new ArrayList<>(size);
        ascending().forEach(row -> ids.add(row.id));
        return ids;
    }

    /** @return the rows by (date_upd, id), or null when the resource has no date_upd */
    NavigableSet<Row> byDateUpd() {
        return byDateUpd;
    }

    int dateUpdIndex() {
        return dateUpd;
    }

    /**
     * The rows whose field has one of the keys ({@link SqlCompare#key}), found through the primary
     * key or a {@link ColumnIndex}, in no particular order.
     *
     * @return the rows, or null when the field has no index
     */
    List<Row> lookup(int field, Set<Object> keys) {
        if (field == 0) {
            List<Row> rows = new ArrayList<>(keys.size());
            for (Object key : keys) {
                Row row = key instanceof Double id && id == Math.rint(id) && id <= Integer.MAX_VALUE
                        ? get(id.intValue()) : null;
                if (row != null) {
                    rows.add(row);
                }
            }
            return rows;
        }
        ColumnIndex index = byKey.get(field);
        return index == null ? null : index.find(keys).stream().map(this::get).toList();
    }

    void clear() {
        byId.clear();
        size = 0;
        if (byDateUpd != null) {
            byDateUpd.clear();
        }
        byKey.values().forEach(ColumnIndex::clear);
    }

    private void index(Row row) {
        if (byDateUpd != null) {
            byDateUpd.add(row);
        }
        byKey.values().forEach(index -> index.add(row));
    }

    private void unindex(Row row) {
        if (byDateUpd != null) {
            byDateUpd.remove(row);
        }
        byKey.values().forEach(index -> index.remove(row));
    }
}

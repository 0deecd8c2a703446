package it.crocevia.testserver.prestashop;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The rows of one resource, indexed by id and, when the resource has {@code date_upd}, by
 * (date_upd, id): the order an incremental sync asks for, so a page of it costs the page, not a
 * sort of the whole table. Ids are given out in sequence, as MySQL's AUTO_INCREMENT does, so the
 * id index is a plain array. Not thread-safe: {@link Store} guards it.
 */
final class Table {

    final Resource resource;
    private final ArrayList<Row> byId = new ArrayList<>();
    private final NavigableSet<Row> byDateUpd;
    private final int dateUpd;
    private int size;

    Table(Resource resource) {
        this.resource = resource;
        this.dateUpd = resource.indexOf("date_upd");
        this.byDateUpd = dateUpd < 0 ? null : new TreeSet<>(dateUpdOrder(dateUpd));
    }

    static Comparator<Row> dateUpdOrder(int dateUpdIndex) {
        return (a, b) -> {
            int byDate = nullToEmpty(a.text(dateUpdIndex)).compareTo(nullToEmpty(b.text(dateUpdIndex)));
            return byDate != 0 ? byDate : Integer.compare(a.id, b.id);
        };
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
        if (byDateUpd != null) {
            if (previous != null) {
                byDateUpd.remove(previous);
            }
            byDateUpd.add(row);
        }
    }

    /** Removes a row; its id is not given out again, as MySQL's AUTO_INCREMENT does not. */
    void remove(int id) {
        Row row = get(id);
        if (row == null) {
            return;
        }
        byId.set(id - 1, null);
        size--;
        if (byDateUpd != null) {
            byDateUpd.remove(row);
        }
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

    void clear() {
        byId.clear();
        size = 0;
        if (byDateUpd != null) {
            byDateUpd.clear();
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

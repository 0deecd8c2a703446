package it.crocevia.testserver.magento;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The stored entities of one kind, by id (ids are given out in sequence as MySQL's
 * AUTO_INCREMENT does, so the id index is a plain list) and by (updated_at, id): the order an
 * incremental sync asks for, so paging through it costs a walk of the index rather than a sort of
 * every match. Not thread-safe: {@link ShopDatabase} guards it.
 *
 * @param <E> the entity
 */
final class EntityTable<E> {

    private final ToIntFunction<E> id;
    private final ArrayList<E> byId = new ArrayList<>();
    private final TreeSet<E> byUpdatedAt;

    EntityTable(ToIntFunction<E> id, Function<E, String> updatedAt) {
        this.id = id;
        this.byUpdatedAt = new TreeSet<>(Comparator.comparing(updatedAt).thenComparingInt(id));
    }

    int nextId() {
        return byId.size() + 1;
    }

    /** Stores a new entity (with {@link #nextId()}) or replaces a stored one. */
    void put(E entity) {
        int key = id.applyAsInt(entity);
        if (key == byId.size() + 1) {
            byId.add(entity);
        } else if (key >= 1 && key <= byId.size()) {
            byUpdatedAt.remove(byId.get(key - 1));
            byId.set(key - 1, entity);
        } else {
            throw new IllegalArgumentException("id out of sequence: " + key);
        }
        byUpdatedAt.add(entity);
    }

    E get(int key) {
        return key < 1 || key > byId.size() ? null : byId.get(key - 1);
    }

    int size() {
        return byId.size();
    }

    /** @return every entity by ascending id (a live view: read under the lock) */
    List<E> byId() {
        return byId;
    }

    /** @return every entity by (updated_at, id) (a live view: read under the lock) */
    NavigableSet<E> byUpdatedAt() {
        return byUpdatedAt;
    }

    void clear() {
        byId.clear();
        byUpdatedAt.clear();
    }
}

package it.crocevia.testserver.magento;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
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
    private int removed;

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
            E previous = byId.set(key - 1, entity);
            if (previous == null) {
                removed--;
            } else {
                byUpdatedAt.remove(previous);
            }
        } else {
            throw new IllegalArgumentException("id out of sequence: " + key);
        }
        byUpdatedAt.add(entity);
    }

    /** Removes an entity; its id is not given out again, as MySQL's AUTO_INCREMENT does not. */
    void remove(int key) {
        E entity = get(key);
        if (entity != null) {
            byId.set(key - 1, null);
            byUpdatedAt.remove(entity);
            removed++;
        }
    }

    E get(int key) {
        return key < 1 || key > byId.size() ? null : byId.get(key - 1);
    }

    int size() {
        return byId.size() - removed;
    }

    /** @return every entity by ascending id (a live view when none was removed: read under the lock) */
    List<E> byId() {
        return removed == 0 ? byId : byId.stream().filter(Objects::nonNull).toList();
    }

    /** @return every entity by (updated_at, id) (a live view: read under the lock) */
    NavigableSet<E> byUpdatedAt() {
        return byUpdatedAt;
    }

    void clear() {
        removed = 0;
        byId.clear();
        byUpdatedAt.clear();
    }
}

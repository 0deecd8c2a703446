package it.crocevia.testserver.prestashop;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The in-memory shop database: one {@link Table} per served resource and the product images behind
 * a single read-write lock, so requests read concurrently and a test's seeding or update is atomic for them.
 */
final class Store {

    private final Map<String, Table> tables = new HashMap<>();
    private final ProductImages images = new ProductImages();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    Store() {
        Resources.SERVED.values().forEach(resource -> tables.put(resource.name, new Table(resource)));
    }

    <T> T read(Function<Store, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(this);
        } finally {
            lock.readLock().unlock();
        }
    }

    void write(Consumer<Store> change) {
        lock.writeLock().lock();
        try {
            change.accept(this);
        } finally {
            lock.writeLock().unlock();
        }
    }

    <T> T writeAndGet(Function<Store, T> change) {
        lock.writeLock().lock();
        try {
            return change.apply(this);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A change that may refuse with a checked exception. */
    @FunctionalInterface
    interface Change<T, E extends Exception> {
        T apply(Store store) throws E;
    }

    /** Like {@link #writeAndGet}, for a change that may fail; what it wrote before failing stays. */
    <T, E extends Exception> T writeChecked(Change<T, E> change) throws E {
        lock.writeLock().lock();
        try {
            return change.apply(this);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The product images, which no table of a served resource holds. */
    ProductImages images() {
        return images;
    }

    Table table(Resource resource) {
        return tables.get(resource.name);
    }

    Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("not a served resource: " + name);
        }
        return table;
    }
}

package it.crocevia.testserver.magento;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The in-memory shop database: orders, customers, catalog products and the catalog's structure
 * (categories, attribute options, media files) behind one read-write lock,
 * so requests read concurrently and a test's seeding or change is atomic for them, plus the id
 * sequences Magento keeps (order items, addresses, payments, history rows, stock items and media
 * entries each have their own; increment ids are per store view) and the products' SKU index,
 * which compares SKUs as {@code utf8mb4_general_ci} does (without case or accents).
 */
final class ShopDatabase {

    final EntityTable<SalesOrder> orders = new EntityTable<>(SalesOrder::id, SalesOrder::updatedAt);
    final EntityTable<Customer> customers = new EntityTable<>(Customer::id, Customer::updatedAt);
    final EntityTable<CatalogProduct> products = new EntityTable<>(CatalogProduct::id, CatalogProduct::updatedAt);
    /** The category tree, attribute options and media files: store configuration, which {@link #clear} keeps. */
    final CatalogStructure catalog = new CatalogStructure();
    private final Map<String, Integer> productIdsBySku = new HashMap<>();
    private int stockItemSequence;
    private int mediaSequence;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int itemSequence;
    private int orderAddressSequence;
    private int paymentSequence;
    private int historySequence;
    private int customerAddressSequence;
    private int quoteSequence;
    private final int[] incrementSequences = new int[ReferenceData.STORE_VIEWS.size() + 2];

    <T> T read(Function<ShopDatabase, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(this);
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Function<ShopDatabase, T> change) {
        lock.writeLock().lock();
        try {
            return change.apply(this);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A change that may refuse with Magento's error. */
    @FunctionalInterface
    interface Change<T> {
        T apply(ShopDatabase db) throws MagentoException;
    }

    /** Like {@link #write}, for a service that may fail; nothing is half written by the services here. */
    <T> T writeChecked(Change<T> change) throws MagentoException {
        lock.writeLock().lock();
        try {
            return change.apply(this);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Like {@link #read}, for a service that may fail. */
    <T> T readChecked(Change<T> query) throws MagentoException {
        lock.readLock().lock();
        try {
            return query.apply(this);
        } finally {
            lock.readLock().unlock();
        }
    }

    void update(Consumer<ShopDatabase> change) {
        write(db -> {
            change.accept(db);
            return null;
        });
    }

    /** @return the id of the product with this SKU, or null */
    Integer productId(String sku) {
        return productIdsBySku.get(MySqlValues.collationKey(sku));
    }

    /** Stores a new or changed product and indexes its SKU. */
    void putProduct(CatalogProduct product) {
        CatalogProduct previous = products.get(product.id());
        if (previous != null) {
            productIdsBySku.remove(MySqlValues.collationKey(previous.sku()));
        }
        products.put(product);
        productIdsBySku.put(MySqlValues.collationKey(product.sku()), product.id());
    }

    void removeProduct(CatalogProduct product) {
        products.remove(product.id());
        productIdsBySku.remove(MySqlValues.collationKey(product.sku()));
    }

    int nextStockItemId() {
        return ++stockItemSequence;
    }

    int nextMediaId() {
        return ++mediaSequence;
    }

    int nextItemId() {
        return ++itemSequence;
    }

    int nextOrderAddressId() {
        return ++orderAddressSequence;
    }

    int nextPaymentId() {
        return ++paymentSequence;
    }

    int nextHistoryId() {
        return ++historySequence;
    }

    int nextCustomerAddressId() {
        return ++customerAddressSequence;
    }

    int nextQuoteId() {
        return ++quoteSequence;
    }

    /**
     * @param storeId a store view
     * @return its next increment id: nine digits for store 1 ({@code 000000001}), prefixed by the
     *     store id for the others ({@code 2000000001}), as Magento's default sequence profile does
     */
    String nextIncrementId(int storeId) {
        int slot = storeId >= 0 && storeId < incrementSequences.length ? storeId : incrementSequences.length - 1;
        int next = ++incrementSequences[slot];
        String digits = String.format(Locale.ROOT, "%09d", next);
        return storeId <= 1 ? digits : storeId + digits;
    }

    void clear() {
        orders.clear();
        customers.clear();
        products.clear();
        productIdsBySku.clear();
        stockItemSequence = 0;
        mediaSequence = 0;
        itemSequence = 0;
        orderAddressSequence = 0;
        paymentSequence = 0;
        historySequence = 0;
        customerAddressSequence = 0;
        quoteSequence = 0;
        Arrays.fill(incrementSequences, 0);
    }
}

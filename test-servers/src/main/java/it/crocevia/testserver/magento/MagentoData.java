package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.SqlDates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The seeding and changing API of a {@link MagentoTestServer}'s shop: customers, guest and
 * customer orders, catalog products with their stock, categories and attribute options, the
 * changes a back office makes (which move {@code updated_at}), and raw reads for assertions, such
 * as what a client published ({@link #productField}, {@link #stockField}, {@link #images},
 * {@link #categoryPositions}). Dates are UTC, as Magento stores them.
 *
 * <p>Nothing is validated on purpose: an order may point to a customer that does not exist or
 * carry an unknown currency, and any field may hold any text (see {@link OrderSpec#set}), so
 * clients can be tested against the malformed records real shops contain. Every call is atomic
 * for concurrent requests.
 */
public final class MagentoData {

    private final ShopDatabase db;
    private final Random random = new Random(20_240_415L);
    private volatile Clock clock = Clock.systemUTC();

    MagentoData(ShopDatabase db) {
        this.db = db;
    }

    void clock(Clock clock) {
        this.clock = clock.withZone(ZoneOffset.UTC);
    }

    /** @return the shop's current time, UTC, whole seconds */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** @return the new customer's id */
    public int addCustomer(CustomerSpec spec) {
        return db.write(d -> {
            Customer customer = CustomerBuilder.build(d, spec, now());
            d.customers.put(customer);
            return customer.id();
        });
    }

    /** @return the new order's {@code entity_id} */
    public int addOrder(OrderSpec spec) {
        return db.write(d -> {
            SalesOrder order = new OrderBuilder(d, random).build(spec, now());
            d.orders.put(order);
            return order.id();
        });
    }

    /**
     * Sets an order's {@code updated_at}, as any save of the order does.
     *
     * @param orderId the order's entity_id
     * @param updatedAt the new value, UTC
     */
    public void touch(int orderId, LocalDateTime updatedAt) {
        db.update(d -> {
            SalesOrder order = existingOrder(d, orderId);
            d.orders.put(order.withOrder(order.order().with("updated_at", SqlDates.dateTime(updatedAt))));
        });
    }

    /** Moves an order to a state and status without a comment; see {@link #changeStatus(int, String, String, LocalDateTime, String)}. */
    public void changeStatus(int orderId, String state, String status, LocalDateTime at) {
        changeStatus(orderId, state, status, at, null);
    }

    /**
     * Moves an order to another state and status as the back office does: {@code state},
     * {@code status} and {@code updated_at} change and a status history row is added (newest
     * first). Amounts are not recomputed (an invoice or a refund made this way would also change
     * the totals on a real shop).
     *
     * @param at when, UTC
     * @param comment the history comment, or null
     */
    public void changeStatus(int orderId, String state, String status, LocalDateTime at, String comment) {
        db.update(d -> {
            SalesOrder order = existingOrder(d, orderId);
            Record changed = order.order().with("state", state).with("status", status)
                    .with("updated_at", SqlDates.dateTime(at));
            List<Record> histories = new ArrayList<>();
            histories.add(HistoryBuilder.row(d, orderId, comment, status, at, 0));
            histories.addAll(order.histories());
            d.orders.put(order.withOrder(changed).withHistories(List.copyOf(histories)));
        });
    }

    /**
     * Stores a raw value in an order field after the fact; {@code updated_at} does not move.
     *
     * @param raw the text, or null for a NULL column
     */
    public void setOrderField(int orderId, String field, String raw) {
        db.update(d -> {
            SalesOrder order = existingOrder(d, orderId);
            d.orders.put(order.withOrder(order.order().with(field, raw)));
        });
    }

    /** Sets a customer's {@code updated_at}, as saving the account does. */
    public void touchCustomer(int customerId, LocalDateTime updatedAt) {
        updateCustomer(customerId, Map.of("updated_at", SqlDates.dateTime(updatedAt)));
    }

    /**
     * Changes a customer account's fields to raw text, as {@link CustomerSpec#set} stores them
     * ({@code email}, {@code firstname}, {@code lastname}, {@code taxvat}...; null for NULL), as
     * saving the account does: {@code updated_at} becomes now unless given. An e-mail such as
     * "not-an-email" makes the malformed account a shop can hold after an import.
     *
     * @param customerId the customer's id
     * @param fields field name to raw value
     */
    public void updateCustomer(int customerId, Map<String, String> fields) {
        db.update(d -> {
            Customer customer = existingCustomer(d, customerId);
            d.customers.put(new Customer(changed(customer.customer(), fields), customer.addresses(),
                    customer.subscribed()));
        });
    }

    /**
     * Changes the fields of a customer's default billing address (its first address when none is
     * the default) to raw text ({@code company}, {@code vat_id}, {@code telephone}...), as saving
     * the customer with its address in the back office does: the customer's {@code updated_at}
     * becomes now.
     *
     * @param customerId the customer's id
     * @param fields field name to raw value
     */
    public void updateBillingAddress(int customerId, Map<String, String> fields) {
        db.update(d -> {
            Customer customer = existingCustomer(d, customerId);
            Record billing = customer.defaultBilling();
            if (billing == null && customer.addresses().isEmpty()) {
                throw new IllegalArgumentException("customer " + customerId + " has no address");
            }
            Record target = billing != null ? billing : customer.addresses().get(0);
            Record address = target;
            for (Map.Entry<String, String> field : fields.entrySet()) {
                address = address.with(field.getKey(), field.getValue());
            }
            List<Record> addresses = new ArrayList<>(customer.addresses());
            addresses.set(addresses.indexOf(target), address);
            d.customers.put(new Customer(changed(customer.customer(), Map.of()), List.copyOf(addresses),
                    customer.subscribed()));
        });
    }

    /**
     * Deletes a customer account as the back office does: the account and its addresses are gone
     * ({@code GET /V1/customers/{id}} answers 404, searches no longer find it, its id is not given
     * out again), and its orders stay with {@code customer_id} NULL (the foreign key's
     * {@code ON DELETE SET NULL}; {@code updated_at} does not move).
     *
     * @param customerId the customer's id
     */
    public void deleteCustomer(int customerId) {
        db.update(d -> {
            existingCustomer(d, customerId);
            d.customers.remove(customerId);
            for (SalesOrder order : List.copyOf(d.orders.byId())) {
                if (Integer.valueOf(customerId).equals(order.order().integer("customer_id"))) {
                    d.orders.put(order.withOrder(order.order().with("customer_id", null)));
                }
            }
        });
    }

    /** @return the new product's {@code id} */
    public int addProduct(ProductSpec spec) {
        return db.write(d -> {
            CatalogProduct product = ProductBuilder.build(d, spec, now());
            d.putProduct(product);
            return product.id();
        });
    }

    /** @return whether a product has this SKU (compared without case, as MySQL's collation does) */
    public boolean hasProduct(String sku) {
        return db.read(d -> d.productId(sku) != null);
    }

    /** @return how many products are stored */
    public int productCount() {
        return db.read(d -> d.products.size());
    }

    /**
     * A product's value at the default (admin) scope.
     *
     * @param field one of the interface's own fields ({@code id}, {@code name}, {@code price}: an
     *     Integer, a BigDecimal or a String), a custom attribute ({@code description},
     *     {@code url_key}, {@code category_ids}: a String or a List of strings), or
     *     {@code website_ids} (a List of Integers)
     * @return the value, null when the product has none
     * @throws IllegalArgumentException when no product has the SKU
     */
    public Object productField(String sku, String field) {
        return db.read(d -> value(existingProduct(d, sku), field, 0));
    }

    /**
     * A product's value as a store view shows it: its own value when it overrides the default.
     *
     * @param storeCode {@code default}, {@code en}, or {@code admin} for the default scope
     */
    public Object productField(String sku, String field, String storeCode) {
        int storeId = ReferenceData.storeView(storeCode)
                .orElseThrow(() -> new IllegalArgumentException("no store view " + storeCode)).id();
        return db.read(d -> value(existingProduct(d, sku), field, storeId));
    }

    /**
     * @param field a stock item field: {@code qty} (a BigDecimal), {@code is_in_stock} (a Boolean),
     *     {@code item_id}, {@code low_stock_date}...
     */
    public Object stockField(String sku, String field) {
        return db.read(d -> existingProduct(d, sku).stockItem().get(field));
    }

    /**
     * Changes a product's default (admin) values as the admin saves them: own fields by name
     * ({@code price} as a BigDecimal...), anything else as a custom attribute; {@code updated_at}
     * becomes now unless given.
     */
    public void updateProduct(String sku, Map<String, Object> fields) {
        db.update(d -> {
            CatalogProduct product = existingProduct(d, sku);
            Record own = product.product().with("updated_at", SqlDates.dateTime(now()));
            Map<String, Object> attributes = new LinkedHashMap<>(product.attributes());
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                if (Schemas.PRODUCT.indexOf(field.getKey()) >= 0) {
                    own = own.with(field.getKey(), field.getValue());
                } else {
                    attributes.put(field.getKey(), field.getValue());
                }
            }
            d.putProduct(new CatalogProduct(own, attributes, product.storeValues(), product.websiteIds(),
                    product.categoryLinks(), product.stockItem(), product.media()));
        });
    }

    /** Sets a product's stock quantity and status as the admin saves them (the stock rules apply). */
    public void setStock(String sku, BigDecimal qty, boolean inStock) {
        db.update(d -> {
            CatalogProduct product = existingProduct(d, sku);
            Record item = StockRegistry.save(product.stockItem().with("qty", qty).with("is_in_stock", inStock), now());
            d.putProduct(new CatalogProduct(product.product(), product.attributes(), product.storeValues(),
                    product.websiteIds(), product.categoryLinks(), item, product.media()));
        });
    }

    /**
     * A product's media gallery with the stored files, by position.
     *
     * @throws IllegalArgumentException when no product has the SKU
     */
    public List<MagentoImage> images(String sku) {
        return db.read(d -> existingProduct(d, sku).media().stream().map(entry -> {
            var file = d.catalog.file(entry.text("file"));
            Object position = entry.get("position");
            return new MagentoImage((Integer) entry.get("id"), entry.text("file"), entry.text("label"),
                    position == null ? 0 : (Integer) position, types(entry.get("types")),
                    file == null ? null : file.mimeType(), file == null ? new byte[0] : file.content());
        }).toList());
    }

    /** @return the product's categories with its position in each, in the order of its links */
    public Map<String, Integer> categoryPositions(String sku) {
        return db.read(d -> {
            Map<String, Integer> positions = new LinkedHashMap<>();
            existingProduct(d, sku).categoryLinks().forEach(link -> positions.put(link.text("category_id"),
                    link.get("position") == null ? 0 : (Integer) link.get("position")));
            return positions;
        });
    }

    /**
     * Adds an active category as the admin does, as the last child of its parent.
     *
     * @param english its name in the {@code en} store view, or null for the same name
     * @return its id
     */
    public int addCategory(int parentId, String name, String english) {
        return db.write(d -> {
            if (d.catalog.categories.get(parentId) == null) {
                throw new IllegalArgumentException("no category " + parentId);
            }
            return d.catalog.add(d.catalog.categories.nextId(), parentId, true, name, english);
        });
    }

    /**
     * Adds an option to a select attribute ({@code manufacturer}), as the admin does.
     *
     * @return the option's id, the value a product stores
     */
    public int addAttributeOption(String attributeCode, String label) {
        return db.write(d -> d.catalog.addOption(attributeCode, label));
    }

    /** Deletes a product attribute, as a shop that removed {@code manufacturer} has. */
    public void removeAttribute(String attributeCode) {
        db.update(d -> d.catalog.removeAttribute(attributeCode));
    }

    private static List<String> types(Object types) {
        return types instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
    }

    /** Deletes a product as the admin does. */
    public void deleteProduct(String sku) {
        db.update(d -> d.removeProduct(existingProduct(d, sku)));
    }

    private static Object value(CatalogProduct product, String field, int storeId) {
        return field.equals("website_ids") ? product.websiteIds() : product.value(field, storeId);
    }

    private static CatalogProduct existingProduct(ShopDatabase d, String sku) {
        Integer id = d.productId(sku);
        if (id == null) {
            throw new IllegalArgumentException("no product " + sku);
        }
        return d.products.get(id);
    }

    /** @return how many orders are stored */
    public int orderCount() {
        return db.read(d -> d.orders.size());
    }

    /** @return how many customer accounts are stored */
    public int customerCount() {
        return db.read(d -> d.customers.size());
    }

    /**
     * @return an order field's stored value: an Integer, a BigDecimal, a String, a List of strings
     *     or null
     */
    public Object orderField(int orderId, String field) {
        return db.read(d -> existingOrder(d, orderId).order().get(field));
    }

    /** @return how many items (configurable children included) an order has */
    public int itemCount(int orderId) {
        return db.read(d -> existingOrder(d, orderId).items().size());
    }

    /** @return a customer field's stored value ({@code id}, {@code email}, {@code taxvat}...) */
    public Object customerField(int customerId, String field) {
        return db.read(d -> existingCustomer(d, customerId).customer().get(field));
    }

    /** Removes every order, customer and product (the store configuration stays). */
    public void clear() {
        db.update(ShopDatabase::clear);
    }

    /** Seeds many records under one write lock, for the generator. */
    void bulk(Consumer<Bulk> work) {
        db.update(d -> work.accept(new Bulk(d)));
    }

    /** Inserts within an already held write lock. */
    final class Bulk {
        private final ShopDatabase locked;
        private final OrderBuilder orders;

        private Bulk(ShopDatabase locked) {
            this.locked = locked;
            this.orders = new OrderBuilder(locked, random);
        }

        int customer(CustomerSpec spec) {
            Customer customer = CustomerBuilder.build(locked, spec, now());
            locked.customers.put(customer);
            return customer.id();
        }

        int order(OrderSpec spec) {
            SalesOrder order = orders.build(spec, now());
            locked.orders.put(order);
            return order.id();
        }
    }

    /** A customer record with these fields changed and {@code updated_at} now unless given. */
    private Record changed(Record customer, Map<String, String> fields) {
        Record changed = customer.with("updated_at", SqlDates.dateTime(now()));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getKey().equals("id")) {
                throw new IllegalArgumentException("the id of a customer cannot change");
            }
            changed = changed.with(field.getKey(), field.getValue());
        }
        return changed;
    }

    private static Customer existingCustomer(ShopDatabase d, int customerId) {
        return existing(d.customers, customerId, "customer");
    }

    private static SalesOrder existingOrder(ShopDatabase d, int orderId) {
        return existing(d.orders, orderId, "order");
    }

    private static <E> E existing(EntityTable<E> table, int id, String kind) {
        E entity = table.get(id);
        if (entity == null) {
            throw new IllegalArgumentException("no " + kind + " " + id);
        }
        return entity;
    }
}

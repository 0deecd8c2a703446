package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.SqlDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The seeding and changing API of a {@link MagentoTestServer}'s shop: customers, guest and
 * customer orders, the changes a back office makes (which move {@code updated_at}), and raw reads
 * for assertions. Dates are UTC, as Magento stores them.
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
        db.update(d -> {
            Customer customer = d.customers.get(customerId);
            if (customer == null) {
                throw new IllegalArgumentException("no customer " + customerId);
            }
            d.customers.put(new Customer(customer.customer().with("updated_at", SqlDates.dateTime(updatedAt)),
                    customer.addresses(), customer.subscribed()));
        });
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
        return db.read(d -> {
            Customer customer = d.customers.get(customerId);
            if (customer == null) {
                throw new IllegalArgumentException("no customer " + customerId);
            }
            return customer.customer().get(field);
        });
    }

    /** Removes every order and customer (the store configuration stays). */
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

    private static SalesOrder existingOrder(ShopDatabase d, int orderId) {
        SalesOrder order = d.orders.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("no order " + orderId);
        }
        return order;
    }
}

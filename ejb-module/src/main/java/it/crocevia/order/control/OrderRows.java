package it.crocevia.order.control;

import it.crocevia.connector.boundary.RemoteAddress;
import it.crocevia.connector.boundary.RemoteOrder;
import it.crocevia.connector.boundary.RemoteOrderLine;
import it.crocevia.platform.boundary.BulkInsert;
import it.crocevia.platform.boundary.IdBlocks;
import it.crocevia.platform.boundary.InList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes the new orders of a page and their lines, each table as one {@link BulkInsert}. Through
 * JPA every row was one statement, which made the database the bottleneck of an import. Ids come
 * from the run's {@link IdBlocks.Reserve}s.
 */
final class OrderRows {

    private static final String ORDER_COLUMNS = "id, version, account_id, remote_id, reference, customer_id, guest, "
            + "email, state_code, state_name, currency, total_paid, total_products, total_shipping, total_discounts, "
            + "total_tax, payment, carrier, billing_name, billing_company, billing_vat_number, billing_fiscal_code, "
            + "billing_street, billing_postcode, billing_city, billing_region, billing_country, billing_phone, "
            + "shipping_name, shipping_company, shipping_street, shipping_postcode, shipping_city, shipping_region, "
            + "shipping_country, shipping_phone, ordered_at, remote_updated_at, imported_at, updated_at";
    private static final String LINE_COLUMNS = "id, order_id, line_no, sku, ean, name, quantity, unit_price_excl, "
            + "unit_price_incl, total_incl";

    /** A new order and the customer record it belongs to. */
    record NewOrder(RemoteOrder remote, long customerId) {
    }

    /** An order stored before: its id, and the platform's update time of the version stored. */
    record Known(long id, LocalDateTime remoteUpdatedAt) {
    }

    private OrderRows() {
    }

    /** The orders of the account stored before, by remote id, among the given remote ids. */
    static Map<String, Known> known(DataSource data, long accountId, List<String> remoteIds) throws SQLException {
        if (remoteIds.isEmpty()) {
            return Map.of();
        }
        var distinct = new LinkedHashSet<>(remoteIds);
        var known = new HashMap<String, Known>();
        try (Connection c = data.getConnection()) {
            InList.select(c, "SELECT remote_id, id, remote_updated_at FROM shop_order "
                    + "FORCE INDEX (uq_shop_order_binding) WHERE account_id = ? AND remote_id IN (" + InList.marks(distinct.size()) + ")", List.of(accountId), distinct,
                    rs -> known.put(rs.getString(1), new Known(rs.getLong(2), rs.getObject(3, LocalDateTime.class))));
        }
        return known;
    }

    /** Inserts the orders with their lines; returns the new orders' ids, in their order. */
    static List<Long> insert(DataSource data, DataSource sequences, OrderImporter.Run run, List<NewOrder> orders,
            LocalDateTime now) throws SQLException {
        if (orders.isEmpty()) {
            return List.of();
        }
        var ids = new ArrayList<Long>(orders.size());
        int lineCount = orders.stream().mapToInt(o -> o.remote().lines().size()).sum();
        long orderId = run.orderIds.take(sequences, orders.size());
        long lineId = run.lineIds.take(sequences, lineCount);
        try (Connection c = data.getConnection();
                var orderInsert = BulkInsert.into(c, "shop_order", ORDER_COLUMNS);
                var lineInsert = BulkInsert.into(c, "shop_order_line", LINE_COLUMNS)) {
            PreparedStatement order = orderInsert.row();
            PreparedStatement line = lineInsert.row();
            for (var o : orders) {
                long id = orderId++;
                ids.add(id);
                bindOrder(order, id, run.accountId, o, now);
                order.addBatch();
                int lineNo = 1;
                for (RemoteOrderLine l : o.remote().lines()) {
                    bindLine(line, lineId++, id, lineNo++, l);
                    line.addBatch();
                }
            }
            orderInsert.execute(); // the orders first: their lines point to them
            lineInsert.execute();
        }
        return ids;
    }

    private static void bindOrder(PreparedStatement s, long id, long accountId, NewOrder order, LocalDateTime now)
            throws SQLException {
        RemoteOrder r = order.remote();
        int p = 1;
        s.setLong(p++, id);
        s.setLong(p++, 0);
        s.setLong(p++, accountId);
        s.setString(p++, fit(r.remoteId(), 64));
        s.setString(p++, fit(r.reference(), 64));
        s.setLong(p++, order.customerId());
        s.setBoolean(p++, r.customer().guest());
        s.setString(p++, fit(r.customer().email(), 255));
        s.setString(p++, fit(r.stateCode(), 64));
        s.setString(p++, fit(r.stateName(), 255));
        s.setString(p++, r.currency());
        s.setBigDecimal(p++, r.totalPaid());
        s.setBigDecimal(p++, r.totalProducts());
        s.setBigDecimal(p++, r.totalShipping());
        s.setBigDecimal(p++, r.totalDiscounts());
        s.setBigDecimal(p++, r.totalTax());
        s.setString(p++, fit(r.payment(), 255));
        s.setString(p++, fit(r.carrier(), 255));
        p = bindAddress(s, p, r.billing(), true);
        p = bindAddress(s, p, r.shipping(), false);
        s.setObject(p++, r.orderedAt());
        s.setObject(p++, r.updatedAt());
        s.setObject(p++, now);
        s.setObject(p, now);
    }

    private static void bindLine(PreparedStatement s, long id, long orderId, int lineNo, RemoteOrderLine l)
            throws SQLException {
        s.setLong(1, id);
        s.setLong(2, orderId);
        s.setInt(3, lineNo);
        s.setString(4, fit(l.sku(), 64));
        s.setString(5, fit(l.ean(), 20));
        s.setString(6, fit(l.name(), 255));
        s.setBigDecimal(7, l.quantity());
        s.setBigDecimal(8, l.unitPriceExcl());
        s.setBigDecimal(9, l.unitPriceIncl());
        s.setBigDecimal(10, l.totalIncl());
    }

    private static int bindAddress(PreparedStatement s, int p, RemoteAddress a, boolean billing) throws SQLException {
        s.setString(p++, fit(a.fullName(), 255));
        s.setString(p++, fit(a.company(), 255));
        if (billing) {
            s.setString(p++, fit(a.vatNumber(), 32));
            s.setString(p++, fit(a.fiscalCode(), 32));
        }
        s.setString(p++, fit(a.street(), 500));
        s.setString(p++, fit(a.postcode(), 20));
        s.setString(p++, fit(a.city(), 120));
        s.setString(p++, fit(a.region(), 120));
        if (a.country() == null) {
            s.setNull(p++, Types.CHAR);
        } else {
            s.setString(p++, fit(a.country(), 2));
        }
        s.setString(p++, fit(a.phone(), 40));
        return p;
    }

    /** Platforms allow longer texts than our columns in places: a long text is cut, never a failed page. */
    static String fit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

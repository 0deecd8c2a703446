package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.SqlDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The status history a seeded order has, as the comments Magento writes (in the admin's locale,
 * English): the capture or the offline invoice when it becomes {@code processing}, the shipment
 * when {@code complete}, the refund when {@code closed}, a bare status change when canceled or put
 * on hold. A pending order has none. Newest first, as {@code getStatusHistories()} returns them.
 */
final class HistoryBuilder {

    private HistoryBuilder() {}

    static List<Record> histories(ShopDatabase db, OrderSpec spec, int orderId, LocalDateTime created,
            LocalDateTime updated, BigDecimal grandTotal, String transactionId) {
        List<Record> rows = new ArrayList<>();
        String amount = symbol(spec.currency) + grandTotal.setScale(2, RoundingMode.HALF_UP).toPlainString();
        long span = Math.max(0, ChronoUnit.SECONDS.between(created, updated));
        LocalDateTime step = created.plusSeconds(Math.min(span, 90));
        if (OrderBuilder.isInvoiced(spec.state)) {
            String comment = OrderBuilder.isOnline(spec.paymentMethod)
                    ? "Captured amount of " + amount + " online. Transaction ID: \"" + transactionId + "\""
                    : null;
            String status = spec.state.equals("processing") ? spec.status : "processing";
            rows.add(row(db, orderId, comment, status, step, 0));
        }
        if (spec.state.equals("complete") || spec.state.equals("closed")) {
            String status = spec.state.equals("complete") ? spec.status : "complete";
            rows.add(row(db, orderId, "Spedizione affidata al corriere.", status,
                    spec.state.equals("complete") ? updated : created.plusSeconds(span / 2), 1));
        }
        if (spec.state.equals("closed")) {
            String how = OrderBuilder.isOnline(spec.paymentMethod) ? "online" : "offline";
            rows.add(row(db, orderId, "We refunded " + amount + " " + how + ".", spec.status, updated, 0));
        }
        if (spec.state.equals("canceled") || spec.state.equals("holded")) {
            rows.add(row(db, orderId, null, spec.status, updated, 0));
        }
        Collections.reverse(rows);
        return List.copyOf(rows);
    }

    static Record row(ShopDatabase db, int orderId, String comment, String status, LocalDateTime at, int notified) {
        return new Record(Schemas.HISTORY).put("comment", comment).put("created_at", SqlDates.dateTime(at))
                .put("entity_id", db.nextHistoryId()).put("entity_name", "order").put("is_customer_notified", notified)
                .put("is_visible_on_front", 0).put("parent_id", orderId).put("status", status);
    }

    private static String symbol(String currency) {
        return switch (currency.toUpperCase(Locale.ROOT)) {
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "USD" -> "$";
            default -> currency + " ";
        };
    }
}

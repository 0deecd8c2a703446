package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.SqlDates;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The legacy {@code CatalogInventory} stock of the default source (stock 1), as
 * {@code StockRegistry} and {@code StockItemRepository::save} keep it: a stock item per product,
 * whose {@code is_in_stock} is forced to false (and {@code stock_status_changed_auto} to 1) when
 * stock is managed, backorders are off and the quantity is at or below {@code min_qty}, and whose
 * {@code low_stock_date} is set while the quantity is under {@code notify_stock_qty}. A quantity
 * above the minimum does not put an item back in stock by itself: the client sends
 * {@code is_in_stock}. Simplification: no Multi-Source Inventory sources or salable quantities.
 */
final class StockRegistry {

    private StockRegistry() {}

    /** A new product's stock item: no quantity, hence out of stock. */
    static Record create(int itemId, int productId) {
        Record item = new Record(Schemas.STOCK_ITEM).put("item_id", itemId).put("product_id", productId)
                .put("stock_id", 1).put("qty", BigDecimal.ZERO).put("is_in_stock", Boolean.FALSE)
                .put("is_qty_decimal", Boolean.FALSE).put("show_default_notification_message", Boolean.FALSE)
                .put("use_config_min_qty", Boolean.TRUE).put("min_qty", BigDecimal.ZERO)
                .put("use_config_min_sale_qty", 1).put("min_sale_qty", BigDecimal.ONE)
                .put("use_config_max_sale_qty", Boolean.TRUE).put("max_sale_qty", new BigDecimal("10000"))
                .put("use_config_backorders", Boolean.TRUE).put("backorders", 0)
                .put("use_config_notify_stock_qty", Boolean.TRUE).put("notify_stock_qty", BigDecimal.ONE)
                .put("use_config_qty_increments", Boolean.TRUE).put("qty_increments", BigDecimal.ZERO)
                .put("use_config_enable_qty_inc", Boolean.TRUE).put("enable_qty_increments", Boolean.FALSE)
                .put("use_config_manage_stock", Boolean.TRUE).put("manage_stock", Boolean.TRUE)
                .put("is_decimal_divided", Boolean.FALSE).put("stock_status_changed_auto", 0);
        return item;
    }

    /**
     * {@code updateStockItemBySku}'s merge: the given fields over the stored item, the ids kept
     * (the URL's item id and a body's {@code item_id} are not used), then saved.
     */
    static Record update(Record item, Map<String, Object> changes, LocalDateTime now) {
        Record changed = item;
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String field = change.getKey();
            if (!field.equals("item_id") && !field.equals("product_id") && !field.equals("website_id")) {
                changed = changed.with(field, change.getValue());
            }
        }
        return save(changed, now);
    }

    /** {@code StockItemRepository::save}'s status and low-stock rules. */
    static Record save(Record item, LocalDateTime now) {
        BigDecimal qty = item.get("qty") instanceof BigDecimal value ? value : null;
        boolean manage = Boolean.TRUE.equals(item.get("manage_stock"));
        BigDecimal minQty = item.get("min_qty") instanceof BigDecimal value ? value : BigDecimal.ZERO;
        boolean backorders = !Integer.valueOf(0).equals(item.get("backorders"));
        boolean verified = !(qty == null && manage) && !(!backorders && (qty == null || qty.compareTo(minQty) <= 0));
        boolean automatic = manage && !verified;
        Record saved = item.with("stock_status_changed_auto", automatic ? 1 : 0);
        if (automatic) {
            saved = saved.with("is_in_stock", Boolean.FALSE);
        }
        BigDecimal notify = item.get("notify_stock_qty") instanceof BigDecimal value ? value : null;
        boolean low = notify != null && (qty == null ? BigDecimal.ZERO : qty).compareTo(notify) < 0;
        return saved.with("low_stock_date", low ? SqlDates.dateTime(now) : null);
    }
}

package it.crocevia.testserver.prestashop;

import java.time.LocalDateTime;
import java.util.List;

/**
 * PrestaShop's {@code StockAvailable} as the webservice writes it: only {@code PUT} and
 * {@code PATCH} reach it ({@code POST} and {@code DELETE} are forbidden methods), and its
 * {@code updateWs} refuses a row that depends on the physical stock with a 500 carrying code 133
 * and, as the failed save adds, code 46. The rows themselves are made by {@code Product::add}.
 */
final class StockAvailableModel implements Model {

    static final StockAvailableModel INSTANCE = new StockAvailableModel();

    private StockAvailableModel() {}

    /** {@code StockAvailable::setProductOutOfStock} for a new product: its row in shop 1. */
    static Row create(Store store, int productId, int outOfStock) {
        Table stock = store.table(Resources.STOCK_AVAILABLES);
        Resource resource = Resources.STOCK_AVAILABLES;
        Object[] values = resource.newValues();
        values[resource.required("id_product")] = Formats.integer(productId);
        values[resource.required("id_product_attribute")] = "0";
        values[resource.required("id_shop")] = "1";
        values[resource.required("id_shop_group")] = "0";
        values[resource.required("quantity")] = "0";
        values[resource.required("depends_on_stock")] = "0";
        values[resource.required("out_of_stock")] = Formats.integer(outOfStock);
        values[resource.required("location")] = "";
        Row row = new Row(stock.nextId(), values, List.of());
        stock.put(row);
        return row;
    }

    @Override
    public Row add(Store store, Draft draft, LocalDateTime now) {
        throw new IllegalStateException("POST is a forbidden method of stock_availables");
    }

    @Override
    public Row update(Store store, Draft draft, LocalDateTime now) throws WebserviceException {
        if (!Php.empty(draft.get("depends_on_stock"))) {
            throw new WebserviceException(500, List.of(
                    new WsError(133, "You cannot update the available stock when it depends on stock."),
                    new WsError(46, "Unable to save resource")));
        }
        Row row = new Row(draft.id, draft.stored(), List.of());
        store.table(Resources.STOCK_AVAILABLES).put(row);
        return row;
    }

    @Override
    public void delete(Store store, int id) {
        throw new IllegalStateException("DELETE is a forbidden method of stock_availables");
    }
}

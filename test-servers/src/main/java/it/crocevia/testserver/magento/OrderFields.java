package it.crocevia.testserver.magento;

import java.util.HashMap;
import java.util.Map;

/**
 * What an order search may name: the columns of {@code sales_order}, which are the order
 * interface's scalar fields. The sales order collection is a flat table, so a filter or sort on
 * anything else (an item's {@code sku}, {@code billing_address}, {@code id}) reaches MySQL as an
 * unknown column and the request fails with Magento's masked 500 ("Internal Error. Details are
 * available in Magento log file. Report ID: webapi-...").
 */
final class OrderFields implements SearchPlan.Fields<SalesOrder> {

    static final OrderFields INSTANCE = new OrderFields();

    private final Map<String, SearchField<SalesOrder>> fields = new HashMap<>();

    private OrderFields() {
        Schema schema = Schemas.ORDER;
        for (int i = 0; i < schema.size(); i++) {
            Column column = schema.column(i);
            int position = i;
            fields.put(column.name(), new SearchField<>(column.name(), column.type(),
                    order -> order.order().get(position),
                    column.name().equals("updated_at") ? SalesOrder::updatedAtKey : null));
        }
    }

    @Override
    public SearchField<SalesOrder> filter(String name) throws MagentoException {
        SearchField<SalesOrder> field = fields.get(name);
        if (field == null) {
            throw Errors.internal();
        }
        return field;
    }

    @Override
    public SearchField<SalesOrder> sort(String name) throws MagentoException {
        return filter(name);
    }

    @Override
    public String idField() {
        return "entity_id";
    }

    @Override
    public String updatedAtField() {
        return "updated_at";
    }

    @Override
    public int id(SalesOrder entity) {
        return entity.id();
    }
}

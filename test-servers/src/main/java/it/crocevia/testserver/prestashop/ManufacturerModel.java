package it.crocevia.testserver.prestashop;

import java.time.LocalDateTime;
import java.util.List;

/**
 * PrestaShop's {@code Manufacturer} (a brand) as the webservice writes it: {@code add()} and
 * {@code update()} set the dates as {@code ObjectModel} does, and {@code link_rewrite} is what its
 * getter answers, the name through {@code Tools::str2url}. As for any webservice write, a field the
 * body leaves out is null, so a brand posted without {@code <active>} is stored disabled. The
 * {@code addresses} association has no setter and is ignored.
 */
final class ManufacturerModel implements Model {

    static final ManufacturerModel INSTANCE = new ManufacturerModel();

    private ManufacturerModel() {}

    private static Resource resource() {
        return Resources.MANUFACTURERS;
    }

    @Override
    public Row add(Store store, Draft draft, LocalDateTime now) {
        Table table = store.table(resource());
        Object[] values = draft.stored();
        String date = Formats.dateTime(now);
        values[resource().required("date_add")] = date;
        values[resource().required("date_upd")] = date;
        Row row = computed(new Row(table.nextId(), values, List.of(List.of())));
        table.put(row);
        return row;
    }

    @Override
    public Row update(Store store, Draft draft, LocalDateTime now) {
        Object[] values = draft.stored();
        values[resource().required("date_upd")] = Formats.dateTime(now);
        if (draft.get("date_add") == null || draft.get("date_add").isEmpty()) {
            values[resource().required("date_add")] = Formats.dateTime(now);
        }
        Row row = computed(new Row(draft.id, values, List.of(List.of())));
        store.table(resource()).put(row);
        return row;
    }

    @Override
    public void delete(Store store, int id) {
        store.table(resource()).remove(id);
    }

    /** The row with its {@code link_rewrite}. */
    static Row computed(Row row) {
        Object[] values = row.copyOfValues();
        values[resource().required("link_rewrite")] = ProductModel.linkRewrite(
                row.text(resource().required("name")));
        return new Row(row.id, values, row.associations());
    }
}

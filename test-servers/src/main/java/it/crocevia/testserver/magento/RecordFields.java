package it.crocevia.testserver.magento;

import static it.crocevia.testserver.magento.ColumnType.DERIVED;
import static it.crocevia.testserver.magento.ColumnType.INT;
import static it.crocevia.testserver.magento.ColumnType.LIST;

/**
 * The searchable fields of records kept as {@link Record}s (tax rules and rates, categories): each
 * scalar column by its name, a flag compared as 1 or 0; a list column, or a name the schema does
 * not have, answers the 500 of an unknown column.
 */
final class RecordFields {

    private RecordFields() {}

    static SearchPlan.Fields<Record> of(Schema schema) {
        return new SearchPlan.Fields<>() {
            @Override
            public SearchField<Record> filter(String name) throws MagentoException {
                int position = schema.indexOf(name);
                if (position < 0 || schema.column(position).type() == LIST) {
                    throw Errors.internal();
                }
                ColumnType type = schema.column(position).type() == DERIVED ? INT : schema.column(position).type();
                return new SearchField<>(name, type, record -> {
                    Object value = record.get(position);
                    return value instanceof Boolean flag ? (flag ? 1 : 0) : value;
                });
            }

            @Override
            public SearchField<Record> sort(String name) throws MagentoException {
                return filter(name);
            }

            @Override
            public String idField() {
                return "id";
            }

            @Override
            public String updatedAtField() {
                return "";
            }

            @Override
            public int id(Record entity) {
                return (Integer) entity.get("id");
            }
        };
    }
}

package it.crocevia.testserver.magento;

/**
 * Writes a record's fields as Magento's {@code DataObjectProcessor} outputs a data object: every
 * getter in order, null values left out unless the getter's type is not nullable (then
 * {@code null}), derived fields left to the caller.
 */
final class Fields {

    private Fields() {}

    static void write(JsonOut out, Record record) {
        write(out, record, null);
    }

    /**
     * @param stopBefore a field at which to stop (the caller writes the rest), or null for all
     */
    static void write(JsonOut out, Record record, String stopBefore) {
        Schema schema = record.schema;
        for (int i = 0; i < schema.size(); i++) {
            Column column = schema.column(i);
            if (column.name().equals(stopBefore)) {
                return;
            }
            writeColumn(out, record, i);
        }
    }

    /** Writes the fields from {@code from} (inclusive) to the end. */
    static void writeFrom(JsonOut out, Record record, String from) {
        Schema schema = record.schema;
        for (int i = schema.required(from); i < schema.size(); i++) {
            writeColumn(out, record, i);
        }
    }

    private static void writeColumn(JsonOut out, Record record, int position) {
        Column column = record.schema.column(position);
        if (column.type() == ColumnType.DERIVED) {
            return;
        }
        Object value = record.raw(position);
        if (value == Record.OMITTED || value == null && !column.required()) {
            return;
        }
        out.field(column.name(), value);
    }
}

package it.crocevia.testserver.magento;

/**
 * One field of a Magento data interface, in the order of its getters (which is the order of the
 * keys in the REST output).
 *
 * @param name the snake_case field name
 * @param type what the database stores
 * @param required whether the getter's declared type is not nullable: Magento's output processor
 *     drops null values except for such fields, which appear as {@code null}
 */
record Column(String name, ColumnType type, boolean required) {

    static Column of(String name, ColumnType type) {
        return new Column(name, type, false);
    }

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true);
    }
}

package it.crocevia.testserver.prestashop;

import java.util.Arrays;
import java.util.List;

/**
 * One stored entity: its values in the order of its {@link Resource}'s fields (index 0 is the id,
 * answered as text so filters treat it like any column) and its association elements. A value is
 * a String (a column's text), a {@link Localized}, null, or the Integer or Boolean a PHP getter
 * returns (product {@code quantity} 0, {@code manufacturer_name} false), which JSON prints as a
 * number or boolean whatever the {@link JsonTyping}.
 *
 * <p>Rows are immutable: an update stores a new row, so a page collected under the store's read
 * lock can be written to a slow client after the lock is released.
 */
final class Row {

    final int id;
    private final Object[] values;
    private final List<List<Row>> associations;

    Row(int id, Object[] values, List<List<Row>> associations) {
        this.id = id;
        this.values = values;
        this.associations = associations;
    }

    /** @return a String, a {@link Localized}, or null */
    Object value(int index) {
        return index == 0 ? Formats.integer(id) : values[index];
    }

    String text(int index) {
        return value(index) instanceof String s ? s : null;
    }

    /** PHP's string cast of a scalar value: an int's digits, true "1", false and null "". */
    static String phpText(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "1" : "";
        }
        return value == null ? null : value.toString();
    }

    List<Row> association(int index) {
        return associations.get(index);
    }

    Row with(int index, Object value) {
        Object[] copy = Arrays.copyOf(values, values.length);
        copy[index] = value;
        return new Row(id, copy, associations);
    }

    Object[] copyOfValues() {
        return Arrays.copyOf(values, values.length);
    }

    List<List<Row>> associations() {
        return associations;
    }
}

package it.crocevia.testserver.prestashop;

import java.util.List;

/**
 * An association rendered inside an entity ({@code associations.order_rows}).
 *
 * <p>Its elements are rows of another resource when {@code source} is given (an order's
 * {@code order_rows} are its {@code order_details} rows, shown through a few of their fields), so
 * the same row objects serve both resources; otherwise they are rows of the association's own
 * fields.
 *
 * @param name the association name, e.g. {@code order_rows}
 * @param node the name of one element, e.g. {@code order_row}
 * @param api the resource the elements link to, or null for a virtual entity
 * @param fields the fields of one element; the first is always {@code id}
 * @param source the resource whose rows are the elements, or null
 */
record Association(String name, String node, String api, List<Field> fields, Resource source) {

    /** @return the value of the element's {@code index}-th association field */
    Object value(Row element, int index) {
        return source == null ? element.value(index) : element.value(source.required(fields.get(index).name()));
    }

    int indexOf(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }
}

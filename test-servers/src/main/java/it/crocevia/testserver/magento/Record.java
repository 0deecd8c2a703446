package it.crocevia.testserver.magento;

import java.util.Arrays;

/**
 * The values of one data object, by {@link Schema} position. A value is an {@link Integer}, a
 * {@link java.math.BigDecimal}, a {@link String}, a {@code List<String>}, a {@link Boolean}, or
 * null; a seeded malformed value may be a String in a numeric field, and {@link #OMITTED} hides a
 * field even when the interface declares it required.
 *
 * <p>Records are never changed once stored: changes copy them, so a request can render records it
 * read under the store's lock after releasing it.
 */
final class Record {

    /** Marks a field left out of the output altogether. */
    static final Object OMITTED = new Object() {
        @Override
        public String toString() {
            return "<omitted>";
        }
    };

    final Schema schema;
    private final Object[] values;

    Record(Schema schema) {
        this.schema = schema;
        this.values = new Object[schema.size()];
    }

    private Record(Schema schema, Object[] values) {
        this.schema = schema;
        this.values = values;
    }

    Object get(int position) {
        Object value = values[position];
        return value == OMITTED ? null : value;
    }

    Object get(String field) {
        return get(schema.required(field));
    }

    /** @return the raw value, {@link #OMITTED} included */
    Object raw(int position) {
        return values[position];
    }

    /** Sets a value while the record is being built (before it is stored). */
    Record put(String field, Object value) {
        values[schema.required(field)] = value;
        return this;
    }

    Record put(int position, Object value) {
        values[position] = value;
        return this;
    }

    /** @return a copy with one value changed */
    Record with(String field, Object value) {
        Object[] copy = Arrays.copyOf(values, values.length);
        copy[schema.required(field)] = value;
        return new Record(schema, copy);
    }

    Record copy() {
        return new Record(schema, Arrays.copyOf(values, values.length));
    }

    Integer integer(String field) {
        Object value = get(field);
        return value instanceof Integer number ? number : null;
    }

    String text(String field) {
        Object value = get(field);
        return value == null ? null : value.toString();
    }
}

package it.crocevia.testserver.magento;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the seeding specs share: raw field overrides applied after the computed values, so a test
 * can store what a well-behaved shop never would (a text in {@code grand_total}, an unknown
 * currency code, no e-mail) and check that the client reports and skips it.
 *
 * @param <S> the concrete spec, for chaining
 */
abstract class Spec<S extends Spec<S>> {

    private final Map<String, Object> overrides = new LinkedHashMap<>();

    /**
     * Stores this exact text in a field, whatever the other settings compute. The output shows it
     * as a JSON string even in a numeric field; null behaves as a NULL column: the field is left
     * out, or printed as {@code null} when the interface declares it non-nullable (such as
     * {@code customer_email} and {@code grand_total}).
     *
     * @param field a field of the data interface, e.g. {@code grand_total}
     * @param raw the text to store, or null
     * @return this
     */
    public S set(String field, String raw) {
        overrides.put(field, raw);
        return self();
    }

    /**
     * Leaves a field out of the output altogether, even one the interface declares non-nullable,
     * as a plugin or a broken extension can.
     *
     * @param field a field of the data interface
     * @return this
     */
    public S omit(String field) {
        overrides.put(field, Record.OMITTED);
        return self();
    }

    /** Applies the overrides; an unknown field name is a mistake in the test. */
    void applyTo(Record record) {
        overrides.forEach(record::put);
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }
}

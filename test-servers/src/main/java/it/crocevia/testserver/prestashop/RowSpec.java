package it.crocevia.testserver.prestashop;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the seeding specs share: raw field overrides, applied after the computed values, so a test
 * can store what a well-behaved shop never would (a non-numeric total, an empty e-mail, a zero
 * date) and check that the client reports and skips it.
 *
 * @param <S> the concrete spec, for chaining
 */
abstract class RowSpec<S extends RowSpec<S>> {

    private final Map<String, String> overrides = new LinkedHashMap<>();

    /**
     * Stores this exact text in a field, whatever the other settings compute.
     *
     * @param field a field of the resource, e.g. {@code total_paid}
     * @param rawValue the text to store, may be null (rendered as JSON null)
     * @return this
     */
    public S set(String field, String rawValue) {
        overrides.put(field, rawValue);
        return self();
    }

    Map<String, String> overrides() {
        return overrides;
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }
}

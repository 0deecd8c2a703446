package it.crocevia.testserver.prestashop;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code display} asked for: ids only (no parameter on a list), every field ({@code full},
 * and the default of a single record), or the listed fields, with association fields given as
 * {@code order_rows[product_id,product_quantity]}.
 */
final class Display {

    static final Display MINIMUM = new Display(true, true, Set.of(), Map.of());
    static final Display FULL = new Display(false, true, Set.of(), Map.of());

    final boolean minimum;
    private final boolean full;
    private final Set<String> fields;
    private final Map<String, List<String>> associations;

    private Display(boolean minimum, boolean full, Set<String> fields, Map<String, List<String>> associations) {
        this.minimum = minimum;
        this.full = full;
        this.fields = fields;
        this.associations = associations;
    }

    static Display of(Set<String> fields, Map<String, List<String>> associations) {
        return new Display(false, false, Set.copyOf(fields), Map.copyOf(associations));
    }

    boolean shows(Field field) {
        return full || fields.contains(field.name());
    }

    boolean shows(Association association) {
        return full || associations.containsKey(association.name());
    }

    boolean shows(Association association, Field field) {
        return full || associations.getOrDefault(association.name(), List.of()).contains(field.name());
    }
}

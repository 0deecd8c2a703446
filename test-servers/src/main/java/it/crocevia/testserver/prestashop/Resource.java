package it.crocevia.testserver.prestashop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A webservice resource: its plural and singular node names, its fields in PrestaShop's output
 * order (the order of the "blank schema" in the documentation) and its associations; for the
 * resources this server can write, the PHP class that PrestaShop's messages name, the order in
 * which its {@code ObjectModel::$definition} lists the fields (the order validation reports the
 * first error in), and the methods PrestaShop forbids on it whatever the key
 * ({@code forbidden_method}, answered 405 with code 101).
 */
final class Resource {

    final String name;
    final String node;
    final String description;
    final List<Field> fields;
    final List<Association> associations;
    /** The fields with a MySQL {@code KEY} in PrestaShop's schema that this server indexes too. */
    final List<String> keys;
    /** The PHP class ({@code Product}), null for a resource this server only reads. */
    final String className;
    /** The stored fields in {@code ObjectModel::$definition} order, for validation. */
    final List<String> definitionOrder;
    final Set<String> forbiddenMethods;
    /** Served by its own code ({@code specific_management}), not as a table: {@code images}. */
    final boolean specificManagement;
    private final Map<String, Integer> index = new HashMap<>();

    private Resource(Builder builder) {
        this.name = builder.name;
        this.node = builder.node;
        this.description = builder.description;
        this.fields = List.copyOf(builder.fields);
        this.associations = List.copyOf(builder.associations);
        this.keys = List.copyOf(builder.keys);
        this.className = builder.className;
        this.forbiddenMethods = Set.copyOf(builder.forbidden);
        this.specificManagement = builder.specificManagement;
        for (int i = 0; i < fields.size(); i++) {
            index.put(fields.get(i).name(), i);
        }
        this.definitionOrder = builder.definitionOrder != null ? List.copyOf(builder.definitionOrder)
                : fields.stream().filter(f -> f.input().stored() && !f.name().equals("id")).map(Field::name).toList();
    }

    static Builder builder(String name, String node, String description) {
        return new Builder(name, node, description);
    }

    /** @return the field's position, or -1 */
    int indexOf(String field) {
        return index.getOrDefault(field, -1);
    }

    int required(String field) {
        int i = indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no field " + field);
        }
        return i;
    }

    boolean has(String field) {
        return index.containsKey(field);
    }

    Object[] newValues() {
        return new Object[fields.size()];
    }

    /** @return whether this server accepts writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) on it */
    boolean writable() {
        return className != null || specificManagement;
    }

    Association association(String associationName) {
        for (Association association : associations) {
            if (association.name().equals(associationName)) {
                return association;
            }
        }
        return null;
    }

    /** Declares fields in output order; {@code id} comes first by itself. */
    static final class Builder {
        private final String name;
        private final String node;
        private final String description;
        private final List<Field> fields = new ArrayList<>();
        private final List<Association> associations = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final Set<String> forbidden = new HashSet<>();
        private String className;
        private List<String> definitionOrder;
        private boolean specificManagement;

        private Builder(String name, String node, String description) {
            this.name = name;
            this.node = node;
            this.description = description;
            fields.add(new Field("id", Kind.ENTITY_ID, false, null, true));
        }

        Builder id(String field, String xlink) {
            return add(new Field(field, Kind.ID, false, xlink, true));
        }

        Builder ints(String... names) {
            return addAll(Kind.INT, names);
        }

        Builder bools(String... names) {
            return addAll(Kind.BOOL, names);
        }

        Builder decimals(String... names) {
            return addAll(Kind.DECIMAL, names);
        }

        Builder texts(String... names) {
            return addAll(Kind.TEXT, names);
        }

        Builder dates(String... names) {
            return addAll(Kind.DATE, names);
        }

        Builder i18n(String... names) {
            for (String field : names) {
                add(new Field(field, Kind.TEXT, true, null, true));
            }
            return this;
        }

        /** A field computed by a getter: shown, but PrestaShop refuses to filter on it. */
        Builder computed(String field, Kind kind) {
            return add(new Field(field, kind, false, null, false));
        }

        Builder association(String assocName, String assocNode, String api, List<Field> assocFields) {
            associations.add(new Association(assocName, assocNode, api, assocFields, null));
            return this;
        }

        /** An association whose elements are rows of {@code source}, shown through {@code assocFields}. */
        Builder association(String assocName, String assocNode, List<Field> assocFields, Resource source) {
            associations.add(new Association(assocName, assocNode, null, assocFields, source));
            return this;
        }

        /**
         * Indexes fields already declared, as a {@code KEY} of PrestaShop's table does: equality
         * filters on them are answered from a {@link ColumnIndex}.
         */
        Builder keys(String... names) {
            keys.addAll(List.of(names));
            return this;
        }

        /**
         * Makes the resource writable: PrestaShop's messages name {@code className}
         * ({@code Property Product->price is not valid}).
         */
        Builder writable(String phpClass) {
            this.className = phpClass;
            return this;
        }

        /** Sets how a body may write fields already declared. */
        Builder input(Input input, String... names) {
            for (String field : names) {
                int at = indexOf(field);
                fields.set(at, fields.get(at).with(input));
            }
            return this;
        }

        /** The stored fields in {@code ObjectModel::$definition} order, when it differs from the output's. */
        Builder definitionOrder(String... names) {
            this.definitionOrder = List.of(names);
            return this;
        }

        /** A resource the webservice hands to a class of its own ({@code specific_management}). */
        Builder specificManagement() {
            this.specificManagement = true;
            return this;
        }

        /** Methods refused for every key ({@code forbidden_method}). */
        Builder forbid(String... methods) {
            forbidden.addAll(List.of(methods));
            return this;
        }

        Resource build() {
            return new Resource(this);
        }

        private int indexOf(String field) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(field)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(name + " has no field " + field);
        }

        private Builder addAll(Kind kind, String... names) {
            for (String field : names) {
                add(new Field(field, kind, false, null, true));
            }
            return this;
        }

        private Builder add(Field field) {
            fields.add(field);
            return this;
        }
    }
}

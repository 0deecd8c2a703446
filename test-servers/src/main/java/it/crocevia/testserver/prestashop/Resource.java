package it.crocevia.testserver.prestashop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A webservice resource: its plural and singular node names, its fields in PrestaShop's output
 * order (the order of the "blank schema" in the documentation) and its associations.
 */
final class Resource {

    final String name;
    final String node;
    final String description;
    final List<Field> fields;
    final List<Association> associations;
    /** The fields with a MySQL {@code KEY} in PrestaShop's schema that this server indexes too. */
    final List<String> keys;
    private final Map<String, Integer> index = new HashMap<>();

    private Resource(String name, String node, String description, List<Field> fields,
            List<Association> associations, List<String> keys) {
        this.name = name;
        this.node = node;
        this.description = description;
        this.fields = List.copyOf(fields);
        this.associations = List.copyOf(associations);
        this.keys = List.copyOf(keys);
        for (int i = 0; i < fields.size(); i++) {
            index.put(fields.get(i).name(), i);
        }
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

    /** Declares fields in output order; {@code id} comes first by itself. */
    static final class Builder {
        private final String name;
        private final String node;
        private final String description;
        private final List<Field> fields = new ArrayList<>();
        private final List<Association> associations = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();

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

        Resource build() {
            return new Resource(name, node, description, fields, associations, keys);
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

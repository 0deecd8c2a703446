package it.crocevia.testserver.magento;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields of one data interface with their positions in a {@link Record}'s values. */
final class Schema {

    final String name;
    final List<Column> columns;
    private final Map<String, Integer> index = new HashMap<>();

    private Schema(String name, List<Column> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
    }

    /** Builds a schema field by field. */
    static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Builder add(String field, ColumnType type) {
            columns.add(Column.of(field, type));
            return this;
        }

        Builder required(String field, ColumnType type) {
            columns.add(Column.required(field, type));
            return this;
        }

        /** Adds nullable fields of one type. */
        Builder all(ColumnType type, String... fields) {
            for (String field : fields) {
                add(field, type);
            }
            return this;
        }

        Schema build() {
            return new Schema(name, columns);
        }
    }

    static Builder builder(String name) {
        return new Builder(name);
    }

    int size() {
        return columns.size();
    }

    /** @return the position of a field, or -1 */
    int indexOf(String field) {
        Integer position = index.get(field);
        return position == null ? -1 : position;
    }

    /** @return the position of a field that must exist */
    int required(String field) {
        int position = indexOf(field);
        if (position < 0) {
            throw new IllegalArgumentException(name + " has no field " + field);
        }
        return position;
    }

    Column column(int position) {
        return columns.get(position);
    }
}

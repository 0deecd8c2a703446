package it.crocevia.testserver.magento;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A field a search can filter or sort on: its database type and how to read it from a stored
 * entity.
 *
 * @param <E> the entity
 * @param name the field name
 * @param type the column type, which decides comparisons
 * @param getter reads the value (null for SQL NULL)
 * @param dateKey for an indexed DATETIME field, reads {@link MySqlValues#dateKey} of the value
 *     cached on the entity, or null
 */
record SearchField<E>(String name, ColumnType type, Function<E, Object> getter, ToLongFunction<E> dateKey) {

    SearchField(String name, ColumnType type, Function<E, Object> getter) {
        this(name, type, getter, null);
    }

    Object value(E entity) {
        return getter.apply(entity);
    }
}

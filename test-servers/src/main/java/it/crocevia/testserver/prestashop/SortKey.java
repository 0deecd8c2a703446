package it.crocevia.testserver.prestashop;

import java.util.Comparator;
import java.util.List;

/** One {@code field_ASC} / {@code field_DESC} of the {@code sort} parameter. */
record SortKey(Field field, int index, boolean descending) {

    boolean is(String fieldName) {
        return field.name().equals(fieldName);
    }

    Comparator<Row> comparator(List<Integer> languages) {
        int language = languages.isEmpty() ? PrestaShopDefaults.LANG_IT : languages.get(0);
        Comparator<Row> ascending = (a, b) -> {
            String left = text(a.value(index), language);
            String right = text(b.value(index), language);
            if (left == null || right == null) {
                return left == null ? (right == null ? 0 : -1) : 1;
            }
            return SqlCompare.compare(field.kind(), left, right);
        };
        return descending ? ascending.reversed() : ascending;
    }

    private static String text(Object value, int language) {
        return value instanceof Localized localized ? localized.get(language) : Row.phpText(value);
    }
}

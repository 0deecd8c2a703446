package it.crocevia.testserver.magento;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code fields} query parameter ({@code Webapi\Rest\Response\FieldsFilter}): a partial
 * response such as {@code fields=items[entity_id,increment_id,billing_address[city]],total_count}.
 * A key with nested brackets keeps only those sub-keys; in a list each element is filtered;
 * keys the response does not have are ignored. A filter with any character other than letters,
 * digits, underscores, brackets and commas, or with unbalanced brackets, makes Magento answer an
 * empty array ({@code []}), as here.
 */
final class FieldsFilter {

    private static final Pattern PERMITTED = Pattern.compile("[\\w\\[\\],]+");

    private FieldsFilter() {}

    /**
     * A port of {@code FieldsFilter::parse}.
     *
     * @return the filter tree (a key maps to {@link Boolean#TRUE} for "everything" or to a nested
     *     map), or null when the filter is malformed
     */
    static Map<String, Object> parse(String filter) {
        if (filter == null || filter.isEmpty() || !PERMITTED.matcher(filter).matches()) {
            return null;
        }
        Integer start = null;
        Map<String, Object> current = new LinkedHashMap<>();
        Deque<Map<String, Object>> stack = new ArrayDeque<>();
        Deque<String> parents = new ArrayDeque<>();
        String element = null;
        for (int position = 0; position < filter.length(); position++) {
            char c = filter.charAt(position);
            if (c == '[' || c == ']' || c == ',') {
                if (start != null) {
                    element = filter.substring(start, position);
                    current.put(element, Boolean.TRUE);
                }
                start = null;
            }
            switch (c) {
                case '[' -> {
                    parents.push(element == null ? "" : element);
                    stack.push(current);
                    current = new LinkedHashMap<>();
                }
                case ']' -> {
                    if (stack.isEmpty()) {
                        return null;
                    }
                    Map<String, Object> inner = current;
                    current = stack.pop();
                    current.put(parents.pop(), inner);
                }
                case ',' -> { }
                default -> {
                    if (start == null) {
                        start = position;
                    }
                }
            }
        }
        if (!stack.isEmpty()) {
            return null;
        }
        if (start != null) {
            current.put(filter.substring(start), Boolean.TRUE);
        }
        return current;
    }
}

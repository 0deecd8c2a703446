package it.crocevia.testserver.magento;

import it.crocevia.testserver.common.QueryParams;
import it.crocevia.testserver.magento.SearchCriteria.Filter;
import it.crocevia.testserver.magento.SearchCriteria.FilterGroup;
import it.crocevia.testserver.magento.SearchCriteria.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds {@link SearchCriteria} from the query string the way Magento 2.4.7+'s
 * {@code Webapi\ServiceInputProcessor::_createFromArray} hydrates a data object, with its quirks:
 *
 * <ul>
 *   <li>the parameter is {@code searchCriteria} or {@code search_criteria}; without it the service
 *       call fails with {@code "%fieldName" is required}; {@code searchCriteria=} (no brackets)
 *       is an empty criteria that matches everything;</li>
 *   <li>property names go through {@code snakeCaseToUpperCamelCase} and must then match a getter
 *       exactly, so {@code page_size} and {@code pageSize} both work but {@code pagesize} does not;
 *       an unknown property is {@code "%fieldName" is not supported} (2.4.7+; earlier versions
 *       answered 500);</li>
 *   <li>integers must pass PHP's {@code is_numeric} and are then truncated ({@code "12.9"} is 12);
 *       type errors are wrapped once per nesting level ({@code Error occurred during
 *       "filter_groups" processing. Error occurred during "filters" processing. ...});</li>
 *   <li>the input-limit validator is called with the property name as sent and checks
 *       {@code $propertyName === 'pageSize'}, so only the camelCase spelling is limited:
 *       {@code searchCriteria[page_size]=1000} passes on a real shop, and here;</li>
 *   <li>with input limits on, a criteria without page size gets the default page size
 *       ({@code DefaultPageSizeSetter});</li>
 *   <li>sort directions are upper-cased and must be ASC or DESC; sort fields may hold only
 *       letters, digits and underscores ({@code SortOrder::validateField}).</li>
 * </ul>
 */
final class SearchCriteriaParser {

    private static final Pattern RESTRICTED = Pattern.compile("[^a-z0-9_]", Pattern.CASE_INSENSITIVE);

    private final InputLimits limits;

    SearchCriteriaParser(InputLimits limits) {
        this.limits = limits;
    }

    /** A type error inside a nested data object, wrapped by each level on the way up. */
    private static final class PropertyError extends Exception {
        private static final long serialVersionUID = 1L;

        PropertyError(String details) {
            super(details, null, false, false);
        }

        PropertyError wrap(String property) {
            return new PropertyError("Error occurred during \"" + property + "\" processing. " + getMessage());
        }
    }

    SearchCriteria parse(QueryParams query) throws MagentoException {
        Map<String, Object> all = query.all();
        Object raw = all.containsKey("searchCriteria") ? all.get("searchCriteria") : all.get("search_criteria");
        if (raw == null) {
            throw Errors.required("searchCriteria");
        }
        try {
            return criteria(raw);
        } catch (PropertyError e) {
            throw MagentoException.of(400, e.getMessage());
        }
    }

    private SearchCriteria criteria(Object raw) throws MagentoException, PropertyError {
        List<FilterGroup> groups = List.of();
        List<SortOrder> sorts = null;
        Integer pageSize = null;
        Integer currentPage = null;
        for (Map.Entry<String, Object> property : entries(raw)) {
            String name = property.getKey();
            Object value = property.getValue();
            String camel = upperCamel(name);
            try {
                switch (camel) {
                    case "FilterGroups" -> groups = list(value, this::group);
                    case "SortOrders" -> sorts = list(value, this::sortOrder);
                    case "PageSize" -> {
                        pageSize = integer(value);
                        if (limits.enabled() && name.equals("pageSize") && pageSize > limits.maximumPageSize()) {
                            throw Errors.maximumPageSize(limits.maximumPageSize());
                        }
                    }
                    case "CurrentPage" -> currentPage = integer(value);
                    default -> throw Errors.notSupported(camel);
                }
            } catch (PropertyError e) {
                throw e.wrap(name);
            }
        }
        if (pageSize == null && limits.enabled()) {
            pageSize = limits.defaultPageSize();
        }
        return new SearchCriteria(groups == null ? List.of() : groups, sorts, pageSize, currentPage);
    }

    private FilterGroup group(Object raw) throws MagentoException, PropertyError {
        List<Filter> filters = List.of();
        for (Map.Entry<String, Object> property : entries(raw)) {
            String camel = upperCamel(property.getKey());
            if (!camel.equals("Filters")) {
                throw Errors.notSupported(camel);
            }
            try {
                filters = list(property.getValue(), this::filter);
            } catch (PropertyError e) {
                throw e.wrap(property.getKey());
            }
        }
        return new FilterGroup(filters == null ? List.of() : filters);
    }

    private Filter filter(Object raw) throws MagentoException, PropertyError {
        String field = null;
        String value = null;
        String condition = null;
        for (Map.Entry<String, Object> property : entries(raw)) {
            String camel = upperCamel(property.getKey());
            try {
                switch (camel) {
                    case "Field" -> field = string(property.getValue());
                    case "Value" -> value = string(property.getValue());
                    case "ConditionType" -> condition = string(property.getValue());
                    default -> throw Errors.notSupported(camel);
                }
            } catch (PropertyError e) {
                throw e.wrap(property.getKey());
            }
        }
        return new Filter(field, value, condition);
    }

    private SortOrder sortOrder(Object raw) throws MagentoException, PropertyError {
        String field = null;
        String direction = null;
        for (Map.Entry<String, Object> property : entries(raw)) {
            String camel = upperCamel(property.getKey());
            try {
                switch (camel) {
                    case "Field" -> {
                        field = string(property.getValue());
                        if (field != null && RESTRICTED.matcher(field).find()) {
                            throw Errors.sortField(field);
                        }
                    }
                    case "Direction" -> {
                        String text = string(property.getValue());
                        direction = text == null ? null : text.toUpperCase(Locale.ROOT);
                        if (direction != null && !direction.equals("ASC") && !direction.equals("DESC")) {
                            throw Errors.sortDirection();
                        }
                    }
                    default -> throw Errors.notSupported(camel);
                }
            } catch (PropertyError e) {
                throw e.wrap(property.getKey());
            }
        }
        return new SortOrder(field, direction);
    }

    /** An element parser that may fail like a nested {@code _createFromArray}. */
    @FunctionalInterface
    private interface Element<T> {
        T parse(Object raw) throws MagentoException, PropertyError;
    }

    /** An array-typed property: a non-array value becomes null (PHP's {@code is_array} check). */
    private static <T> List<T> list(Object value, Element<T> element) throws MagentoException, PropertyError {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        List<T> result = new ArrayList<>(map.size());
        for (Object item : map.values()) {
            result.add(element.parse(item));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Iterable<Map.Entry<String, Object>> entries(Object raw) {
        return raw instanceof Map<?, ?> map ? ((Map<String, Object>) map).entrySet() : List.of();
    }

    private static String string(Object value) throws PropertyError {
        if (value instanceof Map<?, ?>) {
            throw new PropertyError(typeText("array", "string"));
        }
        return (String) value;
    }

    private static int integer(Object value) throws PropertyError {
        if (value instanceof Map<?, ?>) {
            throw new PropertyError(typeText("array", "int"));
        }
        String text = (String) value;
        if (!Php.isNumeric(text)) {
            throw new PropertyError(typeText(text, "int"));
        }
        return Php.toInt(text);
    }

    private static String typeText(String value, String type) {
        return "The \"" + value + "\" value's type is invalid. The \"" + type
                + "\" type was expected. Verify and try again.";
    }

    /** Magento's {@code SimpleDataObjectConverter::snakeCaseToUpperCamelCase}: {@code ucwords($s, '_')} without underscores. */
    static String upperCamel(String name) {
        StringBuilder camel = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                upper = true;
                continue;
            }
            camel.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return camel.toString();
    }
}

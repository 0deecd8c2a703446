package it.crocevia.testserver.magento;

import java.util.List;

/**
 * A {@code Magento\Framework\Api\SearchCriteriaInterface} as the REST layer built it from the query
 * string, echoed back as {@code search_criteria} in search results.
 *
 * @param filterGroups the groups (ANDed), each a list of filters (ORed); never null, as
 *     {@code getFilterGroups()} answers [] when none were given
 * @param sortOrders the sort orders, or null when none were given (then omitted from the echo)
 * @param pageSize the page size, or null for no limit
 * @param currentPage the page asked for, or null
 */
record SearchCriteria(List<FilterGroup> filterGroups, List<SortOrder> sortOrders, Integer pageSize,
        Integer currentPage) {

    /**
     * One filter.
     *
     * @param field the field, null when not given
     * @param value the value as text, null when not given
     * @param conditionType the condition, null when not given (then {@code eq} applies and the echo
     *     leaves it out)
     */
    record Filter(String field, String value, String conditionType) {

        /** @return the condition applied: {@code eq} when none was given, as FilterProcessor does */
        String condition() {
            return conditionType == null || conditionType.isEmpty() ? "eq" : conditionType;
        }
    }

    /** Filters ORed together. */
    record FilterGroup(List<Filter> filters) {}

    /**
     * One sort order.
     *
     * @param field the field
     * @param direction {@code ASC} or {@code DESC} (upper-cased on input), or null when not given
     */
    record SortOrder(String field, String direction) {

        /** @return whether it sorts ascending: SortingProcessor treats anything but ASC, null included, as DESC */
        boolean ascending() {
            return "ASC".equals(direction);
        }
    }
}

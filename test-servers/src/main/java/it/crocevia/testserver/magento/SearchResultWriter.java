package it.crocevia.testserver.magento;

import it.crocevia.testserver.magento.SearchCriteria.Filter;
import it.crocevia.testserver.magento.SearchCriteria.FilterGroup;
import it.crocevia.testserver.magento.SearchCriteria.SortOrder;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes a search result ({@code *SearchResultsInterface}): {@code items}, the criteria echoed as
 * {@code search_criteria} (filter groups always, sort orders only when given, page size and
 * current page only when set: with input limits off and no page size, {@code page_size} is
 * absent, magento/magento2#35310), and {@code total_count}.
 */
final class SearchResultWriter {

    private SearchResultWriter() {}

    static <E> void write(JsonOut out, List<E> items, SearchCriteria criteria, int totalCount,
            BiConsumer<JsonOut, E> item) {
        out.startObject();
        out.startArray("items");
        for (E entity : items) {
            item.accept(out, entity);
        }
        out.end();
        criteria(out, criteria);
        out.field("total_count", totalCount);
        out.end();
    }

    private static void criteria(JsonOut out, SearchCriteria criteria) {
        out.startObject("search_criteria");
        out.startArray("filter_groups");
        for (FilterGroup group : criteria.filterGroups()) {
            out.startObject().startArray("filters");
            for (Filter filter : group.filters()) {
                out.startObject().field("field", filter.field()).field("value", filter.value());
                if (filter.conditionType() != null) {
                    out.field("condition_type", filter.conditionType());
                }
                out.end();
            }
            out.end().end();
        }
        out.end();
        if (criteria.sortOrders() != null) {
            out.startArray("sort_orders");
            for (SortOrder order : criteria.sortOrders()) {
                out.startObject().field("field", order.field()).field("direction", order.direction()).end();
            }
            out.end();
        }
        if (criteria.pageSize() != null) {
            out.field("page_size", criteria.pageSize());
        }
        if (criteria.currentPage() != null) {
            out.field("current_page", criteria.currentPage());
        }
        out.end();
    }
}

package it.crocevia.testserver.magento;

import it.crocevia.testserver.magento.SearchCriteria.Filter;
import it.crocevia.testserver.magento.SearchCriteria.FilterGroup;
import it.crocevia.testserver.magento.SearchCriteria.SortOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A search criteria compiled against one kind of entity, run as Magento's
 * {@code CollectionProcessor} runs it on a collection: filters within a group ORed, groups ANDed,
 * sort orders in sequence (no direction means DESC), then {@code LIMIT} from page size and current
 * page, and {@code total_count} from a COUNT of every match.
 *
 * <p>Paging details: a page size of 0 (or none) means no limit; a negative one becomes 1 (Zend's
 * {@code limitPage}); a current page below 1 is 1; past the last page see {@link PastLastPage}.
 * Ties of the sort are returned by ascending id, which is what MySQL does in practice for these
 * tables but does not promise.
 *
 * @param <E> the entity
 */
final class SearchPlan<E> {

    /** The fields of an entity a search may name. */
    interface Fields<E> {
        /** @return the field for a filter; an unknown one fails as the entity's collection fails */
        SearchField<E> filter(String name) throws MagentoException;

        /** @return the field for a sort order, or null when the collection ignores an unknown one */
        SearchField<E> sort(String name) throws MagentoException;

        String idField();

        String updatedAtField();

        int id(E entity);

        /**
         * @return the filter as a predicate when the collection applies it itself (the product
         *     collection's {@code category_id}), or null to filter a field
         */
        default Predicate<E> special(Filter filter) throws MagentoException {
            return null;
        }
    }

    /**
     * One page of results.
     *
     * @param items the page
     * @param totalCount every match
     */
    record Page<E>(List<E> items, int totalCount) {}

    private final Predicate<E> predicate;
    private final List<SearchField<E>> sortFields = new ArrayList<>();
    private final List<Boolean> ascending = new ArrayList<>();
    private final Fields<E> fields;
    private final SearchCriteria criteria;
    private final PastLastPage pastLastPage;

    SearchPlan(SearchCriteria criteria, Fields<E> fields, PastLastPage pastLastPage) throws MagentoException {
        this.criteria = criteria;
        this.fields = fields;
        this.pastLastPage = pastLastPage;
        List<Predicate<E>> groups = new ArrayList<>();
        for (FilterGroup group : criteria.filterGroups()) {
            List<Predicate<E>> any = new ArrayList<>();
            for (Filter filter : group.filters()) {
                if (filter.field() == null) {
                    throw Errors.internal();
                }
                Predicate<E> special = fields.special(filter);
                any.add(special != null ? special : Conditions.compile(filter, fields.filter(filter.field())));
            }
            if (!any.isEmpty()) {
                groups.add(Conditions.anyOf(any));
            }
        }
        this.predicate = entity -> {
            for (Predicate<E> group : groups) {
                if (!group.test(entity)) {
                    return false;
                }
            }
            return true;
        };
        if (criteria.sortOrders() != null) {
            for (SortOrder order : criteria.sortOrders()) {
                if (order.field() == null) {
                    continue;
                }
                SearchField<E> field = fields.sort(order.field());
                if (field != null && sortFields.stream().noneMatch(f -> f.name().equals(field.name()))) {
                    sortFields.add(field);
                    ascending.add(order.ascending());
                }
            }
        }
    }

    /** Runs the search; call it under the store's read lock. */
    Page<E> run(EntityTable<E> table) {
        Iterable<E> source;
        boolean sorted = true;
        if (sortFields.isEmpty()) {
            source = table.byId();
        } else if (byUpdatedAtIndex()) {
            source = ascending.get(0) ? table.byUpdatedAt() : table.byUpdatedAt().descendingSet();
        } else if (sortFields.get(0).name().equals(fields.idField())) {
            source = ascending.get(0) ? table.byId() : reversed(table.byId());
        } else {
            source = table.byId();
            sorted = false;
        }
        List<E> matches = new ArrayList<>();
        for (E entity : source) {
            if (predicate.test(entity)) {
                matches.add(entity);
            }
        }
        if (!sorted) {
            matches.sort(comparator());
        }
        return page(matches);
    }

    private boolean byUpdatedAtIndex() {
        if (!sortFields.get(0).name().equals(fields.updatedAtField())) {
            return false;
        }
        return sortFields.size() == 1 || sortFields.size() == 2
                && sortFields.get(1).name().equals(fields.idField()) && ascending.get(1).equals(ascending.get(0));
    }

    private Comparator<E> comparator() {
        Comparator<E> comparator = (a, b) -> 0;
        for (int i = 0; i < sortFields.size(); i++) {
            SearchField<E> field = sortFields.get(i);
            Comparator<E> one = (a, b) -> MySqlValues.order(field.value(a), field.value(b), field.type());
            comparator = comparator.thenComparing(ascending.get(i) ? one : one.reversed());
        }
        return comparator.thenComparingInt(fields::id);
    }

    private Page<E> page(List<E> matches) {
        int total = matches.size();
        Integer size = criteria.pageSize();
        if (size == null || size == 0) {
            return new Page<>(matches, total);
        }
        long pageSize = size < 0 ? 1 : size;
        long current = criteria.currentPage() == null || criteria.currentPage() < 1 ? 1 : criteria.currentPage();
        long lastPage = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        if (current > lastPage && pastLastPage == PastLastPage.LAST_PAGE) {
            current = lastPage;
        }
        long from = (current - 1) * pageSize;
        if (from >= total) {
            return new Page<>(List.of(), total);
        }
        int to = (int) Math.min(total, from + pageSize);
        return new Page<>(matches.subList((int) from, to), total);
    }

    private static <E> List<E> reversed(List<E> list) {
        List<E> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}

package it.crocevia.testserver.prestashop;

import it.crocevia.testserver.common.QueryParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The list parameters of one request ({@code filter}, {@code display}, {@code sort},
 * {@code limit}), validated in PrestaShop's order and with its error codes, and run against a
 * {@link Table}.
 *
 * <p>The PrestaShop quirk that matters most to a sync: {@code date_add} and {@code date_upd} can
 * be filtered and sorted on only with {@code date=1}. Without it PrestaShop drops them from the
 * filterable fields, so {@code filter[date_upd]=...} answers 400 with code 32 ("This filter does
 * not exist") and {@code sort=[date_upd_ASC]} 400 with code 38; nothing is silently ignored.
 */
final class ListQuery {

    private static final Pattern BRACKETED = Pattern.compile("^\\[(.*)\\]$", Pattern.DOTALL);

    final List<Predicate<Row>> filters;
    final List<RowFilter> rowFilters;
    final Display display;
    final List<SortKey> sorts;
    final long offset;
    final long count;
    private final List<Integer> languages;

    private ListQuery(List<Predicate<Row>> filters, List<RowFilter> rowFilters, Display display,
            List<SortKey> sorts, long offset, long count, List<Integer> languages) {
        this.filters = filters;
        this.rowFilters = rowFilters;
        this.display = display;
        this.sorts = sorts;
        this.offset = offset;
        this.count = count;
        this.languages = languages;
    }

    static ListQuery parse(Resource resource, QueryParams query, List<Integer> languages)
            throws WebserviceException {
        List<String> available = new ArrayList<>();
        List<String> i18nAvailable = new ArrayList<>();
        for (Field field : resource.fields) {
            (field.i18n() ? i18nAvailable : available).add(field.name());
        }
        if (Php.empty(query.all().get("date"))) {
            available.remove("date_add");
            available.remove("date_upd");
        } else {
            addIfMissing(available, "date_add");
            addIfMissing(available, "date_upd");
        }
        List<Predicate<Row>> predicates = new ArrayList<>();
        List<RowFilter> rowFilters = new ArrayList<>();
        for (Map.Entry<String, Object> filter : query.map("filter").entrySet()) {
            String field = filter.getKey();
            if (field.equals("sort") || field.equals("limit")) {
                continue;
            }
            Object value = filter.getValue();
            if (!available.contains(field)) {
                if (value instanceof String text && !text.isEmpty() && i18nAvailable.contains(field)) {
                    RowFilter rowFilter = RowFilter.parse(resource, field, text, languages);
                    predicates.add(rowFilter);
                    rowFilters.add(rowFilter);
                } else if (value instanceof Map<?, ?>) {
                    throw new WebserviceException(400, 31, "There is no existing linked table for this resource");
                } else {
                    throw WebserviceException.didYouMean(400, 32, "This filter does not exist", field, available);
                }
            } else if (!(value instanceof String text) || text.isEmpty()) {
                throw new WebserviceException(400, 33, "The filter \"" + field + "\" is malformed.");
            } else if (!resource.has(field)) {
                predicates.add(row -> false);
            } else if (!resource.fields.get(resource.indexOf(field)).filterable()) {
                throw new WebserviceException(400, 34, "The field \"" + field
                        + "\" is dynamic. It is not possible to filter GET query with this field.");
            } else {
                RowFilter rowFilter = RowFilter.parse(resource, field, text, languages);
                predicates.add(rowFilter);
                rowFilters.add(rowFilter);
            }
        }
        Display display = display(resource, query, false);
        List<SortKey> sorts = sorts(resource, query, available, i18nAvailable);
        long offset = 0;
        long count = -1;
        if (query.has("limit")) {
            String limit = query.string("limit") == null ? "" : query.string("limit");
            String[] parts = limit.split(",", -1);
            if (parts.length > 2) {
                throw new WebserviceException(400, 39,
                        "The \"limit\" value has to be formed as this example: \"5,25\" or \"10\"");
            }
            if (parts.length == 1) {
                count = Math.max(0, Php.intval(parts[0]));
            } else {
                offset = Math.max(0, Php.intval(parts[0]));
                count = Math.max(0, Php.intval(parts[1]));
            }
        }
        return new ListQuery(predicates, rowFilters, display, sorts, offset, count, languages);
    }

    /**
     * The {@code display} parameter; without it a list shows ids only and a single record
     * everything.
     */
    static Display display(Resource resource, QueryParams query, boolean single) throws WebserviceException {
        if (!query.has("display")) {
            return single ? Display.FULL : Display.MINIMUM;
        }
        String value = query.string("display");
        if ("full".equals(value)) {
            return Display.FULL;
        }
        if ("minimum".equals(value)) {
            return Display.MINIMUM;
        }
        Matcher bracketed = value == null ? null : BRACKETED.matcher(value);
        if (bracketed == null || !bracketed.matches()) {
            throw new WebserviceException(400, 36, "The 'display' syntax is wrong. You can set 'full' or "
                    + "'[field_1,field_2,field_3,...]'. These are available: " + fieldNames(resource));
        }
        Set<String> fields = new LinkedHashSet<>();
        Map<String, List<String>> associations = new LinkedHashMap<>();
        for (String part : splitTopLevel(bracketed.group(1))) {
            int open = part.indexOf('[');
            String name = (open < 0 ? part : part.substring(0, open)).strip();
            if (open < 0) {
                if (!resource.has(name)) {
                    throw cannotDisplay(resource, name, "");
                }
                fields.add(name);
                continue;
            }
            List<String> subFields = List.of(part.substring(open + 1, Math.max(open + 1, part.length() - 1))
                    .split(",", -1));
            Association association = resource.associations.stream()
                    .filter(a -> a.name().equals(name)).findFirst().orElse(null);
            boolean valid = association != null && subFields.stream()
                    .allMatch(sub -> sub.equals("id") || association.indexOf(sub) >= 0);
            if (!valid) {
                throw cannotDisplay(resource, name, " (details : " + varExport(subFields) + ")");
            }
            associations.computeIfAbsent(name, key -> new ArrayList<>()).addAll(subFields);
        }
        return Display.of(fields, associations);
    }

    /**
     * Runs the query: the page of matching rows, in the asked order. As MySQL would, it reads only
     * the rows an index finds for an equality filter on the id or on one of the resource's
     * {@link Resource#keys}, then filters and sorts those; else it walks an index that gives the
     * asked order (by id, or by (date_upd, id) within the date_upd range); else it scans.
     */
    List<Row> run(Table table) {
        List<Row> found = lookup(table);
        if (found != null) {
            return page(found.stream().filter(this::matches).sorted(order()));
        }
        Iterable<Row> ordered = indexedSource(table);
        return ordered == null ? scan(table)
                : page(StreamSupport.stream(ordered.spliterator(), false).filter(this::matches));
    }

    /** The answer without indexes: every row tested, the matches sorted; what {@link #run} must equal. */
    List<Row> scan(Table table) {
        return page(table.ascending().stream().filter(this::matches).sorted(order()));
    }

    private List<Row> page(Stream<Row> rows) {
        Stream<Row> page = rows.skip(offset);
        return (count >= 0 ? page.limit(count) : page).toList();
    }

    /**
     * The asked order, ties broken by id as MySQL reads them: ascending along the primary key (also
     * the order when no sort is asked), descending under a lone {@code date_upd_DESC}, for which it
     * reads the (date_upd, id) index backward.
     */
    private Comparator<Row> order() {
        Comparator<Row> order = null;
        for (SortKey sort : sorts) {
            Comparator<Row> next = sort.comparator(languages);
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<Row> byId = Comparator.comparingInt(row -> row.id);
        boolean backward = sorts.size() == 1 && sorts.get(0).is("date_upd") && sorts.get(0).descending();
        Comparator<Row> ties = backward ? byId.reversed() : byId;
        return order == null ? ties : order.thenComparing(ties);
    }

    /**
     * The rows that an equality filter finds through an index (the fewest, when several can), or
     * null when no filter can use one.
     */
    private List<Row> lookup(Table table) {
        List<Row> fewest = null;
        for (RowFilter filter : rowFilters) {
            Set<Object> keys = filter.equalityKeys();
            List<Row> found = keys == null ? null : table.lookup(filter.index, keys);
            if (found != null && (fewest == null || found.size() < fewest.size())) {
                fewest = found;
            }
        }
        return fewest;
    }

    private boolean matches(Row row) {
        for (Predicate<Row> filter : filters) {
            if (!filter.test(row)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows already in the asked order, when an index gives it: by id (also MySQL's order when
     * no sort is asked), or by (date_upd, id), narrowed to the date_upd range of the filters.
     */
    private Iterable<Row> indexedSource(Table table) {
        if (sorts.isEmpty()) {
            return table.ascending();
        }
        SortKey first = sorts.get(0);
        if (sorts.size() == 1 && first.is("id")) {
            return first.descending() ? table.descending() : table.ascending();
        }
        boolean byDate = table.byDateUpd() != null && first.is("date_upd")
                && (sorts.size() == 1 || sorts.size() == 2 && sorts.get(1).is("id")
                        && sorts.get(1).descending() == first.descending());
        if (!byDate) {
            return null;
        }
        NavigableSet<Row> range = narrow(table);
        return first.descending() ? range.descendingSet() : range;
    }

    private NavigableSet<Row> narrow(Table table) {
        NavigableSet<Row> range = table.byDateUpd();
        for (RowFilter filter : rowFilters) {
            if (!filter.field.name().equals("date_upd")) {
                continue;
            }
            switch (filter.op) {
                case BETWEEN -> {
                    String from = SqlCompare.date(filter.values.get(0));
                    String to = SqlCompare.date(filter.values.get(1));
                    range = from.compareTo(to) > 0 ? Collections.emptyNavigableSet() : range.subSet(
                            probe(table, from, Integer.MIN_VALUE), true, probe(table, to, Integer.MAX_VALUE), true);
                }
                case GREATER -> range = range.tailSet(
                        probe(table, SqlCompare.date(filter.values.get(0)), Integer.MAX_VALUE), false);
                case LESS -> range = range.headSet(
                        probe(table, SqlCompare.date(filter.values.get(0)), Integer.MIN_VALUE), false);
                default -> {
                    // other operators are applied row by row
                }
            }
        }
        return range;
    }

    private static Row probe(Table table, String dateUpd, int id) {
        Object[] values = table.resource.newValues();
        values[table.dateUpdIndex()] = dateUpd;
        return new Row(id, values, List.of());
    }

    private static List<SortKey> sorts(Resource resource, QueryParams query, List<String> available,
            List<String> i18nAvailable) throws WebserviceException {
        if (!query.has("sort")) {
            return List.of();
        }
        String value = query.string("sort") == null ? "" : query.string("sort");
        Matcher bracketed = BRACKETED.matcher(value);
        List<String> parts = bracketed.matches() ? List.of(bracketed.group(1).split(",", -1)) : List.of(value);
        List<SortKey> sorts = new ArrayList<>();
        for (String part : parts) {
            int underscore = part.lastIndexOf('_');
            String direction = underscore < 0 ? "" : part.substring(underscore + 1).toUpperCase(Locale.ROOT);
            if (underscore < 0 || !(direction.equals("ASC") || direction.equals("DESC"))) {
                throw new WebserviceException(400, 37, "The \"sort\" value has to be formed as this example: "
                        + "\"field_ASC\" or '[field_1_DESC,field_2_ASC,field_3_ASC,...]' (\"field\" has to be an "
                        + "available field)");
            }
            String name = part.substring(0, underscore);
            if (!available.contains(name) && !i18nAvailable.contains(name)) {
                throw new WebserviceException(400, 38, "Unable to filter by this field. However, these are "
                        + "available: " + String.join(", ", available) + ", for i18n fields:"
                        + String.join(", ", i18nAvailable));
            }
            if (resource.has(name)) {
                int index = resource.indexOf(name);
                sorts.add(new SortKey(resource.fields.get(index), index, direction.equals("DESC")));
            }
        }
        return sorts;
    }

    private static WebserviceException cannotDisplay(Resource resource, String name, String details) {
        return new WebserviceException(400, 35, "Unable to display this field \"" + name + details
                + "\". However, these are available: " + fieldNames(resource));
    }

    private static String fieldNames(Resource resource) {
        return String.join(", ", resource.fields.stream().map(Field::name).toList());
    }

    /** PHP's {@code var_export} of a list of strings. */
    private static String varExport(List<String> values) {
        StringBuilder text = new StringBuilder("array (\n");
        for (int i = 0; i < values.size(); i++) {
            text.append("  ").append(i).append(" => '").append(values.get(i).replace("'", "\\'")).append("',\n");
        }
        return text.append(')').toString();
    }

    /** Splits on commas outside brackets, as PrestaShop's {@code parseDisplayFields}. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static void addIfMissing(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }
}

package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.QueryParams;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list queries answered through an index (a lookup by id or by a key column, the (date_upd,
 * id) range) return exactly what a scan of the whole table returns, also after updates, deletions
 * and clearing, and on malformed values.
 */
class IndexedListTest {

    private static final LocalDateTime FROM = LocalDateTime.of(2026, 10, 1, 0, 0);
    private static final List<Integer> LANGUAGES = List.of(PrestaShopDefaults.LANG_IT, PrestaShopDefaults.LANG_EN);

    private final PrestaShopTestServer shop = new PrestaShopTestServer();
    private final PrestaShopData data = shop.data();
    private final Random random = new Random(17);

    @BeforeEach
    void seed() {
        shop.clock(Clock.fixed(FROM.plusDays(40).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        shop.generate(600, 5L, FROM, FROM.plusDays(10));
        for (int order = 30; order < 36; order++) {
            data.touch(order, FROM.plusDays(4));
        }
        data.update("orders", 40, Map.of("date_upd", "2026-10-05"));
        data.update("orders", 41, Map.of("date_upd", " 2026-10-05 10:00:00"));
        data.update("orders", 42, Map.of("date_upd", ""));
        data.update("orders", 43, nullValue("date_upd"));
        data.update("addresses", 10, Map.of("id_customer", " 3"));
        data.update("addresses", 11, Map.of("id_customer", "3.0"));
        data.update("addresses", 12, Map.of("id_customer", "3abc"));
        data.update("addresses", 13, Map.of("id_customer", ""));
        data.update("addresses", 14, nullValue("id_customer"));
    }

    @Test
    void lookupsAndRangesFindWhatAScanFinds() {
        assertAllSameAsScan();
    }

    @Test
    void theIndexesFollowUpdatesAndDeletions() {
        for (int i = 0; i < 60; i++) {
            data.update("addresses", 1 + random.nextInt(200), Map.of("id_customer", id(20)));
            data.update("orders", 1 + random.nextInt(600), Map.of("id_customer", id(20)));
            data.update("order_details", 1 + random.nextInt(1800), Map.of("id_order", id(20)));
            data.touch("orders", 1 + random.nextInt(600), FROM.plusDays(random.nextInt(12)));
            data.changeOrderState(1 + random.nextInt(600), PrestaShopDefaults.STATE_SHIPPED, FROM.plusDays(3));
        }
        for (int i = 0; i < 40; i++) {
            deleteIfPresent("addresses", 1 + random.nextInt(200));
            deleteIfPresent("customers", 1 + random.nextInt(200));
            deleteIfPresent("orders", 1 + random.nextInt(600));
            deleteIfPresent("order_details", 1 + random.nextInt(1800));
        }
        assertAllSameAsScan();
        assertLookupsEqualFilters();
    }

    @Test
    void clearingEmptiesTheIndexesAndNewDataIsIndexedAgain() {
        data.clearShopData();

        assertThat(run("addresses", "filter[id_customer]=[1|2|3]")).isEmpty();
        assertThat(run("orders", "date=1&filter[date_upd]=[2026-01-01,2027-01-01]&sort=[date_upd_ASC,id_ASC]"))
                .isEmpty();
        assertLookupsEqualFilters();

        shop.generate(300, 6L, FROM, FROM.plusDays(5));
        assertAllSameAsScan();
        assertLookupsEqualFilters();
    }

    @Test
    void aLoneDateUpdDescendingBreaksTiesByDescendingIdWithOrWithoutALookup() {
        List<Integer> tied = List.of(35, 34, 33, 32, 31, 30);
        String onTheTiedDay = "date=1&sort=[date_upd_DESC]&filter[date_upd]=[2026-10-05 00:00:00,2026-10-05 00:00:00]";

        assertThat(run("orders", onTheTiedDay)).startsWith(40).containsSubsequence(tied);
        assertThat(run("orders", onTheTiedDay + "&filter[id]=[30|31|32|33|34|35]")).isEqualTo(tied);
        assertThat(run("orders", "date=1&sort=[date_upd_ASC]&filter[id]=[30|31|32|33|34|35]"))
                .containsExactly(30, 31, 32, 33, 34, 35);
    }

    @Test
    void malformedDatesAreRangedAndSortedAsTheFilterComparesThem() {
        String ascending = "&sort=[date_upd_ASC,id_ASC]";
        assertThat(run("orders", "date=1&filter[date_upd]=[2026-10-05,2026-10-05 10:00:00]" + ascending))
                .contains(30, 40, 41);
        assertThat(run("orders", "date=1&limit=2" + ascending)).containsExactly(43, 42);
        assertThat(run("orders", "date=1&filter[date_upd]=[ 2026-10-06,2026-10-05]" + ascending)).isEmpty();
    }

    @Test
    void keyColumnsAreComparedAsNumbersLikeTheScan() {
        assertThat(run("addresses", "filter[id_customer]=[3]")).contains(3, 10, 11, 12);
        assertThat(run("addresses", "filter[id_customer]=[0]")).containsExactly(13);
        assertThat(run("customers", "filter[id]=[4.0|abc| 5|1e1|0|-2|4294967297]")).containsExactly(4, 5, 10);
    }

    /** Many queries of each kind, as {@code resource?query}: the indexed answer must equal the scan's. */
    private void assertAllSameAsScan() {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queries.add("customers?display=full&filter[id]=" + ids(230, 60));
            queries.add("customers?filter[id]=" + ids(230, 20) + "&sort=[lastname_DESC]&limit=3,10");
            queries.add("addresses?display=full&filter[id]=" + ids(230, 60) + "&sort=[id_DESC]");
            queries.add("addresses?filter[id_customer]=" + ids(230, 60) + "&filter[deleted]=[0]");
            queries.add("addresses?filter[id_customer]=" + ids(230, 60) + "&filter[id]=" + ids(230, 30));
            queries.add("orders?date=1&filter[id_customer]=" + ids(230, 40) + "&sort=[date_upd_ASC,id_ASC]&limit=5,20");
            queries.add("orders?date=1&filter[id_customer]=" + ids(230, 40) + "&sort=[date_upd_DESC]");
            queries.add("orders?filter[id]=" + ids(650, 80) + "&filter[current_state]=[2|4|5]");
            queries.add("order_details?filter[id_order]=" + ids(650, 40) + "&sort=[product_name_ASC]");
            queries.add("order_histories?filter[id_order]=" + ids(650, 40));
            queries.add("orders?date=1&filter[date_upd]=[2026-10-0" + (1 + i) + ",2026-10-08]"
                    + "&sort=[date_upd_ASC,id_ASC]&limit=" + 30 * i + ",50");
            queries.add("orders?date=1&filter[date_upd]=>[2026-10-0" + (3 + i) + " 12:00:00]"
                    + "&sort=[date_upd_DESC,id_DESC]&limit=" + 40 * i + ",40");
            queries.add("orders?date=1&filter[date_upd]=<[2026-10-0" + (3 + i) + "]&sort=[date_upd_ASC]");
        }
        queries.addAll(List.of("customers?filter[id]=[7]", "customers?filter[id]=7", "customers?filter[id]=[]",
                "countries?date=1&filter[id]=[1|2]&filter[date_upd]=[1]",
                "addresses?filter[id_customer]=[3|abc|0]&sort=[id_DESC]", "addresses?filter[id_customer]=[2,4]",
                "addresses?filter[id_customer]=![3]", "orders?date=1&sort=[date_upd_DESC]&limit=0,30",
                "orders?date=1&sort=[date_upd_ASC,id_ASC]&limit=0,30",
                "orders?date=1&filter[date_upd]=[ 2026-10-06,2026-10-05]&sort=[date_upd_ASC,id_ASC]",
                "countries?filter[id]=[10|8|1|300]", "countries?filter[id_zone]=[1]"));
        int found = 0;
        for (String query : queries) {
            int mark = query.indexOf('?');
            found += assertSameAsScan(query.substring(0, mark), query.substring(mark + 1)).size();
        }
        assertThat(found).as("rows found by all queries").isGreaterThan(1_000);
    }

    /** Every key index answers a lookup with the rows the equality filter picks from the whole table. */
    private void assertLookupsEqualFilters() {
        for (String column : List.of("customers.id", "addresses.id_customer", "orders.id_customer",
                "order_details.id_order", "order_histories.id_order")) {
            String[] parts = column.split("\\.");
            shop.store().read(s -> {
                Table table = s.table(parts[0]);
                for (int i = 0; i < 20; i++) {
                    RowFilter filter = RowFilter.parse(table.resource, parts[1], ids(700, 1 + i), LANGUAGES);
                    List<Row> filtered = table.ascending().stream().filter(filter).toList();
                    assertThat(ids(table.lookup(filter.index, filter.equalityKeys()))).as(column + filter.values)
                            .containsExactlyInAnyOrderElementsOf(ids(filtered));
                }
                return null;
            });
        }
    }

    private List<Integer> assertSameAsScan(String resource, String query) {
        return shop.store().read(s -> {
            Table table = s.table(resource);
            ListQuery list = parse(resource, query);
            List<Integer> indexed = ids(list.run(table));
            assertThat(indexed).as(resource + "?" + query).isEqualTo(ids(list.scan(table)));
            return indexed;
        });
    }

    private List<Integer> run(String resource, String query) {
        ListQuery list = parse(resource, query);
        return ids(shop.store().read(s -> list.run(s.table(resource))));
    }

    private static ListQuery parse(String resource, String query) {
        String encoded = List.of(query.split("&")).stream()
                .map(pair -> pair.substring(0, pair.indexOf('=') + 1)
                        + URLEncoder.encode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return ListQuery.parse(Resources.SERVED.get(resource), QueryParams.parse(encoded), LANGUAGES);
        } catch (WebserviceException e) {
            throw new AssertionError(query + ": " + e.getMessage(), e);
        }
    }

    private void deleteIfPresent(String resource, int id) {
        if (data.ids(resource).contains(id)) {
            data.delete(resource, id);
        }
    }

    private String ids(int max, int count) {
        Set<String> ids = new LinkedHashSet<>();
        while (ids.size() < count) {
            ids.add(id(max));
        }
        return "[" + String.join("|", ids) + "]";
    }

    private String id(int max) {
        return Integer.toString(1 + random.nextInt(max));
    }

    private static List<Integer> ids(List<Row> rows) {
        return rows.stream().map(row -> row.id).toList();
    }

    private static Map<String, String> nullValue(String field) {
        Map<String, String> change = new HashMap<>();
        change.put(field, null);
        return change;
    }
}

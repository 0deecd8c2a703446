package it.crocevia.testserver.magento;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.ItalianIds;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MagentoGeneratorTest {

    private static final int ORDERS = 100_000;
    private static final int PAGE = 300;
    private static MagentoTestServer server;
    private static RestClient client;
    private static GeneratedData generated;

    @BeforeAll
    static void generate() {
        server = new MagentoTestServer().start();
        client = new RestClient(server);
        generated = server.generate(ORDERS, 2025L);
        System.out.printf("magento: generated %d orders (%d as guest, %d configurable lines), %d buyers (%d accounts, "
                + "%d guests, %d sharing an e-mail) in %d ms%n", generated.orders(), generated.guestOrders(),
                generated.configurableLines(), generated.people(), generated.accounts(), generated.guests(),
                generated.sharedEmailGuests(), generated.took().toMillis());
    }

    @AfterAll
    static void stop() {
        server.close();
        server = null;
        generated = null;
    }

    @Test
    void generatesTheAskedShapeQuickly() {
        assertThat(generated.orders()).isEqualTo(ORDERS);
        assertThat(server.data().orderCount()).isEqualTo(ORDERS);
        assertThat(generated.people()).isEqualTo(ORDERS / 3);
        assertThat(server.data().customerCount()).isEqualTo(generated.accounts());
        assertThat(generated.guests()).isBetween(ORDERS / 3 * 25 / 100, ORDERS / 3 * 35 / 100);
        assertThat(generated.sharedEmailGuests()).isPositive();
        assertThat(generated.guestOrders()).isBetween(ORDERS * 30 / 100, ORDERS * 45 / 100);
        assertThat(generated.configurableLines()).isBetween(ORDERS * 3 / 10, ORDERS * 3 / 4);
        assertThat(generated.firstOrderId()).isEqualTo(1);
        assertThat(generated.lastOrderId()).isEqualTo(ORDERS);
        assertThat(generated.took()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void theSameSeedGivesTheSameShop() {
        MagentoTestServer first = new MagentoTestServer();
        MagentoTestServer second = new MagentoTestServer();
        first.generate(600, 7L);
        second.generate(600, 7L);

        for (String field : new String[] {"increment_id", "grand_total", "updated_at", "customer_email", "status",
            "customer_taxvat"}) {
            assertThat(second.data().orderField(321, field)).isEqualTo(first.data().orderField(321, field));
        }
        assertThat(second.data().customerField(99, "taxvat")).isEqualTo(first.data().customerField(99, "taxvat"));
    }

    @Test
    void pagingTheUpdatedAtWindowAtPageSize300ReturnsEveryOrderOnceInOrderAndFast() throws Exception {
        BitSet seen = new BitSet(ORDERS + 1);
        int duplicates = 0;
        int pages = 0;
        int total = -1;
        String previous = "";
        long started = System.nanoTime();
        for (int page = 1; ; page++) {
            HttpResponse<InputStream> response = client.send(client.request("/rest/default/V1/orders",
                    RestClient.criteria()
                            .group().filter("updated_at", "2025-01-01 00:00:00", "gteq")
                            .group().filter("updated_at", "2025-06-30 23:59:59", "lteq")
                            .sort("updated_at", "ASC").sort("entity_id", "ASC").page(PAGE, page).build())
                    .header("Authorization", "Bearer " + server.accessToken()).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            int count = 0;
            try (JsonParser parser = Json.createParser(response.body())) {
                int depth = 0;
                String key = null;
                while (parser.hasNext()) {
                    JsonParser.Event event = parser.next();
                    switch (event) {
                        case START_OBJECT, START_ARRAY -> depth++;
                        case END_OBJECT, END_ARRAY -> depth--;
                        case KEY_NAME -> key = parser.getString();
                        case VALUE_NUMBER -> {
                            if (depth == 3 && "entity_id".equals(key)) {
                                int id = parser.getInt();
                                duplicates += seen.get(id) ? 1 : 0;
                                seen.set(id);
                                count++;
                            } else if (depth == 1 && "total_count".equals(key)) {
                                total = parser.getInt();
                            }
                        }
                        case VALUE_STRING -> {
                            if (depth == 3 && "updated_at".equals(key)) {
                                assertThat(parser.getString()).isGreaterThanOrEqualTo(previous);
                                previous = parser.getString();
                            }
                        }
                        default -> { }
                    }
                }
            }
            pages++;
            if (count < PAGE) {
                break;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("magento: paged %d orders in %d pages of %d (full orders) in %d ms%n", seen.cardinality(),
                pages, PAGE, took.toMillis());

        assertThat(duplicates).isZero();
        assertThat(total).isEqualTo(ORDERS);
        assertThat(seen.cardinality()).isEqualTo(ORDERS);
        assertThat(pages).isEqualTo(ORDERS / PAGE + 1);
        assertThat(took).isLessThan(Duration.ofSeconds(90));
    }

    @Test
    void guestsShareEmailsUnderOtherNames() {
        HttpResponse<String> response = client.get("orders", RestClient.criteria()
                .group().filter("customer_is_guest", "1", "eq").sort("entity_id", "ASC").page(300, 1).build());
        Map<String, String> nameByEmail = new HashMap<>();
        int shared = 0;
        for (int page = 1; page <= 10; page++) {
            JsonArray items = RestClient.items(client.get("orders", RestClient.criteria()
                    .group().filter("customer_is_guest", "1", "eq").sort("entity_id", "ASC").page(300, page).build()));
            for (JsonValue value : items) {
                JsonObject order = value.asJsonObject();
                assertThat(order.containsKey("customer_id")).isFalse();
                String previous = nameByEmail.putIfAbsent(order.getString("customer_email"),
                        order.getString("customer_firstname"));
                if (previous != null && !previous.equals(order.getString("customer_firstname"))) {
                    shared++;
                }
            }
        }
        assertThat(RestClient.object(response).getInt("total_count")).isEqualTo(generated.guestOrders());
        assertThat(shared).isPositive();
    }

    @Test
    void italianFiscalFieldsAreWellFormed() {
        int codiciFiscali = 0;
        int partiteIva = 0;
        for (int page = 1; page <= 5; page++) {
            JsonArray items = RestClient.items(client.get("orders", RestClient.criteria()
                    .sort("entity_id", "ASC").page(300, page).build()));
            for (JsonValue value : items) {
                JsonObject order = value.asJsonObject();
                if (order.containsKey("customer_taxvat")) {
                    assertThat(ItalianIds.isValidCodiceFiscale(order.getString("customer_taxvat")))
                            .as(order.getString("customer_taxvat")).isTrue();
                    codiciFiscali++;
                }
                JsonObject billing = order.getJsonObject("billing_address");
                if (billing.containsKey("company")) {
                    String vat = billing.getString("vat_id");
                    assertThat(ItalianIds.isValidPartitaIva(vat.startsWith("IT") ? vat.substring(2) : vat))
                            .as(vat).isTrue();
                    partiteIva++;
                }
            }
        }
        assertThat(codiciFiscali).isGreaterThan(300);
        assertThat(partiteIva).isGreaterThan(150);
    }

    @Test
    void configurableLinesArePairsOfParentAndChild() {
        int pairs = 0;
        for (JsonValue value : RestClient.items(client.get("orders", RestClient.criteria().page(300, 7).build()))) {
            JsonArray items = value.asJsonObject().getJsonArray("items");
            for (int i = 0; i < items.size(); i++) {
                JsonObject item = items.getJsonObject(i);
                if (item.getString("product_type").equals("configurable")) {
                    JsonObject child = items.getJsonObject(i + 1);
                    assertThat(child.getInt("parent_item_id")).isEqualTo(item.getInt("item_id"));
                    assertThat(child.getString("sku")).isEqualTo(item.getString("sku"));
                    pairs++;
                }
            }
            assertThat(value.asJsonObject().getInt("total_item_count")).isEqualTo(3);
        }
        assertThat(pairs).isPositive();
    }
}

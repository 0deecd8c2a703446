package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.ItalianIdsTest;
import it.crocevia.testserver.common.QueryParams;
import jakarta.json.Json;
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

class GeneratorTest {

    private static final int ORDERS = 100_000;
    private static final int PAGE = 1_000;
    private static PrestaShopTestServer server;
    private static WsClient client;
    private static GeneratedData generated;

    @BeforeAll
    static void generate() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
        generated = server.generate(ORDERS, 2025L);
        System.out.printf("generated %d orders, %d customers (%d guests, %d sharing an e-mail), %d addresses in %d ms%n",
                generated.orders(), generated.customers(), generated.guests(), generated.sharedEmailGuests(),
                generated.addresses(), generated.took().toMillis());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void generatesTheAskedShapeQuickly() {
        assertThat(generated.orders()).isEqualTo(ORDERS);
        assertThat(server.data().count("orders")).isEqualTo(ORDERS);
        assertThat(server.data().count("order_details")).isEqualTo(3 * ORDERS);
        assertThat(generated.customers()).isEqualTo(ORDERS / 3);
        assertThat(generated.guests()).isBetween(ORDERS / 3 * 25 / 100, ORDERS / 3 * 35 / 100);
        assertThat(generated.sharedEmailGuests()).isPositive();
        assertThat(generated.took()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void theSameSeedGivesTheSameShop() {
        PrestaShopTestServer first = new PrestaShopTestServer();
        PrestaShopTestServer second = new PrestaShopTestServer();
        first.generate(500, 7L);
        second.generate(500, 7L);

        for (String field : new String[] {"reference", "total_paid", "date_upd", "id_customer", "current_state"}) {
            assertThat(second.data().value("orders", 321, field)).isEqualTo(first.data().value("orders", 321, field));
        }
        assertThat(second.data().value("addresses", 99, "dni")).isEqualTo(first.data().value("addresses", 99, "dni"));
    }

    @Test
    void pagingByDateUpdReturnsEveryOrderExactlyOnceAndFast() throws Exception {
        BitSet seen = new BitSet(ORDERS + 1);
        int duplicates = 0;
        int pages = 0;
        String previous = "";
        long started = System.nanoTime();
        for (int offset = 0; ; offset += PAGE) {
            HttpResponse<InputStream> response = client.send(client.request("orders", "output_format", "JSON",
                    "display", "full", "date", "1", "sort", "[date_upd_ASC,id_ASC]", "limit", offset + "," + PAGE)
                    .header("Authorization", WsClient.basic(server.apiKey())).build(),
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
                            if (depth == 3 && "id".equals(key)) {
                                int id = parser.getInt();
                                duplicates += seen.get(id) ? 1 : 0;
                                seen.set(id);
                                count++;
                            }
                        }
                        case VALUE_STRING -> {
                            if (depth == 3 && "date_upd".equals(key)) {
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
        System.out.printf("paged %d orders in %d pages of %d (display=full) in %d ms%n", seen.cardinality(), pages,
                PAGE, took.toMillis());

        assertThat(duplicates).isZero();
        assertThat(seen.cardinality()).isEqualTo(ORDERS);
        assertThat(pages).isEqualTo(ORDERS / PAGE + 1);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(server.requests().recentUris()).allSatisfy(uri -> assertThat(
                QueryParams.parse(uri.getRawQuery()).string("limit")).endsWith(",1000"));
    }

    @Test
    void guestsShareEmailsWithDifferentNames() {
        Map<String, String> firstNameByEmail = new HashMap<>();
        int shared = 0;
        for (int id = 1; id <= 3_000; id++) {
            String email = server.data().value("customers", id, "email");
            String firstname = server.data().value("customers", id, "firstname");
            String previous = firstNameByEmail.putIfAbsent(email, firstname);
            if (previous != null) {
                shared++;
                assertThat(previous).isNotEqualTo(firstname);
                assertThat(server.data().value("customers", id, "is_guest")).isEqualTo("1");
            }
        }
        assertThat(shared).isPositive();
    }

    @Test
    void italianFiscalFieldsAreWellFormed() {
        int codiciFiscali = 0;
        int vatNumbers = 0;
        for (int id = 1; id <= 2_000; id++) {
            String dni = server.data().value("addresses", id, "dni");
            String vat = server.data().value("addresses", id, "vat_number");
            if (!dni.isEmpty()) {
                assertThat(dni).matches("[A-Z]{6}\\d{2}[A-Z]\\d{2}[A-Z]\\d{3}[A-Z]");
                assertThat(ItalianIdsTest.codiceFiscaleIsValid(dni)).as(dni).isTrue();
                codiciFiscali++;
            }
            if (!vat.isEmpty()) {
                assertThat(vat).matches("(IT)?\\d{11}");
                assertThat(server.data().value("addresses", id, "company")).isNotEmpty();
                vatNumbers++;
            }
        }
        assertThat(codiciFiscali).isGreaterThan(500);
        assertThat(vatNumbers).isGreaterThan(100);
    }
}

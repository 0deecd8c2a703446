package it.crocevia.testserver.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.COUNTRY_IT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading customers and their addresses by id, and the changes and deletions a back office makes. */
class CustomerChangesTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 10, 0);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 9, 15, 8, 30);

    private PrestaShopTestServer server;
    private WsClient client;
    private PrestaShopData data;

    @BeforeEach
    void start() {
        server = new PrestaShopTestServer().start()
                .clock(Clock.fixed(NOW.atZone(PrestaShopTestServer.SHOP_ZONE).toInstant(), ZoneOffset.UTC));
        client = new WsClient(server);
        data = server.data();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void customersAndTheirAddressesAreFoundByOrLists() {
        int mario = customer("Mario");
        int paola = customer("Paola");
        int anna = customer("Anna");
        int marioHome = address(mario);
        int paolaSeat = address(paola);
        int paolaOld = address(paola);
        data.update("addresses", paolaOld, Map.of("deleted", "1"));

        String some = "[" + mario + "|" + anna + "|999]";
        assertThat(ids(client.get("customers", "output_format", "JSON", "filter[id]", some), "customers"))
                .containsExactly(mario, anna);
        String both = "[" + mario + "|" + paola + "]";
        assertThat(ids(client.get("addresses", "output_format", "JSON", "filter[id_customer]", both), "addresses"))
                .containsExactly(marioHome, paolaSeat, paolaOld);
        assertThat(ids(client.get("addresses", "output_format", "JSON", "filter[id_customer]", both,
                "filter[deleted]", "[0]"), "addresses")).containsExactly(marioHome, paolaSeat);
        assertThat(ids(client.get("addresses", "output_format", "JSON", "filter[id_customer]", both,
                "filter[deleted]", "0"), "addresses")).containsExactly(marioHome, paolaSeat);
    }

    @Test
    void updatingACustomerOrAnAddressMovesItsDateUpdUnlessGiven() {
        int mario = customer("Mario");
        int home = address(mario);

        data.updateCustomer(mario, Map.of("email", "not-an-email", "company", "Rossi S.r.l."));
        data.updateAddress(home, Map.of("vat_number", "IT01234567897", "phone", "02 1234567"));

        assertThat(data.value("customers", mario, "email")).isEqualTo("not-an-email");
        assertThat(data.value("customers", mario, "company")).isEqualTo("Rossi S.r.l.");
        assertThat(data.value("customers", mario, "date_upd")).isEqualTo("2025-09-15 08:30:00");
        assertThat(data.value("customers", mario, "date_add")).isEqualTo("2025-03-01 10:00:00");
        assertThat(data.value("addresses", home, "vat_number")).isEqualTo("IT01234567897");
        assertThat(data.value("addresses", home, "date_upd")).isEqualTo("2025-09-15 08:30:00");

        data.updateCustomer(mario, Map.of("firstname", "Marco", "date_upd", "2025-04-01 00:00:00"));
        assertThat(data.value("customers", mario, "date_upd")).isEqualTo("2025-04-01 00:00:00");
        assertThat(client.get("customers", "output_format", "JSON", "display", "full", "date", "1",
                "filter[date_upd]", "[2025-04-01 00:00:00]").body()).contains("\"firstname\":\"Marco\"");
    }

    @Test
    void aDeletedCustomerWithoutOrdersIsGoneWithItsAddresses() {
        int mario = customer("Mario");
        int paola = customer("Paola");
        int marioHome = address(mario);
        int paolaSeat = address(paola);

        data.delete("customers", mario);

        assertThat(client.get("customers/" + mario, "output_format", "JSON").statusCode()).isEqualTo(404);
        assertThat(client.get("addresses/" + marioHome, "output_format", "JSON").statusCode()).isEqualTo(404);
        assertThat(ids(client.get("customers", "output_format", "JSON"), "customers")).containsExactly(paola);
        assertThat(data.ids("addresses")).containsExactly(paolaSeat);
        assertThat(data.count("customers")).isEqualTo(1);
        assertThat(customer("Anna")).as("ids are not given out again").isEqualTo(paola + 1);
        assertThatThrownBy(() -> data.delete("customers", mario)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomerWithOrdersKeepsItsAddressesAndAnAddressInUseIsOnlyMarkedDeleted() {
        int mario = customer("Mario");
        int home = address(mario);
        int office = address(mario);
        data.addOrder(OrderSpec.of(mario, home)
                .line(OrderLine.of(7, "Moka Express 3 tazze", "MOKA-3", 1, new BigDecimal("29.90"))));

        data.delete("addresses", home);
        data.delete("addresses", office);
        assertThat(data.value("addresses", home, "deleted")).isEqualTo("1");
        assertThat(data.value("addresses", home, "date_upd")).isEqualTo("2025-09-15 08:30:00");
        assertThat(data.ids("addresses")).containsExactly(home);

        data.delete("customers", mario);
        assertThat(data.count("customers")).isZero();
        assertThat(data.ids("addresses")).containsExactly(home);
        assertThat(data.count("orders")).isEqualTo(1);
    }

    private int customer(String name) {
        return data.addCustomer(CustomerSpec.registered(name, "Rossi", name.toLowerCase() + "@example.it").dateAdd(T0));
    }

    private int address(int customer) {
        return data.addAddress(AddressSpec.of(customer, "Mario", "Rossi", "Via Roma 1", "20121", "Milano", COUNTRY_IT)
                .dateAdd(T0));
    }

    private static List<Integer> ids(HttpResponse<String> response, String resource) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray rows = WsClient.array(response, resource);
        return rows.stream().map(JsonValue::asJsonObject).map(o -> o.getInt("id")).toList();
    }
}

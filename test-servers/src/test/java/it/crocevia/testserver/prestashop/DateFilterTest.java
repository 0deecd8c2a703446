package it.crocevia.testserver.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.COUNTRY_IT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DateFilterTest {

    private static final LocalDateTime MARCH = LocalDateTime.of(2025, 3, 1, 8, 0);
    private PrestaShopTestServer server;
    private WsClient client;

    @BeforeEach
    void seed() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
        PrestaShopData data = server.data();
        int customer = data.addCustomer(CustomerSpec.registered("Sara", "Greco", "sara.greco@example.it"));
        int address = data.addAddress(AddressSpec.of(customer, "Sara", "Greco", "Via Verdi 3", "10121", "Torino",
                COUNTRY_IT));
        for (int day = 0; day < 6; day++) {
            data.addOrder(OrderSpec.of(customer, address).dateAdd(MARCH.plusDays(day))
                    .dateUpd(MARCH.plusDays(5 - day)).line(OrderLine.of(1, "Caffè", "CAF", 1, BigDecimal.TEN)));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withDateOneAnIntervalOnDateUpdIsInclusive() {
        HttpResponse<String> response = client.get("orders", "output_format", "JSON", "date", "1",
                "filter[date_upd]", "[2025-03-02 08:00:00,2025-03-04 08:00:00]");

        assertThat(ListingTest.ids(response)).containsExactly(3, 4, 5);
    }

    @Test
    void aBareDateMeansMidnightSoTheLastDayIsExcluded() {
        HttpResponse<String> response = client.get("orders", "output_format", "JSON", "date", "1",
                "filter[date_upd]", "[2025-03-01,2025-03-03]");

        assertThat(ListingTest.ids(response)).containsExactly(5, 6);
    }

    @Test
    void withoutDateOneTheDateFilterDoesNotExist() {
        HttpResponse<String> response = client.get("orders", "output_format", "JSON",
                "filter[date_upd]", "[2025-03-02 08:00:00,2025-03-04 08:00:00]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ListingTest.error(response)).containsEntry("code", "32")
                .hasEntrySatisfying("message", message -> assertThat(message)
                        .startsWith("This filter does not exist. Did you mean: \"")
                        .doesNotContain("\"date_upd\"").doesNotContain("\"date_add\""));
    }

    @Test
    void dateZeroIsLikeNoDate() {
        HttpResponse<String> response = client.get("orders", "output_format", "JSON", "date", "0",
                "filter[date_upd]", ">[2025-03-02 00:00:00]");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void withoutDateOneSortingOnDateUpdIsRefused() {
        HttpResponse<String> response = client.get("orders", "output_format", "JSON", "sort", "[date_upd_ASC]");

        assertThat(ListingTest.error(response)).containsEntry("code", "38")
                .hasEntrySatisfying("message", message -> assertThat(message)
                        .startsWith("Unable to filter by this field. However, these are available: id, "));
    }

    @Test
    void withDateOneOrdersSortByDateUpdThenId() {
        server.data().touch(6, MARCH.plusDays(1));

        HttpResponse<String> ascending = client.get("orders", "output_format", "JSON", "date", "1",
                "sort", "[date_upd_ASC,id_ASC]");
        HttpResponse<String> descending = client.get("orders", "output_format", "JSON", "date", "1",
                "sort", "[date_upd_DESC,id_DESC]", "limit", "0,3");

        assertThat(ListingTest.ids(ascending)).containsExactly(5, 6, 4, 3, 2, 1);
        assertThat(ListingTest.ids(descending)).containsExactly(1, 2, 3);
    }

    @Test
    void aTouchedOrderEntersTheWindowOfTheNextIncrementalSync() {
        String since = ">[2025-03-06 08:00:00]";
        assertThat(ListingTest.ids(client.get("orders", "output_format", "JSON", "date", "1",
                "filter[date_upd]", since))).isEmpty();

        server.data().changeOrderState(3, PrestaShopDefaults.STATE_SHIPPED, MARCH.plusDays(7));

        assertThat(ListingTest.ids(client.get("orders", "output_format", "JSON", "date", "1",
                "filter[date_upd]", since, "sort", "[date_upd_ASC,id_ASC]"))).containsExactly(3);
        assertThat(ListingTest.ids(client.get("order_histories", "output_format", "JSON", "filter[id_order]", "[3]")))
                .hasSize(2);
    }
}

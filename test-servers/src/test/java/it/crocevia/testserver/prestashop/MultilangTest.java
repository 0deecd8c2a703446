package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MultilangTest {

    private static PrestaShopTestServer server;
    private static WsClient client;

    @BeforeAll
    static void start() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMultilingualFieldIsAnArrayOfLanguageValues() {
        JsonObject state = WsClient.object(client.get("order_states/1", "output_format", "JSON"))
                .getJsonObject("order_state");

        assertThat(state.getJsonArray("name").toString()).isEqualTo("[{\"id\":\"1\",\"value\":\"In attesa di "
                + "pagamento con assegno\"},{\"id\":\"2\",\"value\":\"Awaiting check payment\"}]");
        assertThat(state.getString("color")).isEqualTo("#34209E");
    }

    @Test
    void withOneLanguageItIsAPlainString() {
        JsonObject english = WsClient.object(client.get("order_states/2", "output_format", "JSON", "language", "2"))
                .getJsonObject("order_state");
        JsonObject italian = WsClient.object(client.get("order_states/2", "output_format", "JSON", "language", "[1]"))
                .getJsonObject("order_state");

        assertThat(english.getString("name")).isEqualTo("Payment accepted");
        assertThat(italian.getString("name")).isEqualTo("Pagamento accettato");
    }

    @Test
    void aListOfLanguagesKeepsTheArray() {
        JsonObject carrier = WsClient.object(client.get("carriers/2", "output_format", "JSON", "language", "[2|1]"))
                .getJsonObject("carrier");

        assertThat(carrier.getJsonArray("delay").getJsonObject(0).getString("id")).isEqualTo("2");
    }

    @Test
    void anUnknownLanguageIsRefused() {
        assertThat(ListingTest.error(client.get("order_states", "output_format", "JSON", "language", "9")))
                .containsEntry("code", "81").containsEntry("message", "language is not available");
        assertThat(ListingTest.error(client.get("order_states", "output_format", "JSON", "language", "it")))
                .containsEntry("code", "79");
    }

    @Test
    void multilingualFieldsCanBeFiltered() {
        assertThat(ListingTest.ids(client.get("order_states", "output_format", "JSON", "filter[name]", "[Spedito]")))
                .containsExactly(4);
        assertThat(ListingTest.ids(client.get("order_states", "output_format", "JSON", "filter[name]", "[Shipped]",
                "language", "1"))).isEmpty();
    }

    @Test
    void referenceDataHasPrestaShopsIds() {
        JsonObject italy = WsClient.object(client.get("countries/10", "output_format", "JSON", "language", "2"))
                .getJsonObject("country");
        JsonObject euro = WsClient.object(client.get("currencies", "output_format", "JSON", "display", "full",
                "filter[iso_code]", "[EUR]")).getJsonArray("currencies").getJsonObject(0);

        assertThat(italy.getString("iso_code")).isEqualTo("IT");
        assertThat(italy.getString("name")).isEqualTo("Italy");
        assertThat(euro.getInt("id")).isEqualTo(1);
        assertThat(euro.getString("conversion_rate")).isEqualTo("1.000000");
    }

    @Test
    void php81TypingMakesIntegerColumnsNumbers() {
        try (PrestaShopTestServer php81 = new PrestaShopTestServer().jsonTyping(JsonTyping.NATIVE_INTEGERS).start()) {
            int customer = php81.data().addCustomer(CustomerSpec.registered("Ugo", "Neri", "ugo@example.it"));
            php81.data().addOrder(OrderSpec.of(customer, 0).line(OrderLine.of(1, "Caffè", "CAF", 2, BigDecimal.ONE)));
            WsClient php81Client = new WsClient(php81);

            JsonObject order = WsClient.object(php81Client.get("orders/1", "output_format", "JSON")).getJsonObject("order");
            JsonObject state = WsClient.object(php81Client.get("order_states/1", "output_format", "JSON"))
                    .getJsonObject("order_state");

            assertThat(order.getInt("id_customer")).isEqualTo(customer);
            assertThat(order.getString("total_paid")).isEqualTo("8.900000");
            assertThat(order.getString("valid")).isEqualTo("1");
            JsonObject row = order.getJsonObject("associations").getJsonArray("order_rows").getJsonObject(0);
            assertThat(row.getInt("product_quantity")).isEqualTo(2);
            assertThat(state.getJsonArray("name").getJsonObject(0).getInt("id")).isEqualTo(1);
        }
    }
}

package it.crocevia.testserver.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListingTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 10, 0);
    private static PrestaShopTestServer server;
    private static WsClient client;

    @BeforeAll
    static void seed() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
        PrestaShopData data = server.data();
        int mario = data.addCustomer(CustomerSpec.registered("Mario", "Rossi", "mario.rossi@example.it").dateAdd(T0));
        int home = data.addAddress(AddressSpec.of(mario, "Mario", "Rossi", "Via Roma 1", "20121", "Milano", COUNTRY_IT)
                .dni("RSSMRA80A01F205X").dateAdd(T0));
        for (int i = 0; i < 10; i++) {
            data.addOrder(OrderSpec.of(mario, home).dateAdd(T0.plusDays(i)).reference("REF" + i)
                    .state(i % 2 == 0 ? STATE_SHIPPED : STATE_PAYMENT_ACCEPTED)
                    .line(OrderLine.of(7, "Moka Express 3 tazze", "MOKA-3", 1 + i % 3, new BigDecimal("29.90"))));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aListWithoutDisplayHasOnlyNumericIds() {
        HttpResponse<String> response = client.get("orders", "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"orders\":[{\"id\":1},{\"id\":2},");
        assertThat(WsClient.array(response, "orders")).hasSize(10);
    }

    @Test
    void displayFullShowsEveryFieldWithIdAsNumberAndTheRestAsStrings() {
        JsonObject order = WsClient.array(client.get("orders", "output_format", "JSON", "display", "full",
                "filter[id]", "[3]"), "orders").getJsonObject(0);

        assertThat(order.getInt("id")).isEqualTo(3);
        assertThat(order.getString("id_customer")).isEqualTo("1");
        assertThat(order.getString("total_paid")).isEqualTo("96.600000");
        assertThat(order.getString("total_products_wt")).isEqualTo("89.700000");
        assertThat(order.getString("total_products")).isEqualTo("73.520000");
        assertThat(order.getString("total_paid_tax_excl")).isEqualTo("79.180000");
        assertThat(order.getString("valid")).isEqualTo("1");
        assertThat(order.getString("date_add")).isEqualTo("2025-03-03 10:00:00");
        JsonObject row = order.getJsonObject("associations").getJsonArray("order_rows").getJsonObject(0);
        assertThat(row.getString("product_name")).isEqualTo("Moka Express 3 tazze");
        assertThat(row.getString("product_quantity")).isEqualTo("3");
        assertThat(row.getString("unit_price_tax_incl")).isEqualTo("29.900000");
        assertThat(row.getString("unit_price_tax_excl")).isEqualTo("24.508197");
    }

    @Test
    void displayOfSomeFieldsShowsOnlyThemWithoutId() {
        JsonArray orders = WsClient.array(client.get("orders", "output_format", "JSON",
                "display", "[reference,current_state]", "limit", "2"), "orders");

        assertThat(orders.getJsonObject(0).keySet()).containsExactly("current_state", "reference");
        assertThat(orders.getJsonObject(0).getString("reference")).isEqualTo("REF0");
    }

    @Test
    void displayCanPickAssociationFields() {
        JsonObject order = WsClient.array(client.get("orders", "output_format", "JSON",
                "display", "[id,order_rows[product_id,product_quantity]]", "limit", "1"), "orders").getJsonObject(0);

        assertThat(order.keySet()).containsExactly("id", "associations");
        assertThat(order.getJsonObject("associations").getJsonArray("order_rows").getJsonObject(0).keySet())
                .containsExactly("product_id", "product_quantity");
    }

    @Test
    void aSingleRecordIsWrappedInItsSingularNameUnlessDisplayIsGiven() {
        JsonObject plain = WsClient.object(client.get("orders/2", "output_format", "JSON"));
        JsonObject withDisplay = WsClient.object(client.get("orders/2", "output_format", "JSON", "display", "full"));

        assertThat(plain.keySet()).containsExactly("order");
        assertThat(plain.getJsonObject("order").getInt("id")).isEqualTo(2);
        assertThat(withDisplay.keySet()).containsExactly("orders");
        assertThat(withDisplay.getJsonArray("orders").getJsonObject(0).getInt("id")).isEqualTo(2);
    }

    @Test
    void anUnknownRecordIsA404WithoutBody() {
        HttpResponse<String> response = client.get("orders/999", "output_format", "JSON");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("PSWS-Version")).isPresent();
    }

    @Test
    void filtersByIdListAndInterval() {
        assertThat(ids(client.get("orders", "output_format", "JSON", "filter[id]", "[2|5|9]"))).containsExactly(2, 5, 9);
        assertThat(ids(client.get("orders", "output_format", "JSON", "filter[id]", "[4,6]"))).containsExactly(4, 5, 6);
        assertThat(ids(client.get("orders", "output_format", "JSON", "filter[id]", "[6,4]"))).containsExactly(4, 5, 6);
        assertThat(ids(client.get("orders", "output_format", "JSON", "filter[id]", ">[8]"))).containsExactly(9, 10);
        assertThat(ids(client.get("orders", "output_format", "JSON", "filter[id]", "![1|2|3|4|5|6|7]")))
                .containsExactly(8, 9, 10);
    }

    @Test
    void filtersTextCaseInsensitivelyAndWithLike() {
        assertThat(ids(client.get("customers", "output_format", "JSON", "filter[email]", "[MARIO.ROSSI@EXAMPLE.IT]")))
                .containsExactly(1);
        assertThat(ids(client.get("customers", "output_format", "JSON", "filter[lastname]", "[ros]%")))
                .containsExactly(1);
        assertThat(ids(client.get("orders", "output_format", "JSON", "filter[current_state]",
                "[" + STATE_SHIPPED + "]", "filter[reference]", "%[F1]"))).isEmpty();
        assertThat(ids(client.get("orders", "output_format", "JSON", "filter[current_state]",
                "[" + STATE_SHIPPED + "]", "filter[reference]", "%[F2]"))).containsExactly(3);
    }

    @Test
    void anEmptyResultIsABareEmptyArray() {
        HttpResponse<String> ids = client.get("orders", "output_format", "JSON", "filter[id]", "[500]");
        HttpResponse<String> full = client.get("orders", "output_format", "JSON", "display", "full",
                "filter[id]", "[500]");
        HttpResponse<String> xml = client.get("orders", "filter[id]", "[500]");

        assertThat(ids.statusCode()).isEqualTo(200);
        assertThat(ids.body()).isEqualTo("[]");
        assertThat(full.body()).isEqualTo("[]");
        assertThat(xml.body()).contains("<orders>\n</orders>");
    }

    @Test
    void sortsOnOneOrSeveralFields() {
        assertThat(ids(client.get("orders", "output_format", "JSON", "sort", "[id_DESC]", "limit", "3")))
                .containsExactly(10, 9, 8);
        assertThat(ids(client.get("orders", "output_format", "JSON", "sort", "[current_state_ASC,id_DESC]",
                "limit", "6"))).containsExactly(10, 8, 6, 4, 2, 9);
        assertThat(ids(client.get("orders", "output_format", "JSON", "sort", "reference_desc", "limit", "2")))
                .containsExactly(10, 9);
    }

    @Test
    void limitTakesACountOrAnOffsetAndACount() {
        assertThat(ids(client.get("orders", "output_format", "JSON", "limit", "3"))).containsExactly(1, 2, 3);
        assertThat(ids(client.get("orders", "output_format", "JSON", "limit", "3,4"))).containsExactly(4, 5, 6, 7);
        assertThat(ids(client.get("orders", "output_format", "JSON", "limit", "8,4"))).containsExactly(9, 10);
        assertThat(client.get("orders", "output_format", "JSON", "limit", "10,5").body()).isEqualTo("[]");
    }

    @Test
    void badParametersGetPrestaShopsCodes() {
        assertThat(error(client.get("orders", "output_format", "JSON", "filter[colour]", "[red]")))
                .containsEntry("code", "32").hasEntrySatisfying("message", message -> assertThat(message)
                        .startsWith("This filter does not exist. Did you mean: \"")
                        .contains("The full list is: \"id\", \"id_address_delivery\""));
        assertThat(error(client.get("orders", "output_format", "JSON", "filter[id]", ""))).containsEntry("code", "33");
        assertThat(error(client.get("orders", "output_format", "JSON", "filter[shipping_number]", "[1]")))
                .containsEntry("code", "34");
        assertThat(error(client.get("orders", "output_format", "JSON", "display", "[colour]")))
                .containsEntry("code", "35");
        assertThat(error(client.get("orders", "output_format", "JSON", "display", "everything")))
                .containsEntry("code", "36");
        assertThat(error(client.get("orders", "output_format", "JSON", "sort", "[id]"))).containsEntry("code", "37");
        assertThat(error(client.get("orders", "output_format", "JSON", "sort", "[colour_ASC]")))
                .containsEntry("code", "38");
        assertThat(error(client.get("orders", "output_format", "JSON", "limit", "1,2,3"))).containsEntry("code", "39");
    }

    @Test
    void lowerCaseJsonIsNotJsonForPrestaShop() {
        HttpResponse<String> response = client.get("orders", "output_format", "json", "limit", "1");

        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop")
                .contains("<order id=\"1\" xlink:href=\"" + server.shopUrl() + "/api/orders/1\"/>");
    }

    @Test
    void theOutputFormatHeaderSelectsJsonToo() {
        HttpResponse<String> response = client.send(client.request("orders", "limit", "1")
                .header("Authorization", WsClient.basic(server.apiKey())).header("Output-Format", "JSON").build());

        assertThat(response.body()).isEqualTo("{\"orders\":[{\"id\":1}]}");
    }

    @Test
    void xmlShowsValuesInCdataWithLinks() {
        HttpResponse<String> response = client.get("orders/1");

        assertThat(response.body()).contains("<order>\n<id><![CDATA[1]]></id>\n",
                "<id_customer xlink:href=\"" + server.shopUrl() + "/api/customers/1\"><![CDATA[1]]></id_customer>",
                "<order_rows nodeType=\"order_row\" virtualEntity=\"true\">",
                "<product_name><![CDATA[Moka Express 3 tazze]]></product_name>");
    }

    @Test
    void seededValuesCanBeChangedAndReadBack() {
        int customer = server.data().addCustomer(CustomerSpec.guest("Anna", "Verdi", "anna@example.it"));
        server.data().update("customers", customer, Map.of("email", ""));

        JsonObject stored = WsClient.object(client.get("customers/" + customer, "output_format", "JSON"))
                .getJsonObject("customer");
        assertThat(stored.getString("email")).isEmpty();
        assertThat(stored.getString("is_guest")).isEqualTo("1");
        assertThat(stored.get("company")).isEqualTo(JsonValue.NULL);
        assertThat(stored.getJsonObject("associations").getJsonArray("groups").getJsonObject(0).getString("id"))
                .isEqualTo("2");
    }

    static List<Integer> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        if (response.body().equals("[]")) {
            return List.of();
        }
        JsonObject body = WsClient.object(response);
        return body.getJsonArray(body.keySet().iterator().next()).getValuesAs(JsonObject.class).stream()
                .map(item -> item.getInt("id")).toList();
    }

    static Map<String, String> error(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonObject error = WsClient.array(response, "errors").getJsonObject(0);
        return Map.of("code", Integer.toString(error.getInt("code")), "message", error.getString("message"));
    }
}

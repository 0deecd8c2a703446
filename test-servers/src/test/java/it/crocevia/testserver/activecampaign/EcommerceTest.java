package it.crocevia.testserver.activecampaign;

import static it.crocevia.testserver.activecampaign.AcClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.common.RateLimit;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EcommerceTest {

    private ActiveCampaignTestServer server;
    private AcClient client;
    private String connectionId;
    private String customerId;

    @BeforeEach
    void start() {
        server = new ActiveCampaignTestServer().start();
        server.account().rateLimit(RateLimit.perSecond(1_000));
        client = new AcClient(server, server.apiToken());
        connectionId = json(client.post("connections", "{\"connection\":{\"service\":\"crocevia\","
                + "\"externalid\":\"shop-1\",\"name\":\"Negozio\",\"logoUrl\":\"https://shop.example/logo.png\","
                + "\"linkUrl\":\"https://shop.example\"}}")).getJsonObject("connection").getString("id");
        customerId = json(client.post("ecomCustomers", "{\"ecomCustomer\":{\"connectionid\":\"" + connectionId
                + "\",\"externalid\":\"C42\",\"email\":\"anna@example.it\"}}")).getJsonObject("ecomCustomer").getString("id");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void connectionsAreFoundByServiceAndExternalidAndNotCreatedTwice() {
        HttpResponse<String> found = client.get("connections?filters%5Bservice%5D=crocevia&filters%5Bexternalid%5D=shop-1");
        HttpResponse<String> again = client.post("connections", "{\"connection\":{\"service\":\"crocevia\","
                + "\"externalid\":\"shop-1\",\"name\":\"x\",\"logoUrl\":\"x\",\"linkUrl\":\"x\"}}");

        assertThat(json(found).getJsonArray("connections")).hasSize(1);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("\"code\":\"duplicate\"");
    }

    @Test
    void aConnectionWithoutItsFieldsNamesEachMissingOne() {
        HttpResponse<String> response = client.post("connections", "{\"connection\":{\"name\":\"x\"}}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getJsonArray("errors")).extracting(e -> ((JsonObject) e).getJsonObject("source")
                .getString("pointer")).containsExactly("/data/attributes/service", "/data/attributes/externalid",
                        "/data/attributes/logoUrl", "/data/attributes/linkUrl");
        assertThat(response.body()).contains("The connection service was not provided.");
    }

    @Test
    void aSecondCustomerWithTheSameExternalidIsADuplicate() {
        HttpResponse<String> response = client.post("ecomCustomers", "{\"ecomCustomer\":{\"connectionid\":"
                + connectionId + ",\"externalid\":\"C42\",\"email\":\"other@example.it\"}}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonObject error = json(response).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("code")).isEqualTo("duplicate");
        assertThat(error.getJsonObject("source").getString("pointer")).isEqualTo("/data/attributes/externalid");
        assertThat(server.customers()).hasSize(1);
    }

    @Test
    void customersAreFoundByEmailAndConnectionAndUpdatedInPlace() {
        HttpResponse<String> found = client.get("ecomCustomers?filters%5Bemail%5D=anna%40example.it"
                + "&filters%5Bconnectionid%5D=" + connectionId);
        HttpResponse<String> updated = client.put("ecomCustomers/" + customerId,
                "{\"ecomCustomer\":{\"acceptsMarketing\":\"1\"}}");

        assertThat(json(found).getJsonArray("ecomCustomers")).hasSize(1);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(server.customers()).singleElement().satisfies(c -> {
            assertThat(c.getString("acceptsMarketing")).isEqualTo("1");
            assertThat(c.getString("email")).isEqualTo("anna@example.it");
        });
    }

    @Test
    void aClientThatLooksUpBeforeCreatingKeepsOneOrderPerShopOrder() {
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> lookup = client.get("ecomOrders?filters%5Bexternalid%5D=1001&filters%5Bconnectionid%5D="
                    + connectionId);
            if (json(lookup).getJsonArray("ecomOrders").isEmpty()) {
                assertThat(client.post("ecomOrders", order("1001", 12990)).statusCode()).isEqualTo(201);
            } else {
                String id = json(lookup).getJsonArray("ecomOrders").getJsonObject(0).getString("id");
                assertThat(client.put("ecomOrders/" + id, "{\"ecomOrder\":{\"totalPrice\":13990}}").statusCode())
                        .isEqualTo(200);
            }
        }

        assertThat(server.orders()).singleElement().satisfies(order -> {
            assertThat(order.getInt("totalPrice")).isEqualTo(13990);
            assertThat(order.getString("currency")).isEqualTo("EUR");
            assertThat(server.account().orderProducts(order.getString("id")))
                    .extracting(line -> line.getString("sku")).containsExactly("SKU-1", "SKU-2");
        });
    }

    @Test
    void creatingTheSameOrderTwiceIsADuplicate() {
        HttpResponse<String> first = client.post("ecomOrders", order("1002", 5000));
        HttpResponse<String> second = client.post("ecomOrders", order("1002", 5000));

        assertThat(first.statusCode()).isEqualTo(201);
        JsonObject created = json(first);
        assertThat(created.getJsonObject("ecomOrder").getString("externalid")).isEqualTo("1002");
        assertThat(created.getJsonArray("ecomOrderProducts")).hasSize(2);
        assertThat(created.getJsonArray("connections")).hasSize(1);
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(json(second).getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("duplicate");
        assertThat(server.orders()).hasSize(1);
    }

    @Test
    void anOrderWithMissingOrWrongFieldsNamesThem() {
        HttpResponse<String> response = client.post("ecomOrders", "{\"ecomOrder\":{\"externalid\":\"9\",\"source\":1,"
                + "\"email\":\"anna@example.it\",\"totalPrice\":-5,\"currency\":\"EURO\",\"connectionid\":"
                + connectionId + ",\"externalCreatedDate\":\"2025-03-01T10:00:00+01:00\","
                + "\"orderProducts\":[{\"name\":\"Borsa\",\"price\":100,\"quantity\":1}]}}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getJsonArray("errors")).extracting(e -> ((JsonObject) e).getJsonObject("source")
                .getString("pointer")).containsExactly("/data/attributes/totalPrice", "/data/attributes/currency",
                        "/data/attributes/customerid", "/data/attributes/orderProducts/0");
        assertThat(server.orders()).isEmpty();
    }

    @Test
    void anOrderOfAnUnknownCustomerIsRefused() {
        String body = order("1003", 100).replace("\"customerid\":\"" + customerId + "\"", "\"customerid\":\"77\"");

        HttpResponse<String> response = client.post("ecomOrders", body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("/data/attributes/customerid");
    }

    @Test
    void listsArePagedWithLimitOffsetAndMetaTotal() {
        for (int i = 0; i < 25; i++) {
            client.post("ecomOrders", order("P" + i, 100 + i));
        }

        JsonObject first = json(client.get("ecomOrders"));
        JsonObject last = json(client.get("ecomOrders?limit=10&offset=20"));
        JsonObject capped = json(client.get("ecomOrders?limit=500"));

        assertThat(first.getJsonArray("ecomOrders")).hasSize(20);
        assertThat(first.getJsonObject("meta").getString("total")).isEqualTo("25");
        assertThat(last.getJsonArray("ecomOrders")).extracting(o -> ((JsonObject) o).getString("externalid"))
                .containsExactly("P20", "P21", "P22", "P23", "P24");
        assertThat(capped.getJsonArray("ecomOrders")).hasSize(25);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        HttpResponse<String> response = client.put("ecomOrders/404", "{\"ecomOrder\":{\"totalPrice\":1}}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"No Result found for EcomOrder with id 404\"}");
    }

    private String order(String externalid, int totalPrice) {
        return "{\"ecomOrder\":{\"externalid\":\"" + externalid + "\",\"source\":1,\"email\":\"anna@example.it\","
                + "\"orderNumber\":\"" + externalid + "\",\"totalPrice\":" + totalPrice + ",\"currency\":\"eur\","
                + "\"connectionid\":\"" + connectionId + "\",\"customerid\":\"" + customerId + "\","
                + "\"externalCreatedDate\":\"2025-03-01T10:00:00+01:00\",\"shippingAmount\":500,\"taxAmount\":2000,"
                + "\"discountAmount\":0,\"orderProducts\":["
                + "{\"externalid\":\"A1\",\"name\":\"Borsa\",\"price\":7990,\"quantity\":1,\"category\":\"Borse\",\"sku\":\"SKU-1\"},"
                + "{\"externalid\":\"A2\",\"name\":\"Sciarpa\",\"price\":2500,\"quantity\":2,\"category\":\"Accessori\",\"sku\":\"SKU-2\"}]}}";
    }
}

package it.crocevia.testserver.clerk;

import static it.crocevia.testserver.clerk.ClerkClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataApiTest {

    private static final String BORSA = "{\"id\":1,\"name\":\"Borsa\",\"description\":\"Pelle\",\"price\":79.9,"
            + "\"list_price\":99.9,\"image\":\"https://shop.example/1.jpg\",\"url\":\"https://shop.example/1\","
            + "\"categories\":[10],\"brand\":\"Crocevia\",\"sku\":\"SKU-1\",\"stock\":5}";
    private ClerkTestServer server;
    private ClerkClient client;

    @BeforeEach
    void start() {
        server = new ClerkTestServer().start();
        client = new ClerkClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theKeyCheckAnswersOkForTheRightKeys() {
        HttpResponse<String> response = client.get("client/account/info");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getString("status")).isEqualTo("ok");
        assertThat(server.requests().count("client/account/info")).isEqualTo(1);
    }

    @Test
    void wrongKeysAreAuthenticationErrors() {
        HttpResponse<String> badKey = new ClerkClient(server, "nope", server.privateKey()).get("client/account/info");
        HttpResponse<String> badPrivate = new ClerkClient(server, server.publicKey(), "nope").post("products", "[" + BORSA + "]");

        assertThat(badKey.statusCode()).isEqualTo(401);
        JsonObject error = json(badKey);
        assertThat(error.getString("status")).isEqualTo("error");
        assertThat(error.getString("type")).isEqualTo("AuthenticationError");
        assertThat(error.getString("message")).isEqualTo("Invalid API key.");
        assertThat(error.getString("moreInfo")).isEqualTo("http://my.clerk.io/error/" + error.getString("id"));
        assertThat(json(badPrivate).getString("message")).isEqualTo("Invalid private key.");
        assertThat(server.products()).isEmpty();
    }

    @Test
    void postingTheSameIdAgainKeepsOneRecord() {
        assertThat(client.post("products", "[" + BORSA + "]").body()).isEqualTo("{\"status\":\"ok\"}");
        client.post("products", "[" + BORSA.replace("\"id\":1", "\"id\":\"1\"").replace("79.9", "69.9") + "]");

        assertThat(server.products()).singleElement()
                .satisfies(p -> assertThat(p.getJsonNumber("price").doubleValue()).isEqualTo(69.9));
    }

    @Test
    void oneInvalidRecordRefusesTheWholeCall() {
        HttpResponse<String> response = client.post("products",
                "[" + BORSA + ",{\"id\":2,\"name\":\"Sciarpa\",\"price\":\"25,00\"}]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getString("type")).isEqualTo("ParsingError");
        assertThat(json(response).getString("message"))
                .isEqualTo("Invalid type of price in products[1]: expected a number, got string.");
        assertThat(server.products()).isEmpty();
    }

    @Test
    void recordsAreReadByIdsOrPaged() {
        StringBuilder products = new StringBuilder("[");
        for (int i = 1; i <= 25; i++) {
            products.append(i == 1 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"P").append(i)
                    .append("\",\"price\":").append(i).append('}');
        }
        client.post("products", products.append(']').toString());

        JsonObject byIds = json(client.get("products", "products", "[3,\"7\",99]"));
        JsonObject firstPage = json(client.get("products"));
        JsonObject lastPage = json(client.get("products", "limit", "10", "offset", "20"));
        JsonObject thirdPage = json(client.get("products", "limit", "10", "page", "3"));

        assertThat(byIds.getJsonArray("products")).extracting(p -> ((JsonObject) p).getString("name"))
                .containsExactly("P3", "P7");
        assertThat(firstPage.getJsonArray("products")).hasSize(20);
        assertThat(lastPage.getJsonArray("products")).hasSize(5);
        assertThat(thirdPage).isEqualTo(lastPage);
    }

    @Test
    void deleteRemovesTheListedIdsAndIgnoresUnknownOnes() {
        client.post("products", "[" + BORSA + ",{\"id\":2,\"name\":\"Sciarpa\",\"price\":25}]");

        HttpResponse<String> response = client.delete("products", "products", "[\"1\",404]");

        assertThat(json(response).getString("status")).isEqualTo("ok");
        assertThat(server.products()).extracting(p -> p.getInt("id")).containsExactly(2);
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        client.post("products", "[" + BORSA + "]");

        client.patch("products", "[{\"id\":1,\"stock\":0}]");

        assertThat(server.products()).singleElement().satisfies(p -> {
            assertThat(p.getInt("stock")).isZero();
            assertThat(p.getString("name")).isEqualTo("Borsa");
        });
    }

    @Test
    void ordersCustomersAndCategoriesAreValidatedAndUpserted() {
        HttpResponse<String> order = client.post("orders", "[{\"id\":\"1001\",\"customer\":\"C1\","
                + "\"email\":\"anna@example.it\",\"products\":[{\"id\":1,\"quantity\":2,\"price\":79.9}],\"time\":1740819600}]");
        HttpResponse<String> noTime = client.post("orders", "[{\"id\":\"1002\",\"products\":[]}]");
        HttpResponse<String> badLine = client.post("orders", "[{\"id\":\"1003\",\"products\":[{\"id\":1}],\"time\":1}]");
        client.post("customers", "[{\"id\":\"C1\",\"name\":\"Anna Bianchi\",\"email\":\"anna@example.it\"}]");
        client.post("customers", "[{\"id\":\"C1\",\"name\":\"Anna Bianchi\",\"email\":\"anna.b@example.it\"}]");
        client.post("categories", "[{\"id\":10,\"name\":\"Borse\",\"url\":\"https://shop.example/borse\",\"subcategories\":[]}]");

        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(json(noTime).getString("message"))
                .isEqualTo("Missing argument time in orders[0]: a unix timestamp is required.");
        assertThat(json(badLine).getString("message")).isEqualTo("Missing argument quantity in orders[0].products[0].");
        assertThat(server.orders()).hasSize(1);
        assertThat(server.customers()).singleElement()
                .satisfies(c -> assertThat(c.getString("email")).isEqualTo("anna.b@example.it"));
        assertThat(server.categories()).hasSize(1);
    }

    @Test
    void storesAreSeparatedByTheirKeys() {
        Store other = server.addStore("Altro", "pub-2", "priv-2");

        new ClerkClient(server, "pub-2", "priv-2").post("products", "[" + BORSA + "]");

        assertThat(other.products()).hasSize(1);
        assertThat(server.products()).isEmpty();
    }

    @Test
    void malformedBodiesAndUnknownEndpointsAreErrors() {
        HttpResponse<String> missing = client.post("products", "null");
        HttpResponse<String> unknown = client.get("widgets");

        assertThat(json(missing).getString("message")).isEqualTo("Invalid type of products: expected a list.");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void injectedFaultsUseClerksErrorBody() {
        server.faults().errorRate(1.0, 503);

        HttpResponse<String> response = client.get("products");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).getString("status")).isEqualTo("error");
        assertThat(json(response).getString("type")).isEqualTo("InternalError");
    }
}

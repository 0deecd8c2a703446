package it.crocevia.testserver.magento;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthAndRoutingTest {

    private static final String[] ALL = {"searchCriteria", ""};
    private static MagentoTestServer server;
    private static RestClient client;

    @BeforeAll
    static void start() {
        server = new MagentoTestServer().start();
        client = new RestClient(server);
        TestShop.seed(server.data());
    }

    @AfterAll
    static void stop() {
        server.close();
        server = null;
    }

    @Test
    void theDefaultTokenIsThirtyTwoLowercaseLettersAndDigits() {
        assertThat(server.accessToken()).matches("[a-z0-9]{32}");
        assertThat(new MagentoTestServer().accessToken()).isNotEqualTo(server.accessToken());
    }

    @Test
    void withoutTokenTheConsumerIsNotAuthorizedForTheRoutesResource() {
        HttpResponse<String> response = client.getWithToken(null, "/rest/V1/orders", ALL);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"message\":\"The consumer isn't authorized to access %resources.\","
                + "\"parameters\":{\"resources\":\"Magento_Sales::actions_view\"}}");
    }

    @Test
    void anInvalidTokenOrAMalformedHeaderIsUnauthorizedToo() {
        assertThat(client.getWithToken("0123456789abcdef0123456789abcdef", "/rest/V1/customers/1").statusCode())
                .isEqualTo(401);
        HttpResponse<String> basic = client.send(client.request("/rest/V1/customers/1")
                .header("Authorization", "Basic " + server.accessToken()).build());
        HttpResponse<String> twoSpaces = client.send(client.request("/rest/V1/customers/1")
                .header("Authorization", "Bearer  " + server.accessToken()).build());

        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(twoSpaces.statusCode()).isEqualTo(401);
        assertThat(RestClient.object(basic).getJsonObject("parameters").getString("resources"))
                .isEqualTo("Magento_Customer::customer");
    }

    @Test
    void aValidTokenIsAcceptedWithBearerInAnyCase() {
        HttpResponse<String> response = client.send(client.request("/rest/V1/customers/1")
                .header("Authorization", "bEaReR " + server.accessToken()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RestClient.object(response).getString("email")).isEqualTo("mario.rossi@example.it");
    }

    @Test
    void aTokenLimitedToSomeResourcesIsRefusedTheOthers() {
        String salesOnly = "salesonly000000000000000000000000".substring(0, 32);
        server.addToken(salesOnly, Set.of("Magento_Sales::actions_view"));
        try {
            assertThat(client.getWithToken(salesOnly, "/rest/V1/orders/1").statusCode()).isEqualTo(200);
            HttpResponse<String> customers = client.getWithToken(salesOnly, "/rest/V1/customers/1");
            assertThat(customers.statusCode()).isEqualTo(401);
            assertThat(customers.body()).contains("Magento_Customer::customer");
        } finally {
            server.removeToken(salesOnly);
        }
        assertThat(client.getWithToken(salesOnly, "/rest/V1/orders/1").statusCode()).isEqualTo(401);
    }

    @Test
    void integrationTokensAreRefusedWhenNotAllowedAsBearerTokens() {
        server.integrationTokensAsBearer(false);
        try {
            assertThat(client.get("orders/1").statusCode()).isEqualTo(401);
        } finally {
            server.integrationTokensAsBearer(true);
        }
        assertThat(client.get("orders/1").statusCode()).isEqualTo(200);
    }

    @Test
    void directoryRoutesAreAnonymous() {
        assertThat(client.getWithToken(null, "/rest/V1/directory/currency").statusCode()).isEqualTo(200);
        assertThat(client.getWithToken(null, "/rest/V1/directory/countries").statusCode()).isEqualTo(200);
        assertThat(client.getWithToken(null, "/rest/V1/store/storeViews").statusCode()).isEqualTo(401);
    }

    @Test
    void storeCodesDefaultEnAndAllAreTakenOffThePath() {
        for (String prefix : new String[] {"/rest/V1", "/rest/default/V1", "/rest/en/V1", "/rest/all/V1",
            "/index.php/rest/default/V1"}) {
            HttpResponse<String> response = client.getWithToken(server.accessToken(), prefix + "/orders/1");
            assertThat(response.statusCode()).as(prefix).isEqualTo(200);
        }
    }

    @Test
    void anUnknownStoreCodeStaysInThePathSoNoRouteMatches() {
        for (String path : new String[] {"/rest/foo/V1/orders/1", "/rest/admin/V1/orders/1", "/rest/DEFAULT/V1/orders/1"}) {
            HttpResponse<String> response = client.getWithToken(server.accessToken(), path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"message\":\"Request does not match any route.\"}");
        }
    }

    @Test
    void unknownRoutesAnswerNoRouteEvenWithoutToken() {
        assertThat(client.getWithToken(null, "/rest/V1/nothing").statusCode()).isEqualTo(404);
        assertThat(client.getWithToken(null, "/rest/V1/Orders/1").statusCode()).isEqualTo(404);
        assertThat(client.getWithToken(null, "/rest").statusCode()).isEqualTo(404);
        assertThat(client.get("orders/1/").statusCode()).isEqualTo(200);
    }

    @Test
    void writesHaveNoRouteAndOtherMethodsAreInvalid() {
        HttpResponse<String> post = client.send(client.request("/rest/V1/orders")
                .header("Authorization", "Bearer " + server.accessToken())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        HttpResponse<String> patch = client.send(client.request("/rest/V1/orders/1")
                .header("Authorization", "Bearer " + server.accessToken())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(patch.statusCode()).isEqualTo(400);
        assertThat(patch.body()).isEqualTo("{\"message\":\"Request method is invalid.\"}");
    }

    @Test
    void anAcceptHeaderWithoutJsonIsNotAcceptable() {
        HttpResponse<String> xmlOnly = client.send(client.request("/rest/V1/orders/1")
                .header("Authorization", "Bearer " + server.accessToken()).header("Accept", "text/html").build());
        HttpResponse<String> wildcard = client.send(client.request("/rest/V1/orders/1")
                .header("Authorization", "Bearer " + server.accessToken())
                .header("Accept", "text/html, */*;q=0.8").build());

        assertThat(xmlOnly.statusCode()).isEqualTo(406);
        assertThat(RestClient.object(xmlOnly).getJsonArray("parameters").getString(0)).isEqualTo("text/html");
        assertThat(wildcard.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownEntitiesAnswerMagentosMessages() {
        JsonObject order = RestClient.object(client.get("orders/999"));
        JsonObject customer = RestClient.object(client.get("customers/999"));

        assertThat(client.get("orders/999").statusCode()).isEqualTo(404);
        assertThat(order.getString("message"))
                .isEqualTo("The entity that was requested doesn't exist. Verify the entity and try again.");
        assertThat(order.containsKey("parameters")).isFalse();
        assertThat(client.get("customers/999").statusCode()).isEqualTo(404);
        assertThat(customer.getString("message")).isEqualTo("No such entity with %fieldName = %fieldValue");
        assertThat(customer.getJsonObject("parameters").getString("fieldName")).isEqualTo("customerId");
        assertThat(customer.getJsonObject("parameters").getInt("fieldValue")).isEqualTo(999);
        assertThat(client.get("taxRules/9").statusCode()).isEqualTo(404);
        assertThat(client.get("directory/countries/XX").body()).contains("The country isn't available.");
    }

    @Test
    void malformedIdsAreTypeErrorsAndZeroNeedsAnId() {
        HttpResponse<String> text = client.get("orders/abc");
        HttpResponse<String> zero = client.get("orders/0");

        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(RestClient.object(text).getString("message"))
                .isEqualTo("The \"abc\" value's type is invalid. The \"int\" type was expected. Verify and try again.");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(RestClient.object(zero).getString("message")).isEqualTo("An ID is needed. Set the ID and try again.");
        assertThat(client.get("orders/1.9").statusCode()).isEqualTo(200);
    }

    @Test
    void outsideRestIsTheStorefront() {
        assertThat(client.getWithToken(null, "/").statusCode()).isEqualTo(200);
        HttpResponse<String> page = client.getWithToken(null, "/catalog/product/view/id/1");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
    }
}

package it.crocevia.testserver.magento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading customers by id, and the changes and deletions a back office makes (see {@link TestShop}). */
class CustomerChangesTest {

    private static final String NOW = "2026-03-01 12:00:00";

    private MagentoTestServer server;
    private RestClient client;
    private MagentoData data;

    @BeforeEach
    void start() {
        server = new MagentoTestServer().start()
                .clock(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC));
        client = new RestClient(server);
        data = server.data();
        TestShop.seed(data);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void customersAreFoundByAnEntityIdInList() {
        assertThat(RestClient.ids(search("3,1,99"), "id")).containsExactly(1, 3);
        assertThat(RestClient.ids(client.get("customers/search",
                "searchCriteria[filterGroups][0][filters][0][field]", "entity_id",
                "searchCriteria[filterGroups][0][filters][0][value]", "2",
                "searchCriteria[filterGroups][0][filters][0][conditionType]", "in",
                "searchCriteria[pageSize]", "300", "searchCriteria[currentPage]", "1"), "id")).containsExactly(2);
    }

    @Test
    void aCustomerSearchPageIsAtMost300WhenInputLimitsAreOn() {
        HttpResponse<String> tooLarge = client.get("customers/search", RestClient.criteria()
                .group().filter("entity_id", "1,2", "in").page(301, 1).build());

        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("Maximum SearchCriteria pageSize is %max");
        server.inputLimits(InputLimits.OFF);
        assertThat(client.get("customers/search", RestClient.criteria()
                .group().filter("entity_id", "1,2", "in").page(301, 1).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void updatingACustomerMovesItsUpdatedAtUnlessGiven() {
        data.updateCustomer(1, Map.of("email", "not-an-email", "firstname", "Marco", "taxvat", "MRCRSS80A01F205Y"));

        JsonObject mario = RestClient.object(client.get("customers/1"));
        assertThat(mario.getString("email")).isEqualTo("not-an-email");
        assertThat(mario.getString("firstname")).isEqualTo("Marco");
        assertThat(mario.getString("taxvat")).isEqualTo("MRCRSS80A01F205Y");
        assertThat(mario.getString("updated_at")).isEqualTo(NOW);
        assertThat(mario.getString("created_at")).isEqualTo("2025-06-01 10:00:00");

        data.updateCustomer(1, Map.of("lastname", "Bianchi", "updated_at", "2026-02-01 00:00:00"));
        assertThat(data.customerField(1, "updated_at")).isEqualTo("2026-02-01 00:00:00");
        assertThat(RestClient.ids(client.get("customers/search", RestClient.criteria().group()
                .filter("updated_at", "2026-02-01 00:00:00", "eq").build()), "id")).containsExactly(1);
        assertThatThrownBy(() -> data.updateCustomer(1, Map.of("id", "7")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.updateCustomer(99, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void updatingTheBillingAddressChangesTheDefaultBillingOneAndMovesTheCustomer() {
        data.updateBillingAddress(2, Map.of("company", "Conti Arredi S.p.A.", "vat_id", "IT09876543210",
                "telephone", "045 0000000"));

        JsonObject paola = RestClient.object(client.get("customers/2"));
        JsonObject seat = paola.getJsonArray("addresses").getJsonObject(0);
        JsonObject warehouse = paola.getJsonArray("addresses").getJsonObject(1);
        assertThat(seat.getBoolean("default_billing")).isTrue();
        assertThat(seat.getString("company")).isEqualTo("Conti Arredi S.p.A.");
        assertThat(seat.getString("vat_id")).isEqualTo("IT09876543210");
        assertThat(seat.getString("telephone")).isEqualTo("045 0000000");
        assertThat(warehouse.getString("company")).isEqualTo("Arredamenti Conti S.r.l.");
        assertThat(paola.getString("updated_at")).isEqualTo(NOW);
        assertThatThrownBy(() -> data.updateBillingAddress(3, Map.of("company", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeletedCustomerIsGoneAndItsOrdersLoseTheirCustomerId() {
        data.deleteCustomer(2);

        assertThat(client.get("customers/2").statusCode()).isEqualTo(404);
        assertThat(RestClient.ids(search("1,2,3"), "id")).containsExactly(1, 3);
        assertThat(RestClient.object(search("1,2,3")).getInt("total_count")).isEqualTo(2);
        assertThat(RestClient.ids(client.get("customers/search", RestClient.criteria()
                .sort("updated_at", "ASC").build()), "id")).containsExactly(1, 3);
        assertThat(data.customerCount()).isEqualTo(2);
        assertThat(data.orderField(4, "customer_id")).isNull();
        assertThat(data.orderField(4, "updated_at")).isEqualTo("2026-01-20 12:00:00");
        assertThat(data.orderField(1, "customer_id")).isEqualTo(1);
        assertThat(data.addCustomer(CustomerSpec.of("Luca", "Neri", "luca.neri@example.it")))
                .as("ids are not given out again").isEqualTo(4);
        assertThatThrownBy(() -> data.deleteCustomer(2)).isInstanceOf(IllegalArgumentException.class);
    }

    private HttpResponse<String> search(String ids) {
        return client.get("customers/search", RestClient.criteria()
                .group().filter("entity_id", ids, "in").page(300, 1).build());
    }
}

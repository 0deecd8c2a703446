package it.crocevia.testserver.magento;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MagentoDemoTest {

    @Test
    void theDemoShopAnswersWithItsTokenAndTheOneGiven() {
        String token = "demodemodemodemodemodemodemodemo";
        MagentoTestServer server = MagentoDemo.startDemo(0, token);
        try {
            RestClient client = new RestClient(server);
            HttpResponse<String> withGiven = client.getWithToken(token, "/rest/V1/orders", "searchCriteria[pageSize]", "5");
            HttpResponse<String> withOwn = client.get("customers/search", "searchCriteria", "");

            assertThat(withGiven.statusCode()).isEqualTo(200);
            assertThat(RestClient.object(withGiven).getInt("total_count")).isEqualTo(36);
            assertThat(RestClient.object(withOwn).getInt("total_count")).isEqualTo(2);
        } finally {
            server.close();
        }
    }
}

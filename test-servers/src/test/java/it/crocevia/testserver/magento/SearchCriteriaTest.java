package it.crocevia.testserver.magento;

import static it.crocevia.testserver.magento.RestClient.criteria;
import static it.crocevia.testserver.magento.RestClient.ids;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

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

    @AfterEach
    void defaults() {
        server.inputLimits(InputLimits.DEFAULT_ON).pastLastPage(PastLastPage.EMPTY);
    }

    private static HttpResponse<String> orders(RestClient.Criteria criteria) {
        return client.get("orders", criteria.build());
    }

    @Test
    void theSyncQueryReturnsTheWindowByUpdatedAtThenEntityId() {
        HttpResponse<String> response = orders(criteria()
                .group().filter("updated_at", "2026-01-10 00:00:00", "gteq")
                .group().filter("updated_at", "2026-02-01 08:00:00", "lteq")
                .sort("updated_at", "ASC").sort("entity_id", "ASC").page(100, 1));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ids(response, "entity_id")).containsExactly(2, 7, 3, 4, 5);
        assertThat(RestClient.object(response).getInt("total_count")).isEqualTo(5);
    }

    @Test
    void filtersInAGroupAreOrAndGroupsAreAnd() {
        HttpResponse<String> or = orders(criteria().group().filter("status", "holded", "eq")
                .filter("status", "canceled", "eq"));
        HttpResponse<String> and = orders(criteria().group().filter("status", "complete", "eq")
                .group().filter("store_id", "2", "eq"));

        assertThat(ids(or, "entity_id")).containsExactly(4, 6);
        assertThat(ids(and, "entity_id")).containsExactly(8);
    }

    @Test
    void comparisonConditions() {
        assertThat(ids(orders(criteria().group().filter("entity_id", "6", "gt")), "entity_id")).containsExactly(7, 8);
        assertThat(ids(orders(criteria().group().filter("entity_id", "6", "gteq")), "entity_id")).containsExactly(6, 7, 8);
        assertThat(ids(orders(criteria().group().filter("entity_id", "3", "lt")), "entity_id")).containsExactly(1, 2);
        assertThat(ids(orders(criteria().group().filter("entity_id", "3", "lteq")), "entity_id")).containsExactly(1, 2, 3);
        assertThat(ids(orders(criteria().group().filter("state", "processing", "neq")), "entity_id"))
                .containsExactly(1, 2, 4, 5, 6, 8);
        assertThat(ids(orders(criteria().group().filter("entity_id", "2", "from")
                .group().filter("entity_id", "4", "to")), "entity_id")).containsExactly(2, 3, 4);
    }

    @Test
    void inAndNinTakeCommaSeparatedValuesWithoutTrimming() {
        assertThat(ids(orders(criteria().group().filter("entity_id", "1, 3,5", "in")), "entity_id"))
                .containsExactly(1, 3, 5);
        assertThat(ids(orders(criteria().group().filter("status", "complete,closed", "in")), "entity_id"))
                .containsExactly(1, 5, 8);
        assertThat(ids(orders(criteria().group().filter("status", "complete, closed", "in")), "entity_id"))
                .containsExactly(1, 8);
        assertThat(ids(orders(criteria().group().filter("entity_id", "1,2,3,4,5,6", "nin")), "entity_id"))
                .containsExactly(7, 8);
    }

    @Test
    void likeAndNlikeUseSqlWildcardsCaseAndAccentInsensitively() {
        assertThat(ids(orders(criteria().group().filter("customer_email", "%BIANCHI%", "like")), "entity_id"))
                .containsExactly(2, 3);
        assertThat(ids(orders(criteria().group().filter("customer_firstname", "zoe", "like")), "entity_id"))
                .containsExactly(6);
        assertThat(ids(orders(criteria().group().filter("increment_id", "00000000_", "like")), "entity_id"))
                .hasSize(6);
        assertThat(ids(orders(criteria().group().filter("customer_email", "%example.it", "nlike")), "entity_id"))
                .containsExactly(4, 6, 7);
    }

    @Test
    void nullAndNotnullIgnoreTheValueAndNullNeverMatchesNeq() {
        assertThat(ids(orders(criteria().group().filter("customer_id", null, "null")), "entity_id"))
                .containsExactly(2, 3, 6);
        assertThat(ids(orders(criteria().group().filter("customer_id", "x", "notnull")), "entity_id"))
                .containsExactly(1, 4, 5, 7, 8);
        assertThat(ids(orders(criteria().group().filter("customer_id", "1", "neq")), "entity_id"))
                .as("guests have NULL customer_id, which != 1 does not match").containsExactly(4, 7, 8);
    }

    @Test
    void finsetMatchesOneElementOfAList() {
        server.data().setOrderField(2, "applied_rule_ids", "3,7,12");
        try {
            assertThat(ids(orders(criteria().group().filter("applied_rule_ids", "7", "finset")), "entity_id"))
                    .containsExactly(2);
            assertThat(ids(orders(criteria().group().filter("applied_rule_ids", "7", "nfinset")), "entity_id"))
                    .containsExactly(5);
        } finally {
            server.data().setOrderField(2, "applied_rule_ids", null);
        }
    }

    @Test
    void aDateWithoutTimeIsMidnightAndTextThatIsNoDateMatchesNothing() {
        assertThat(ids(orders(criteria().group().filter("updated_at", "2026-01-10", "lteq")), "entity_id"))
                .containsExactly(1);
        assertThat(ids(orders(criteria().group().filter("updated_at", "2026-01-10T09:30:00", "eq")), "entity_id"))
                .containsExactly(2, 7);
        assertThat(RestClient.object(orders(criteria().group().filter("updated_at", "yesterday", "gteq")))
                .getInt("total_count")).isZero();
    }

    @Test
    void aNumericColumnComparesNumerically() {
        assertThat(ids(orders(criteria().group().filter("grand_total", "100", "gt")), "entity_id"))
                .containsExactly(4, 5, 6, 7);
        assertThat(ids(orders(criteria().group().filter("entity_id", "02", "eq")), "entity_id")).containsExactly(2);
    }

    @Test
    void anUnknownConditionTypeActsAsEq() {
        assertThat(ids(orders(criteria().group().filter("status", "holded", "EQ")), "entity_id")).containsExactly(6);
        assertThat(ids(orders(criteria().group().filter("entity_id", "5", "moreq")), "entity_id")).containsExactly(5);
        assertThat(ids(orders(criteria().group().filter("status", "holded", null)), "entity_id")).containsExactly(6);
    }

    @Test
    void fulltextIsALikeOnBothSides() {
        assertThat(ids(orders(criteria().group().filter("customer_lastname", "ont", "fulltext")), "entity_id"))
                .containsExactly(4, 7);
    }

    @Test
    void sortsByTwoFieldsAndAMissingDirectionIsDesc() {
        assertThat(ids(orders(criteria().sort("store_id", "DESC").sort("grand_total", "ASC")), "entity_id"))
                .containsExactly(8, 6, 2, 3, 1, 5, 4, 7);
        assertThat(ids(orders(criteria().sort("entity_id", null)), "entity_id")).containsExactly(8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(ids(orders(criteria().sort("updated_at", "desc")), "entity_id")).containsExactly(8, 6, 5, 4, 3, 7, 2, 1);
    }

    @Test
    void pagesCountEveryMatchAndEchoTheCriteria() {
        HttpResponse<String> second = orders(criteria().group().filter("updated_at", "2026-01-01", "gteq")
                .sort("entity_id", "ASC").page(3, 2));
        JsonObject echo = RestClient.object(second).getJsonObject("search_criteria");

        assertThat(ids(second, "entity_id")).containsExactly(4, 5, 6);
        assertThat(RestClient.object(second).getInt("total_count")).isEqualTo(8);
        assertThat(echo.getJsonArray("filter_groups").getJsonObject(0).getJsonArray("filters").getJsonObject(0))
                .hasToString("{\"field\":\"updated_at\",\"value\":\"2026-01-01\",\"condition_type\":\"gteq\"}");
        assertThat(echo.getJsonArray("sort_orders").getJsonObject(0))
                .hasToString("{\"field\":\"entity_id\",\"direction\":\"ASC\"}");
        assertThat(echo.getInt("page_size")).isEqualTo(3);
        assertThat(echo.getInt("current_page")).isEqualTo(2);
    }

    @Test
    void aPagePastTheLastIsEmptyInMagento24ButTheLastAgainBefore() {
        HttpResponse<String> past = orders(criteria().sort("entity_id", "ASC").page(3, 4));
        assertThat(ids(past, "entity_id")).isEmpty();
        assertThat(RestClient.object(past).getInt("total_count")).isEqualTo(8);
        assertThat(RestClient.object(past).getJsonObject("search_criteria").getInt("current_page")).isEqualTo(4);

        server.pastLastPage(PastLastPage.LAST_PAGE);
        assertThat(ids(orders(criteria().sort("entity_id", "ASC").page(3, 4)), "entity_id")).containsExactly(7, 8);
        assertThat(ids(orders(criteria().sort("entity_id", "ASC").page(3, 99)), "entity_id")).containsExactly(7, 8);
    }

    @Test
    void aCurrentPageBelowOneIsTheFirst() {
        assertThat(ids(orders(criteria().sort("entity_id", "ASC").page(2, 0)), "entity_id")).containsExactly(1, 2);
        assertThat(ids(orders(criteria().sort("entity_id", "ASC").page(2, -3)), "entity_id")).containsExactly(1, 2);
    }

    @Test
    void pageSize301IsRefusedWhenInputLimitsAreOn() {
        HttpResponse<String> response = orders(criteria().page(301, 1));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"message\":\"Maximum SearchCriteria pageSize is %max\",\"parameters\":{\"max\":300}}");
        assertThat(orders(criteria().page(300, 1)).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheCamelCasePageSizeIsLimitedAsInMagentosValidator() {
        HttpResponse<String> snake = client.get("orders", "searchCriteria[page_size]", "1000");

        assertThat(snake.statusCode()).isEqualTo(200);
        assertThat(RestClient.object(snake).getJsonObject("search_criteria").getInt("page_size")).isEqualTo(1000);
    }

    @Test
    void withLimitsOnAMissingPageSizeIsTwentyAndOffItIsEverything() {
        server.data().clear();
        for (int i = 0; i < 25; i++) {
            TestShop.seed(server.data());
        }
        try {
            HttpResponse<String> limited = client.get("orders", "searchCriteria", "");
            assertThat(RestClient.items(limited)).hasSize(20);
            assertThat(RestClient.object(limited).getInt("total_count")).isEqualTo(200);
            assertThat(RestClient.object(limited).getJsonObject("search_criteria").getInt("page_size")).isEqualTo(20);

            server.inputLimits(InputLimits.OFF);
            HttpResponse<String> unlimited = client.get("orders", "searchCriteria", "");
            assertThat(RestClient.items(unlimited)).hasSize(200);
            assertThat(RestClient.object(unlimited).getJsonObject("search_criteria").containsKey("page_size")).isFalse();
            assertThat(orders(criteria().page(1000, 1)).statusCode()).isEqualTo(200);
            assertThat(RestClient.items(orders(criteria().page(0, 1)))).hasSize(200);
            assertThat(RestClient.items(orders(criteria().page(-5, 2)))).hasSize(1);
        } finally {
            server.data().clear();
            TestShop.seed(server.data());
        }
    }

    @Test
    void searchCriteriaIsRequired() {
        HttpResponse<String> response = client.get("orders");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\","
                + "\"parameters\":{\"fieldName\":\"searchCriteria\"}}");
        assertThat(client.get("customers/search").statusCode()).isEqualTo(400);
        assertThat(client.get("orders", "search_criteria[pageSize]", "2").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPropertiesAreNotSupportedAndWrongTypesAreExplained() {
        HttpResponse<String> unknown = client.get("orders", "searchCriteria[pagesize]", "10");
        HttpResponse<String> nested = client.get("orders", "searchCriteria[filter_groups][0][filters][0][operator]", "x");
        HttpResponse<String> type = client.get("orders", "searchCriteria[currentPage]", "two");
        HttpResponse<String> deep = client.get("orders", "searchCriteria[filter_groups][0][filters][0][value][]", "1");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(RestClient.object(unknown).getJsonObject("parameters").getString("fieldName")).isEqualTo("Pagesize");
        assertThat(RestClient.object(nested).getJsonObject("parameters").getString("fieldName")).isEqualTo("Operator");
        assertThat(RestClient.object(type).getString("message")).isEqualTo("Error occurred during \"currentPage\" "
                + "processing. The \"two\" value's type is invalid. The \"int\" type was expected. Verify and try again.");
        assertThat(RestClient.object(deep).getString("message")).isEqualTo("Error occurred during \"filter_groups\" "
                + "processing. Error occurred during \"filters\" processing. Error occurred during \"value\" processing. "
                + "The \"array\" value's type is invalid. The \"string\" type was expected. Verify and try again.");
    }

    @Test
    void sortOrdersAreValidated() {
        HttpResponse<String> direction = orders(criteria().sort("entity_id", "UP"));
        HttpResponse<String> field = orders(criteria().sort("entity_id;drop", "ASC"));

        assertThat(direction.statusCode()).isEqualTo(400);
        assertThat(RestClient.object(direction).getString("message"))
                .isEqualTo("The sort order has to be specified as %1 for ascending order or %2 for descending order.");
        assertThat(field.statusCode()).isEqualTo(400);
        assertThat(field.body()).isEqualTo(
                "{\"message\":\"Sort order field %1 contains restricted symbols\",\"parameters\":[\"entity_id;drop\"]}");
    }

    @Test
    void anUnknownOrderFieldIsTheMaskedInternalError() {
        HttpResponse<String> filter = orders(criteria().group().filter("sku", "CAF-250", "eq"));
        HttpResponse<String> sort = orders(criteria().sort("id", "ASC"));

        assertThat(filter.statusCode()).isEqualTo(500);
        assertThat(RestClient.object(filter).getString("message"))
                .matches("Internal Error\\. Details are available in Magento log file\\. Report ID: webapi-[0-9a-f]{13}");
        assertThat(sort.statusCode()).isEqualTo(500);
    }

    @Test
    void customersAreFoundByEntityIdButNotById() {
        HttpResponse<String> byEntityId = client.get("customers/search", criteria()
                .group().filter("entity_id", "1,3", "in").build());
        HttpResponse<String> byId = client.get("customers/search", criteria().group().filter("id", "1,3", "in").build());

        assertThat(ids(byEntityId, "id")).containsExactly(1, 3);
        assertThat(byId.statusCode()).isEqualTo(400);
        assertThat(byId.body()).isEqualTo("{\"message\":\"Invalid attribute name: %1\",\"parameters\":[\"id\"]}");
    }

    @Test
    void customersCanBeFilteredOnTheirDefaultBillingAddressAndUnknownSortsAreIgnored() {
        assertThat(ids(client.get("customers/search", criteria().group().filter("billing_city", "verona", "eq")
                .build()), "id")).containsExactly(2);
        assertThat(ids(client.get("customers/search", criteria().group().filter("company", "%Conti%", "like")
                .build()), "id")).containsExactly(2);
        assertThat(ids(client.get("customers/search", criteria().sort("nonexistent", "DESC").build()), "id"))
                .containsExactly(1, 2, 3);
        assertThat(ids(client.get("customers/search", criteria().sort("email", "ASC").build()), "id"))
                .containsExactly(2, 3, 1);
    }
}

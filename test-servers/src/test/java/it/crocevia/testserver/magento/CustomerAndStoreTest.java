package it.crocevia.testserver.magento;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomerAndStoreTest {

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
    void aCustomerHasTheCustomerInterfaceShape() {
        JsonObject mario = RestClient.object(client.get("customers/1"));

        assertThat(Resources.fields("customer-fields.txt")).containsAll(mario.keySet());
        assertThat(mario.getInt("id")).isEqualTo(1);
        assertThat(mario.getInt("group_id")).isEqualTo(1);
        assertThat(mario.getString("email")).isEqualTo("mario.rossi@example.it");
        assertThat(mario.getString("taxvat")).isEqualTo(TestShop.MARIO_CF);
        assertThat(mario.getString("dob")).isEqualTo("1980-01-01");
        assertThat(mario.getString("created_at")).isEqualTo("2025-06-01 10:00:00");
        assertThat(mario.getString("updated_at")).isEqualTo("2026-01-05 10:00:00");
        assertThat(mario.getString("created_in")).isEqualTo("Italiano");
        assertThat(mario.getInt("store_id")).isEqualTo(1);
        assertThat(mario.getInt("website_id")).isEqualTo(1);
        assertThat(mario.getString("default_billing")).isEqualTo("1");
        assertThat(mario.getJsonObject("extension_attributes")).hasToString("{\"is_subscribed\":false}");
        JsonObject address = mario.getJsonArray("addresses").getJsonObject(0);
        assertThat(address.getInt("id")).isEqualTo(1);
        assertThat(address.getInt("customer_id")).isEqualTo(1);
        assertThat(address.getJsonObject("region"))
                .hasToString("{\"region_code\":\"MI\",\"region\":\"Milano\",\"region_id\":" + address.getInt("region_id") + "}");
        assertThat(address.getBoolean("default_billing")).isTrue();
        assertThat(address.getBoolean("default_shipping")).isTrue();
        assertThat(address.getJsonArray("street").getString(0)).isEqualTo("Via Garibaldi, 12");
    }

    @Test
    void defaultFlagsAppearOnlyOnTheDefaultAddresses() {
        JsonObject paola = RestClient.object(client.get("customers/2"));
        JsonArray addresses = paola.getJsonArray("addresses");

        assertThat(paola.getString("default_billing")).isEqualTo(String.valueOf(addresses.getJsonObject(0).getInt("id")));
        assertThat(paola.getString("default_shipping")).isEqualTo(String.valueOf(addresses.getJsonObject(1).getInt("id")));
        assertThat(addresses.getJsonObject(0).containsKey("default_shipping")).isFalse();
        assertThat(addresses.getJsonObject(0).getBoolean("default_billing")).isTrue();
        assertThat(addresses.getJsonObject(0).getString("vat_id")).isEqualTo("IT" + TestShop.PAOLA_IVA);
        assertThat(addresses.getJsonObject(0).getString("company")).isEqualTo("Arredamenti Conti S.r.l.");
        assertThat(paola.getInt("group_id")).isEqualTo(2);
    }

    @Test
    void aCustomerWithoutAddressesHasNoDefaults() {
        JsonObject anna = RestClient.object(client.get("customers/3"));

        assertThat(anna.getJsonArray("addresses")).isEmpty();
        assertThat(anna.containsKey("default_billing")).isFalse();
        assertThat(anna.containsKey("taxvat")).isFalse();
        assertThat(anna.getString("created_in")).isEqualTo("English");
    }

    @Test
    void customerSearchPagesAndEchoes() {
        HttpResponse<String> response = client.get("customers/search", RestClient.criteria()
                .group().filter("updated_at", "2025-12-01 00:00:00", "gteq").sort("updated_at", "ASC").page(10, 1)
                .build());

        assertThat(RestClient.ids(response, "id")).containsExactly(1, 3);
        assertThat(RestClient.object(response).getInt("total_count")).isEqualTo(2);
        assertThat(RestClient.items(response).getJsonObject(0)).isEqualTo(RestClient.object(client.get("customers/1")));
    }

    @Test
    void storeViewsGroupsAndWebsitesIncludeTheAdminOnes() {
        JsonArray stores = (JsonArray) RestClient.json(client.get("store/storeViews"));
        JsonArray groups = (JsonArray) RestClient.json(client.get("store/storeGroups"));
        JsonArray websites = (JsonArray) RestClient.json(client.get("store/websites"));

        assertThat(stores).extracting(store -> store.asJsonObject().getString("code")).containsExactly("admin", "default", "en");
        assertThat(stores.getJsonObject(1)).hasToString(
                "{\"id\":1,\"code\":\"default\",\"name\":\"Italiano\",\"website_id\":1,\"store_group_id\":1,\"is_active\":1}");
        assertThat(groups.getJsonObject(1).getInt("default_store_id")).isEqualTo(1);
        assertThat(websites.getJsonObject(1).getString("code")).isEqualTo("base");
    }

    @Test
    void storeConfigsTellLocaleCurrencyTimezoneAndUrls() {
        JsonArray configs = (JsonArray) RestClient.json(client.get("store/storeConfigs"));
        JsonArray onlyEn = (JsonArray) RestClient.json(client.get("store/storeConfigs", "storeCodes[]", "en"));

        assertThat(configs).hasSize(2);
        JsonObject italian = configs.getJsonObject(0);
        assertThat(italian.getString("code")).isEqualTo("default");
        assertThat(italian.getString("locale")).isEqualTo("it_IT");
        assertThat(italian.getString("base_currency_code")).isEqualTo("EUR");
        assertThat(italian.getString("timezone")).isEqualTo("Europe/Rome");
        assertThat(italian.getString("base_url")).isEqualTo(server.shopUrl() + "/");
        assertThat(onlyEn).extracting(config -> config.asJsonObject().getString("locale")).containsExactly("en_US");
    }

    @Test
    void currencyInformation() {
        JsonObject currency = RestClient.object(client.getWithToken(null, "/rest/V1/directory/currency"));

        assertThat(currency.getString("base_currency_code")).isEqualTo("EUR");
        assertThat(currency.getString("base_currency_symbol")).isEqualTo("€");
        assertThat(currency.getJsonArray("available_currency_codes")).extracting(JsonValue::toString)
                .containsExactly("\"EUR\"", "\"GBP\"", "\"USD\"");
        assertThat(currency.getJsonArray("exchange_rates").getJsonObject(0))
                .hasToString("{\"currency_to\":\"EUR\",\"rate\":1}");
    }

    @Test
    void countriesAreNamedInTheStoreViewsLocaleWithItalianProvinces() {
        JsonArray italian = (JsonArray) RestClient.json(client.getWithToken(null, "/rest/default/V1/directory/countries"));
        JsonObject english = RestClient.object(client.getWithToken(null, "/rest/en/V1/directory/countries/IT"));

        JsonObject italy = italian.getJsonObject(0);
        assertThat(italy.getString("id")).isEqualTo("IT");
        assertThat(italy.getString("three_letter_abbreviation")).isEqualTo("ITA");
        assertThat(italy.getString("full_name_locale")).isEqualTo("Italia");
        assertThat(english.getString("full_name_locale")).isEqualTo("Italy");
        assertThat(italy.getJsonArray("available_regions")).hasSize(107)
                .anySatisfy(region -> assertThat(region.asJsonObject().getString("code")).isEqualTo("MB"));
        assertThat(italian.getJsonObject(3).containsKey("available_regions")).isFalse();
    }

    @Test
    void taxRulesAndRatesAreItalianVat() {
        HttpResponse<String> rules = client.get("taxRules/search", "searchCriteria", "");
        HttpResponse<String> reduced = client.get("taxRates/search", RestClient.criteria()
                .group().filter("rate", "10", "lteq").build());

        assertThat(RestClient.object(rules).getInt("total_count")).isEqualTo(3);
        assertThat(RestClient.items(rules).getJsonObject(0)).hasToString("{\"id\":1,\"code\":\"IVA 22%\",\"priority\":0,"
                + "\"position\":0,\"customer_tax_class_ids\":[3],\"product_tax_class_ids\":[2],\"tax_rate_ids\":[1],"
                + "\"calculate_subtotal\":false}");
        assertThat(RestClient.items(reduced)).extracting(rate -> rate.asJsonObject().getString("code"))
                .containsExactly("IT-IVA-10", "IT-IVA-4");
        assertThat(RestClient.object(client.get("taxRates/1")).getString("tax_country_id")).isEqualTo("IT");
    }
}

package it.crocevia.testserver.magento;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderJsonShapeTest {

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

    private static JsonObject order(int id) {
        HttpResponse<String> response = client.get("orders/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        return RestClient.object(response);
    }

    @Test
    void everyKeyIsAFieldOfTheOrderInterfaceWithItsType() {
        JsonObject order = order(1);

        assertThat(Resources.fields("order-interface-fields.txt")).containsAll(order.keySet());
        assertThat(order.getInt("entity_id")).isEqualTo(1);
        assertThat(order.getString("increment_id")).isEqualTo("000000001");
        assertThat(order.getString("state")).isEqualTo("complete");
        assertThat(order.getString("status")).isEqualTo("complete");
        assertThat(order.getString("created_at")).isEqualTo("2026-01-05 09:00:00");
        assertThat(order.getString("updated_at")).isEqualTo("2026-01-05 10:00:00");
        assertThat(order.getInt("store_id")).isEqualTo(1);
        assertThat(order.getString("base_currency_code")).isEqualTo("EUR");
        assertThat(order.getString("order_currency_code")).isEqualTo("EUR");
        assertThat(order.getString("shipping_description")).isEqualTo("Spedizione standard - Corriere espresso");
        assertThat(order.getInt("total_item_count")).isEqualTo(3);
        for (String amount : new String[] {"grand_total", "base_grand_total", "subtotal", "subtotal_incl_tax",
            "tax_amount", "shipping_amount", "shipping_incl_tax", "discount_amount", "total_paid"}) {
            assertThat(order.get(amount).getValueType()).as(amount).isEqualTo(JsonValue.ValueType.NUMBER);
        }
    }

    @Test
    void amountsAreConsistentAndPrintedAsPhpFloats() {
        JsonObject order = order(1);
        String body = client.get("orders/1").body();

        assertThat(order.getJsonNumber("grand_total").bigDecimalValue()).isEqualByComparingTo("58.20");
        assertThat(body).contains("\"grand_total\":58.2,").contains("\"base_to_global_rate\":1,")
                .contains("\"shipping_incl_tax\":6.9,");
        BigDecimal sum = amount(order, "subtotal").add(amount(order, "tax_amount"))
                .add(amount(order, "shipping_amount")).add(amount(order, "discount_amount"))
                .add(amount(order, "discount_tax_compensation_amount"));
        assertThat(sum).isEqualByComparingTo(amount(order, "grand_total"));
        assertThat(amount(order, "subtotal_incl_tax")).isEqualByComparingTo("51.30");
        assertThat(amount(order, "total_due")).isZero();
    }

    @Test
    void aDiscountKeepsTheTotalsBalanced() {
        JsonObject order = order(5);

        assertThat(amount(order, "discount_amount")).isEqualByComparingTo("-5");
        assertThat(order.getString("coupon_code")).isEqualTo("BENVENUTO5");
        assertThat(amount(order, "grand_total")).isEqualByComparingTo("150.90");
        assertThat(amount(order, "subtotal").add(amount(order, "tax_amount")).add(amount(order, "shipping_amount"))
                .add(amount(order, "discount_amount")).add(amount(order, "discount_tax_compensation_amount")))
                .isEqualByComparingTo("150.90");
        assertThat(amount(order, "total_refunded")).isEqualByComparingTo("150.90");
    }

    @Test
    void aRegisteredCustomersOrderCarriesTheCustomerAndTheCodiceFiscale() {
        JsonObject order = order(1);

        assertThat(order.getInt("customer_id")).isEqualTo(1);
        assertThat(order.getInt("customer_is_guest")).isZero();
        assertThat(order.getInt("customer_group_id")).isEqualTo(1);
        assertThat(order.getString("customer_email")).isEqualTo("mario.rossi@example.it");
        assertThat(order.getString("customer_firstname")).isEqualTo("Mario");
        assertThat(order.getString("customer_lastname")).isEqualTo("Rossi");
        assertThat(order.getString("customer_taxvat")).isEqualTo(TestShop.MARIO_CF);
    }

    @Test
    void aGuestOrderHasNoCustomerIdAndGroupZero() {
        JsonObject giulia = order(2);
        JsonObject luca = order(3);

        assertThat(giulia.containsKey("customer_id")).isFalse();
        assertThat(giulia.getInt("customer_is_guest")).isEqualTo(1);
        assertThat(giulia.getInt("customer_group_id")).isZero();
        assertThat(luca.getString("customer_email")).isEqualTo(giulia.getString("customer_email"));
        assertThat(luca.getString("customer_firstname")).isEqualTo("Luca");
        assertThat(luca.getJsonObject("billing_address").getString("vat_id")).isEqualTo("BNCLCU95M12D612K");
        assertThat(luca.getJsonObject("billing_address").containsKey("customer_id")).isFalse();
    }

    @Test
    void addressesHaveTheOrderAddressShapeAndItalianFiscalData() {
        JsonObject order = order(4);
        JsonObject billing = order.getJsonObject("billing_address");
        JsonObject shipping = order.getJsonObject("extension_attributes").getJsonArray("shipping_assignments")
                .getJsonObject(0).getJsonObject("shipping").getJsonObject("address");

        assertThat(Resources.fields("order-address-fields.txt")).containsAll(billing.keySet()).containsAll(shipping.keySet());
        assertThat(billing.getString("address_type")).isEqualTo("billing");
        assertThat(shipping.getString("address_type")).isEqualTo("shipping");
        assertThat(billing.getInt("parent_id")).isEqualTo(4);
        assertThat(billing.getInt("entity_id")).isEqualTo(order.getInt("billing_address_id"));
        assertThat(billing.getString("company")).isEqualTo("Arredamenti Conti S.r.l.");
        assertThat(billing.getString("vat_id")).isEqualTo("IT" + TestShop.PAOLA_IVA);
        assertThat(billing.getJsonArray("street").getString(0)).isEqualTo("Via Manzoni, 40");
        assertThat(billing.getString("region")).isEqualTo("Verona");
        assertThat(billing.getString("region_code")).isEqualTo("VR");
        assertThat(billing.getInt("region_id")).isPositive();
        assertThat(billing.getString("country_id")).isEqualTo("IT");
        assertThat(billing.getString("email")).isEqualTo("amministrazione@contiarredi.it");
        assertThat(shipping.getString("city")).isEqualTo("Bussolengo");
        assertThat(order.containsKey("shipping_address")).isFalse();
    }

    @Test
    void aForeignAddressWithoutRegionsLeavesTheRegionOut() {
        JsonObject billing = order(6).getJsonObject("billing_address");

        assertThat(billing.getString("country_id")).isEqualTo("FR");
        assertThat(billing.containsKey("region")).isFalse();
        assertThat(billing.containsKey("region_id")).isFalse();
        assertThat(billing.getString("lastname")).isEqualTo("Martin");
    }

    @Test
    void itemsHaveTheirTypesAndAConfigurableIsAParentAndAChild() {
        JsonArray items = order(1).getJsonArray("items");

        assertThat(items).hasSize(4);
        JsonObject simple = items.getJsonObject(0);
        assertThat(simple.getInt("item_id")).isPositive();
        assertThat(simple.getInt("order_id")).isEqualTo(1);
        assertThat(simple.getString("sku")).isEqualTo("CAF-250");
        assertThat(simple.getString("product_type")).isEqualTo("simple");
        assertThat(amount(simple, "qty_ordered")).isEqualByComparingTo("2");
        assertThat(amount(simple, "price_incl_tax")).isEqualByComparingTo("4.90");
        assertThat(amount(simple, "price")).isEqualByComparingTo("4.02");
        assertThat(amount(simple, "row_total_incl_tax")).isEqualByComparingTo("9.80");
        assertThat(amount(simple, "row_total").add(amount(simple, "tax_amount"))).isEqualByComparingTo("9.80");
        assertThat(amount(simple, "tax_percent")).isEqualByComparingTo("22");
        assertThat(simple.containsKey("parent_item_id")).isFalse();

        JsonObject parent = items.getJsonObject(1);
        JsonObject child = items.getJsonObject(2);
        assertThat(parent.getString("product_type")).isEqualTo("configurable");
        assertThat(parent.getString("sku")).isEqualTo("MAGL-COT-M");
        assertThat(parent.getString("name")).isEqualTo("Maglia in cotone");
        assertThat(amount(parent, "price_incl_tax")).isEqualByComparingTo("29");
        assertThat(parent.getJsonObject("product_option").getJsonObject("extension_attributes")
                .getJsonArray("configurable_item_options").getJsonObject(0))
                .hasToString("{\"option_id\":\"141\",\"option_value\":168}");
        assertThat(child.getString("product_type")).isEqualTo("simple");
        assertThat(child.getString("sku")).isEqualTo("MAGL-COT-M");
        assertThat(child.getString("name")).isEqualTo("Maglia in cotone-M");
        assertThat(child.getInt("parent_item_id")).isEqualTo(parent.getInt("item_id"));
        assertThat(amount(child, "price")).isZero();
        assertThat(child.containsKey("price_incl_tax")).isFalse();
        assertThat(child.getJsonObject("parent_item").getInt("item_id")).isEqualTo(parent.getInt("item_id"));
        assertThat(items.getJsonObject(3).getInt("tax_percent")).isEqualTo(4);
    }

    @Test
    void thePaymentPrintsItsNonNullableEmptyFieldsAsNull() {
        JsonObject payment = order(2).getJsonObject("payment");

        assertThat(payment.getString("method")).isEqualTo("banktransfer");
        assertThat(payment.isNull("account_status")).isTrue();
        assertThat(payment.isNull("cc_last4")).isTrue();
        assertThat(payment.getString("cc_exp_year")).isEqualTo("0");
        assertThat(payment.getJsonArray("additional_information").getString(0)).isEqualTo("Bonifico bancario");
        assertThat(amount(payment, "amount_ordered")).isEqualByComparingTo("24.90");
        assertThat(payment.getInt("parent_id")).isEqualTo(2);
        assertThat(order(1).getJsonObject("payment").getString("last_trans_id")).isNotEmpty();
    }

    @Test
    void extensionAttributesCarryShippingAssignmentsPaymentInfoAndTaxes() {
        JsonObject extension = order(1).getJsonObject("extension_attributes");
        JsonObject assignment = extension.getJsonArray("shipping_assignments").getJsonObject(0);

        assertThat(extension.keySet()).containsExactly("shipping_assignments", "payment_additional_info",
                "applied_taxes", "item_applied_taxes");
        assertThat(assignment.getJsonObject("shipping").getString("method")).isEqualTo("flatrate_flatrate");
        assertThat(amount(assignment.getJsonObject("shipping").getJsonObject("total"), "shipping_incl_tax"))
                .isEqualByComparingTo("6.90");
        assertThat(assignment.getJsonArray("items")).hasSize(4);
        assertThat(extension.getJsonArray("payment_additional_info").getJsonObject(0))
                .hasToString("{\"key\":\"method_title\",\"value\":\"PayPal Express Checkout\"}");
        assertThat(extension.getJsonArray("applied_taxes")).extracting(tax -> tax.asJsonObject().getString("code"))
                .containsExactly("IT-IVA-4", "IT-IVA-22");
    }

    @Test
    void statusHistoriesAreNewestFirstAndChangeStatusAddsOne() {
        assertThat(order(2).getJsonArray("status_histories")).isEmpty();
        JsonArray complete = order(1).getJsonArray("status_histories");
        assertThat(complete).hasSize(2);
        assertThat(complete.getJsonObject(0).getString("status")).isEqualTo("complete");
        assertThat(complete.getJsonObject(1).getString("status")).isEqualTo("processing");

        server.data().changeStatus(2, "processing", "processing", TestShop.at("2026-03-01 10:00:00"), "Pagato");
        JsonObject changed = order(2);
        assertThat(changed.getString("state")).isEqualTo("processing");
        assertThat(changed.getString("updated_at")).isEqualTo("2026-03-01 10:00:00");
        JsonObject newest = changed.getJsonArray("status_histories").getJsonObject(0);
        assertThat(newest.getString("comment")).isEqualTo("Pagato");
        assertThat(newest.getString("entity_name")).isEqualTo("order");
        assertThat(newest.getInt("parent_id")).isEqualTo(2);
        server.data().changeStatus(2, "new", "pending", TestShop.at("2026-01-10 09:30:00"));
    }

    @Test
    void touchMovesAnOrderInTheUpdatedAtOrder() {
        server.data().touch(1, TestShop.at("2026-03-01 00:00:00"));
        try {
            HttpResponse<String> response = client.get("orders", RestClient.criteria()
                    .group().filter("updated_at", "2026-02-20 00:00:00", "gt").sort("updated_at", "ASC").build());
            assertThat(RestClient.ids(response, "entity_id")).containsExactly(1);
        } finally {
            server.data().touch(1, TestShop.at("2026-01-05 10:00:00"));
        }
    }

    @Test
    void malformedOrdersAreStoredAsSeeded() {
        MagentoTestServer shop = new MagentoTestServer().start();
        try {
            RestClient local = new RestClient(shop);
            AddressSpec address = AddressSpec.of("Ugo", "Neri", "Via Po, 1", "Torino", "10121", "IT");
            int noEmail = shop.data().addOrder(OrderSpec.guest("ugo@example.it", address).set("customer_email", null)
                    .line(OrderLine.simple("X", "X", 1, BigDecimal.TEN)));
            int omitted = shop.data().addOrder(OrderSpec.guest("ugo@example.it", address).omit("customer_email")
                    .line(OrderLine.simple("X", "X", 1, BigDecimal.TEN)));
            int badCurrency = shop.data().addOrder(OrderSpec.guest("ugo@example.it", address)
                    .currency("XYZ", new BigDecimal("2")).line(OrderLine.simple("X", "X", 1, BigDecimal.TEN)));
            int textTotal = shop.data().addOrder(OrderSpec.guest("ugo@example.it", address).set("grand_total", "12,50")
                    .line(OrderLine.simple("X", "X", 1, BigDecimal.TEN)));
            int noItems = shop.data().addOrder(OrderSpec.guest("ugo@example.it", address));
            int badSku = shop.data().addOrder(OrderSpec.guest("ugo@example.it", address)
                    .line(OrderLine.simple("X", "X", 1, BigDecimal.TEN).set("sku", null)));

            JsonObject first = RestClient.object(local.get("orders/" + noEmail));
            assertThat(first.isNull("customer_email")).isTrue();
            assertThat(RestClient.object(local.get("orders/" + omitted)).containsKey("customer_email")).isFalse();
            JsonObject currency = RestClient.object(local.get("orders/" + badCurrency));
            assertThat(currency.getString("order_currency_code")).isEqualTo("XYZ");
            assertThat(amount(currency, "base_grand_total")).isEqualByComparingTo("8.45");
            assertThat(RestClient.object(local.get("orders/" + textTotal)).getString("grand_total")).isEqualTo("12,50");
            JsonObject empty = RestClient.object(local.get("orders/" + noItems));
            assertThat(empty.getJsonArray("items")).isEmpty();
            assertThat(empty.getInt("total_item_count")).isZero();
            assertThat(RestClient.object(local.get("orders/" + badSku)).getJsonArray("items").getJsonObject(0)
                    .isNull("sku")).isTrue();
        } finally {
            shop.close();
        }
    }

    @Test
    void theFieldsParameterGivesAPartialResponse() {
        HttpResponse<String> list = client.get("orders", "searchCriteria[pageSize]", "2",
                "fields", "items[entity_id,increment_id,billing_address[city]],total_count");
        HttpResponse<String> single = client.get("orders/1", "fields", "entity_id,items[sku]");
        HttpResponse<String> malformed = client.get("orders/1", "fields", "items[sku");

        assertThat(list.body()).isEqualTo("{\"items\":[{\"entity_id\":1,\"increment_id\":\"000000001\","
                + "\"billing_address\":{\"city\":\"Milano\"}},{\"entity_id\":2,\"increment_id\":\"000000002\","
                + "\"billing_address\":{\"city\":\"Firenze\"}}],\"total_count\":8}");
        assertThat(single.body()).isEqualTo("{\"entity_id\":1,\"items\":[{\"sku\":\"CAF-250\"},{\"sku\":\"MAGL-COT-M\"},"
                + "{\"sku\":\"MAGL-COT-M\"},{\"sku\":\"OLIO-1L\"}]}");
        assertThat(malformed.body()).isEqualTo("[]");
    }

    @Test
    void theListAndTheSingleOrderAreTheSameObject() {
        HttpResponse<String> list = client.get("orders", RestClient.criteria().group().filter("entity_id", "3", "eq")
                .build());

        assertThat(RestClient.items(list).getJsonObject(0)).isEqualTo(order(3));
    }

    private static BigDecimal amount(JsonObject object, String field) {
        return ((JsonNumber) object.get(field)).bigDecimalValue();
    }
}

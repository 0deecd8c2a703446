package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares one served order, field by field, with PrestaShop's documentation: the field list and
 * order of the PrestaShop 8 blank schema, and the value types and formats of PrestaShop's JSON
 * output on PHP before 8.1 (a sample order shaped as the real output, values ours).
 */
class OrderJsonShapeTest {

    private static PrestaShopTestServer server;
    private static JsonObject served;

    @BeforeAll
    static void serveOneOrder() {
        server = new PrestaShopTestServer().start();
        PrestaShopData data = server.data();
        int customer = data.addCustomer(CustomerSpec.registered("Elena", "Costa", "elena.costa@example.it"));
        int address = data.addAddress(AddressSpec.of(customer, "Elena", "Costa", "Via Cavour 9", "00184", "Roma",
                PrestaShopDefaults.COUNTRY_IT));
        data.addOrder(OrderSpec.of(customer, address).line(OrderLine.of(9, "Moka Express 3 tazze", "MOKA-3", 1,
                new BigDecimal("29.90")).ean13("8000000000001")));
        served = WsClient.object(new WsClient(server).get("orders/1", "output_format", "JSON")).getJsonObject("order");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theFieldsAreTheDocumentedOnesInTheDocumentedOrder() throws IOException {
        Map<String, List<String>> documented = documentedFields();
        JsonObject row = served.getJsonObject("associations").getJsonArray("order_rows").getJsonObject(0);

        assertThat(new ArrayList<>(served.keySet())).containsExactlyElementsOf(documented.get("order"));
        assertThat(new ArrayList<>(row.keySet())).containsExactlyElementsOf(documented.get("order_row"));
    }

    @Test
    void everyValueHasTheTypeAndFormatOfTheSample() throws IOException {
        JsonObject sample;
        try (InputStream in = getClass().getResourceAsStream("/prestashop/order-sample.json");
                var reader = Json.createReader(in)) {
            sample = reader.readObject().getJsonObject("order");
        }
        assertSameShape("order", sample, served);
        assertSameShape("order_row", sample.getJsonObject("associations").getJsonArray("order_rows").getJsonObject(0),
                served.getJsonObject("associations").getJsonArray("order_rows").getJsonObject(0));
    }

    @Test
    void theAmountsAreThoseOfTheSample() {
        assertThat(served.getString("total_paid")).isEqualTo("36.800000");
        assertThat(served.getString("total_paid_tax_excl")).isEqualTo("30.170000");
        assertThat(served.getString("total_products")).isEqualTo("24.510000");
        assertThat(served.getString("total_shipping_tax_excl")).isEqualTo("5.660000");
    }

    private static void assertSameShape(String what, JsonObject sample, JsonObject actual) {
        for (String field : sample.keySet()) {
            if (field.equals("associations")) {
                continue;
            }
            JsonValue expected = sample.get(field);
            JsonValue value = actual.get(field);
            assertThat(value).as(what + "." + field).isNotNull();
            assertThat(value.getValueType()).as(what + "." + field + " type").isEqualTo(expected.getValueType());
            if (expected.getValueType() == JsonValue.ValueType.STRING) {
                assertThat(format(((jakarta.json.JsonString) value).getString()))
                        .as(what + "." + field + " format")
                        .isEqualTo(format(((jakarta.json.JsonString) expected).getString()));
            }
        }
    }

    /** The format class of a value: what a client's parser must cope with. */
    private static String format(String value) {
        if (value.matches("-?\\d+\\.\\d{6}")) {
            return "decimal(6)";
        }
        if (value.matches("-?\\d+\\.\\d{3}")) {
            return "decimal(3)";
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
            return "datetime";
        }
        if (value.matches("-?\\d+")) {
            return value.length() > 3 ? "integer-or-code" : "integer";
        }
        return value.isEmpty() ? "empty" : "text";
    }

    private static Map<String, List<String>> documentedFields() throws IOException {
        Map<String, List<String>> fields = new HashMap<>();
        try (InputStream in = OrderJsonShapeTest.class.getResourceAsStream("/prestashop/order-fields.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon), List.of(line.substring(colon + 1).trim().split(" ")));
            }
        }
        return fields;
    }
}

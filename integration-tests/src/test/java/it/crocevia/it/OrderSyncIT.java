package it.crocevia.it;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.COUNTRY_IT;
import static it.crocevia.testserver.prestashop.PrestaShopDefaults.STATE_PAYMENT_ACCEPTED;
import static it.crocevia.testserver.prestashop.PrestaShopDefaults.STATE_SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.prestashop.AddressSpec;
import it.crocevia.testserver.prestashop.CustomerSpec;
import it.crocevia.testserver.prestashop.OrderLine;
import it.crocevia.testserver.prestashop.OrderSpec;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Sincro Ordini" against the project's PrestaShop webservice test server over real HTTP, with
 * what reached MariaDB checked in SQL: the customer rules of seed 001 case by case, exactly-once
 * import across re-runs, changes and faults, and malformed records reported and skipped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderSyncIT {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 2, 9, 0);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private PrestaShopTestServer shop;
    private Http operator;
    private long accountId;

    @BeforeEach
    void shopAndAccount() throws Exception {
        shop = new PrestaShopTestServer().start();
        operator = Http.as(context.toURI(), "olga", "operator");
        accountId = TestAccounts.create(operator, "PrestaShop " + UUID.randomUUID(), "PRESTASHOP", shop.shopUrl(),
                shop.apiKey(), "\"syncOrders\": true");
    }

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    @Test
    void importsOrdersWithLinesAddressesTotalsAndFiscalFields() throws Exception {
        var data = shop.data();
        int mario = data.addCustomer(CustomerSpec.registered("Mario", "Rossi", "mario.rossi@example.it"));
        int address = data.addAddress(AddressSpec.of(mario, "Mario", "Rossi", "Via Roma 1", "20121", "Milano",
                COUNTRY_IT).company("Rossi Srl").vatNumber("IT01234567890").dni("RSSMRA80A01F205X").phone("02123456"));
        data.addOrder(OrderSpec.of(mario, address).reference("RSSORDER1").state(STATE_PAYMENT_ACCEPTED)
                .line(OrderLine.of(10, "Caffè in grani 1kg", "CAF-1KG", 2, new BigDecimal("18.30")))
                .line(OrderLine.of(11, "Moka 3 tazze", "MOKA-3", 1, new BigDecimal("29.90")))
                .dateAdd(T0).dateUpd(T0));

        var run = syncAndWait();

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getInt("imported")).isEqualTo(1);
        assertThat(run.getInt("customersCreated")).isEqualTo(1);
        var order = Db.row("SELECT * FROM shop_order WHERE account_id = ? AND reference = 'RSSORDER1'", accountId);
        assertThat(order.get("currency")).isEqualTo("EUR");
        assertThat(order.get("guest")).isEqualTo(false);
        assertThat(order.get("email")).isEqualTo("mario.rossi@example.it");
        assertThat(order.get("state_name")).isNotNull();
        assertThat((BigDecimal) order.get("total_paid")).isPositive();
        assertThat(order.get("billing_vat_number")).isEqualTo("IT01234567890");
        assertThat(order.get("billing_fiscal_code")).isEqualTo("RSSMRA80A01F205X");
        assertThat(order.get("billing_company")).isEqualTo("Rossi Srl");
        assertThat(order.get("billing_city")).isEqualTo("Milano");
        assertThat(order.get("billing_country")).isEqualTo("IT");
        assertThat(Db.strings("SELECT CONCAT(sku, ' x', CAST(quantity AS SIGNED)) FROM shop_order_line "
                + "WHERE order_id = ? "
                + "ORDER BY line_no", order.get("id"))).containsExactly("CAF-1KG x2", "MOKA-3 x1");
        var customer = Db.row("SELECT * FROM customer WHERE id = ?", order.get("customer_id"));
        assertThat(customer.get("email")).isEqualTo("mario.rossi@example.it");
        assertThat(customer.get("vat_number")).isEqualTo("IT01234567890");
        assertThat(customer.get("fiscal_code")).isEqualTo("RSSMRA80A01F205X");
        assertThat(Db.count("SELECT COUNT(*) FROM customer_binding WHERE account_id = ? AND customer_id = ?",
                accountId, order.get("customer_id"))).isEqualTo(1);
    }

    @Test
    void customerRulesOfSeed001CaseByCase() throws Exception {
        String email = "lucia." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
        var data = shop.data();
        int registered = data.addCustomer(CustomerSpec.registered("Lucia", "Verdi", email));
        int regAddress = data.addAddress(AddressSpec.of(registered, "Lucia", "Verdi", "Via Po 2", "10121", "Torino",
                COUNTRY_IT).phone("011111111"));
        data.addOrder(order(registered, regAddress, "RULE-1", T0));

        int sameNameGuest = data.addCustomer(CustomerSpec.guest("lucia", "VERDI", email));
        int a2 = data.addAddress(AddressSpec.of(sameNameGuest, "Lucia", "Verdi", "Via Po 2", "10121", "Torino",
                COUNTRY_IT).company("Verdi Design"));
        data.addOrder(order(sameNameGuest, a2, "RULE-2", T0.plusMinutes(1)));

        int otherNameGuest = data.addCustomer(CustomerSpec.guest("Paolo", "Verdi", email));
        int a3 = data.addAddress(AddressSpec.of(otherNameGuest, "Paolo", "Verdi", "Via Po 2", "10121", "Torino",
                COUNTRY_IT));
        data.addOrder(order(otherNameGuest, a3, "RULE-3", T0.plusMinutes(2)));

        String newEmail = "nuovo." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
        int newGuest = data.addCustomer(CustomerSpec.guest("Anna", "Neri", newEmail));
        int a4 = data.addAddress(AddressSpec.of(newGuest, "Anna", "Neri", "Via Dante 3", "50100", "Firenze",
                COUNTRY_IT));
        data.addOrder(order(newGuest, a4, "RULE-4", T0.plusMinutes(3)));

        int regAddressNewPhone = data.addAddress(AddressSpec.of(registered, "Lucia", "Verdi", "Via Po 2", "10121",
                "Torino", COUNTRY_IT).phone("011999999"));
        data.addOrder(order(registered, regAddressNewPhone, "RULE-5", T0.plusMinutes(4)));

        var run = syncAndWait();
        assertThat(run.getInt("imported")).isEqualTo(5);

        long lucia = customerOf("RULE-1");
        assertThat(customerOf("RULE-2")).as("guest with the same e-mail and name: the same record").isEqualTo(lucia);
        long paolo = customerOf("RULE-3");
        assertThat(paolo).as("guest with the same e-mail, another name: a new record").isNotEqualTo(lucia);
        assertThat(customerOf("RULE-5")).as("registered customer: the record bound to them").isEqualTo(lucia);
        assertThat(Db.strings("SELECT CONCAT(first_name, ' ', last_name) FROM customer WHERE email = ? ORDER BY id",
                email)).containsExactly("Lucia Verdi", "Paolo Verdi");
        assertThat(Db.count("SELECT COUNT(*) FROM customer WHERE email = ?", newEmail)).isEqualTo(1);
        assertThat(Db.count("SELECT COUNT(*) FROM customer_binding WHERE customer_id = ?", paolo))
                .as("a guest is never bound").isZero();

        assertThat(Db.strings("SELECT CONCAT(field, ': ', COALESCE(old_value, '-'), ' -> ', new_value, "
                + "' (', source, ')') "
                + "FROM customer_change WHERE customer_id = ? ORDER BY id", lucia)).containsExactly(
                        "company: - -> Verdi Design (order RULE-2 of " + accountDescription() + ")",
                        "phone: 011111111 -> 011999999 (order RULE-5 of " + accountDescription() + ")");
    }

    /**
     * What a page needs from the database is read while the page before is stored, so before or
     * after that page commits: the customers and orders it wrote must still be found. The page
     * boundary (500 orders) falls between the two orders of each customer here, and the second page
     * starts by re-reading the first page's last order.
     */
    @Test
    void customersAndOrdersOfOnePageAreFoundByTheNext() throws Exception {
        shop.generate(497, 13L, T0.minusDays(1), T0.minusHours(1));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var data = shop.data();
        int luca = data.addCustomer(CustomerSpec.registered("Luca", "Gialli", "luca." + tag + "@example.it"));
        int lucaHome = data.addAddress(AddressSpec.of(luca, "Luca", "Gialli", "Via Po 1", "10121", "Torino",
                COUNTRY_IT).phone("011000001"));
        int anna = data.addCustomer(CustomerSpec.guest("Anna", "Blu", "anna." + tag + "@example.it"));
        int annaHome = data.addAddress(AddressSpec.of(anna, "Anna", "Blu", "Via Roma 2", "20121", "Milano",
                COUNTRY_IT));
        int mario = data.addCustomer(CustomerSpec.registered("Mario", "Viola", "mario." + tag + "@example.it"));
        int marioHome = data.addAddress(AddressSpec.of(mario, "Mario", "Viola", "Via Dante 3", "50100", "Firenze",
                COUNTRY_IT));
        data.addOrder(order(luca, lucaHome, "EDGE-1", T0));
        data.addOrder(order(anna, annaHome, "EDGE-2", T0.plusMinutes(1)));
        data.addOrder(order(mario, marioHome, "EDGE-3", T0.plusMinutes(2)));
        data.addOrder(order(mario, marioHome, "EDGE-4", T0.plusMinutes(3)));
        data.addOrder(order(anna, annaHome, "EDGE-5", T0.plusMinutes(4)));
        int lucaOffice = data.addAddress(AddressSpec.of(luca, "Luca", "Gialli", "Via Po 1", "10121", "Torino",
                COUNTRY_IT).phone("011000002"));
        data.addOrder(order(luca, lucaOffice, "EDGE-6", T0.plusMinutes(5)));

        var run = syncAndWait();

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.getInt("imported") + run.getInt("skipped")).isEqualTo(503);
        assertThat(Db.count("SELECT COUNT(DISTINCT remote_id) FROM shop_order WHERE account_id = ?", accountId))
                .isEqualTo(ordersOfAccount());
        assertThat(customerOf("EDGE-4")).as("registered, bound on the page before").isEqualTo(customerOf("EDGE-3"));
        assertThat(customerOf("EDGE-5")).as("guest, created on the page before").isEqualTo(customerOf("EDGE-2"));
        long lucaRecord = customerOf("EDGE-1");
        assertThat(customerOf("EDGE-6")).isEqualTo(lucaRecord);
        assertThat(Db.count("SELECT COUNT(*) FROM customer WHERE email LIKE ?", "%." + tag + "@example.it"))
                .isEqualTo(3);
        assertThat(Db.strings("SELECT CONCAT(phone, ' v', version) FROM customer WHERE id = ?", lucaRecord))
                .as("created on one page, changed on the next").containsExactly("011000002 v1");
        assertThat(Db.strings("SELECT CONCAT(field, ': ', old_value, ' -> ', new_value) FROM customer_change "
                + "WHERE customer_id = ?", lucaRecord)).containsExactly("phone: 011000001 -> 011000002");
    }

    @Test
    void aSecondRunImportsNothingTwiceAndAChangedOrderIsUpdatedInPlace() throws Exception {
        var data = shop.data();
        int c = data.addCustomer(CustomerSpec.registered("Gino", "Bianchi", "gino." + UUID.randomUUID() + "@ex.it"));
        int a = data.addAddress(AddressSpec.of(c, "Gino", "Bianchi", "Via Verdi 9", "00100", "Roma", COUNTRY_IT));
        int first = data.addOrder(order(c, a, "AGAIN-1", T0));
        data.addOrder(order(c, a, "AGAIN-2", T0.plusSeconds(1)));

        assertThat(syncAndWait().getInt("imported")).isEqualTo(2);
        var second = syncAndWait();
        assertThat(second.getInt("imported")).isZero();
        assertThat(second.getInt("updated")).isZero();
        assertThat(ordersOfAccount()).isEqualTo(2);

        data.changeOrderState(first, STATE_SHIPPED, data.now());
        var third = syncAndWait();
        assertThat(third.getInt("imported")).isZero();
        assertThat(third.getInt("updated")).isEqualTo(1);
        assertThat(ordersOfAccount()).isEqualTo(2);
        assertThat(Db.row("SELECT state_code FROM shop_order WHERE account_id = ? AND reference = 'AGAIN-1'", accountId)
                .get("state_code")).isEqualTo(Integer.toString(STATE_SHIPPED));
    }

    @Test
    void aSecondSyncOfTheSameAccountIsRefusedWhileOneRuns() throws Exception {
        var data = shop.data();
        int c = data.addCustomer(CustomerSpec.registered("Ada", "Neri", "ada." + UUID.randomUUID() + "@ex.it"));
        int a = data.addAddress(AddressSpec.of(c, "Ada", "Neri", "Via Milano 1", "20100", "Milano", COUNTRY_IT));
        data.addOrder(order(c, a, "BUSY-1", T0));
        shop.faults().delay(Duration.ofMillis(1500));

        var first = operator.post("api/v1/order-syncs/" + accountId, "");
        var second = operator.post("api/v1/order-syncs/" + accountId, "");

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.object().getString("error")).isEqualTo("sync_running");
        shop.faults().reset();
        assertThat(SyncRunner.waitFor(operator, first.location()).getString("status")).isEqualTo("COMPLETED");
        assertThat(ordersOfAccount()).isEqualTo(1);
    }

    @Test
    void malformedRecordsAreReportedAndSkippedAndTheRestIsImported() throws Exception {
        var data = shop.data();
        int c = data.addCustomer(CustomerSpec.registered("Rita", "Galli", "rita." + UUID.randomUUID() + "@ex.it"));
        int a = data.addAddress(AddressSpec.of(c, "Rita", "Galli", "Via Napoli 4", "80100", "Napoli", COUNTRY_IT));
        data.addOrder(order(c, a, "GOOD-1", T0));
        int noCustomer = data.addOrder(order(987654, a, "BAD-CUSTOMER", T0.plusSeconds(1)));
        int badCurrency = data.addOrder(order(c, a, "BAD-CURRENCY", T0.plusSeconds(2)).currency(99));
        data.addOrder(order(c, a, "GOOD-2", T0.plusSeconds(3)));

        var run = syncAndWait();

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getInt("imported")).isEqualTo(2);
        assertThat(run.getInt("skipped")).isEqualTo(2);
        var problems = new LinkedHashMap<String, String>();
        run.getJsonArray("problems").getValuesAs(JsonObject.class)
                .forEach(p -> problems.put(p.getString("remoteId"), p.getString("reason")));
        assertThat(problems).containsOnlyKeys(Integer.toString(noCustomer), Integer.toString(badCurrency));
        assertThat(problems.get(Integer.toString(noCustomer))).contains("customer #987654 not found");
        assertThat(problems.get(Integer.toString(badCurrency))).contains("unknown currency #99");
        assertThat(Db.strings("SELECT reference FROM shop_order WHERE account_id = ? ORDER BY reference", accountId))
                .containsExactly("GOOD-1", "GOOD-2");
    }

    @Test
    void serverErrorsAndRateLimitsLoseNothingAndDuplicateNothing() throws Exception {
        shop.generate(1200, 7L, T0, T0.plusDays(1));
        shop.faults().seed(11L).errorRate(0.10, 500, 503).tooManyRequestsRate(0.05, 1);

        var run = syncAndWait();

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        int importable = run.getInt("imported");
        assertThat(importable + run.getInt("skipped")).isEqualTo(1200);
        assertThat(ordersOfAccount()).isEqualTo(importable);
        assertThat(Db.count("SELECT COUNT(DISTINCT remote_id) FROM shop_order WHERE account_id = ?", accountId))
                .isEqualTo(importable);
        assertThat(shop.requests().countByStatus(500) + shop.requests().countByStatus(503)
                + shop.requests().countByStatus(429)).as("the faults were really hit").isPositive();

        shop.faults().reset();
        var again = syncAndWait();
        assertThat(again.getInt("imported")).isZero();
        assertThat(ordersOfAccount()).isEqualTo(importable);
    }

    @Test
    void aggiornaAccountStoresThePlatformsDataStructure() throws Exception {
        var reply = operator.post("api/v1/structure-refreshes/" + accountId, "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var counts = reply.object();
        assertThat(counts.getInt("ORDER_STATE")).isEqualTo(shop.data().count("order_states"));
        assertThat(counts.getInt("LANGUAGE")).isEqualTo(2);
        assertThat(counts.getInt("CURRENCY")).isEqualTo(3);

        assertThat(Db.strings("SELECT code FROM account_structure WHERE account_id = ? AND kind = 'CURRENCY' "
                + "ORDER BY code", accountId)).containsExactly("EUR", "GBP", "USD");
        assertThat(Db.strings("SELECT name FROM account_structure WHERE account_id = ? AND kind = 'ORDER_STATE' "
                + "AND remote_id = ?", accountId, Integer.toString(STATE_SHIPPED))).hasSize(1).first().isNotNull();

        assertThat(operator.post("api/v1/structure-refreshes/" + accountId, "").status()).isEqualTo(200);
        assertThat(Db.count("SELECT COUNT(*) FROM account_structure WHERE account_id = ? AND kind = 'ORDER_STATE'",
                accountId)).as("a second reading replaces the first").isEqualTo(shop.data().count("order_states"));
        assertThat(Http.as(context.toURI(), "vera", "viewer").post("api/v1/structure-refreshes/" + accountId, "")
                .status()).isEqualTo(403);
    }

    @Test
    void testConnessioneTellsOkBadKeyUnreachableAndNotAPrestaShop() throws Exception {
        assertThat(connectionTest(accountId)).isEqualTo("OK");

        shop.removeKey(shop.apiKey());
        assertThat(connectionTest(accountId)).isEqualTo("BAD_CREDENTIALS");

        long unreachable = account("http://127.0.0.1:9");
        assertThat(connectionTest(unreachable)).isEqualTo("UNREACHABLE");

        long notAShop = account(context.toString().replace("/crocevia/", ""));
        assertThat(connectionTest(notAShop)).isEqualTo("NOT_THE_PLATFORM");
    }

    private long account(String url) throws Exception {
        var created = operator.post("api/v1/accounts", """
                {"description": "Altro %s", "platform": "PRESTASHOP", "shopUrl": "%s",
                 "secret": "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "syncOrders": true}"""
                .formatted(UUID.randomUUID(), url));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object().getJsonNumber("id").longValue();
    }

    private String connectionTest(long id) throws Exception {
        var reply = operator.post("api/v1/connection-tests/" + id, "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getString("outcome");
    }

    private static OrderSpec order(int customer, int address, String reference, LocalDateTime at) {
        return OrderSpec.of(customer, address).reference(reference).state(STATE_PAYMENT_ACCEPTED)
                .line(OrderLine.of(20, "Pasta di Gragnano 500g", "PASTA-500", 3, new BigDecimal("2.40")))
                .dateAdd(at).dateUpd(at);
    }

    private JsonObject syncAndWait() throws Exception {
        return SyncRunner.syncAndWait(operator, accountId);
    }

    private String accountDescription() throws SQLException {
        return (String) Db.row("SELECT description FROM shop_account WHERE id = ?", accountId).get("description");
    }

    private long customerOf(String reference) throws SQLException {
        return ((Number) Db.row("SELECT customer_id FROM shop_order WHERE account_id = ? AND reference = ?", accountId,
                reference).get("customer_id")).longValue();
    }

    private int ordersOfAccount() throws SQLException {
        return Db.count("SELECT COUNT(*) FROM shop_order WHERE account_id = ?", accountId);
    }
}

package it.crocevia.it;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.COUNTRY_IT;
import static it.crocevia.testserver.prestashop.PrestaShopDefaults.STATE_PAYMENT_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.prestashop.AddressSpec;
import it.crocevia.testserver.prestashop.CustomerSpec;
import it.crocevia.testserver.prestashop.OrderLine;
import it.crocevia.testserver.prestashop.OrderSpec;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
 * "Sincro Clienti" as the customer-resync JSR-352 job, through the REST API against the
 * project's PrestaShop webservice test server, with what reached MariaDB checked in SQL: it
 * updates only the records the account's orders brought in and creates none, refuses with
 * *Aggiorna clienti* = no, lists and skips what the platform no longer has or returns malformed,
 * writes nothing in a dry run, and a run stopped halfway and restarted ends as a clean run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerResyncIT {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 3, 9, 0);

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
        accountId = account(true);
    }

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    @Test
    void updatesTheRecordsTheOrdersBroughtInAndCreatesNone() throws Exception {
        var data = shop.data();
        String email = unique("mario") + "@example.it";
        int mario = data.addCustomer(CustomerSpec.registered("Mario", "Rossi", email));
        int address = data.addAddress(AddressSpec.of(mario, "Mario", "Rossi", "Via Roma 1", "20121", "Milano",
                COUNTRY_IT).phone("02123456"));
        data.addOrder(order(mario, address, "RESYNC-1"));
        // a customer of the shop who never ordered: Sincro Clienti must not bring them in
        data.addCustomer(CustomerSpec.registered("Nessun", "Ordine", unique("noorder") + "@example.it"));
        assertThat(SyncRunner.syncAndWait(operator, accountId).getString("status")).isEqualTo("COMPLETED");
        long customerId = customerOfBinding(mario);
        int customersBefore = Db.count("SELECT COUNT(*) FROM customer");

        data.updateCustomer(mario, Map.of("lastname", "Rossi-Bianchi", "company", "Rossi Caffè Srl"));
        data.updateAddress(address, Map.of("phone", "02999999", "vat_number", "IT09876543210"));

        var job = runToEnd(start(false));

        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
        var customer = Db.row("SELECT * FROM customer WHERE id = ?", customerId);
        assertThat(customer.get("last_name")).isEqualTo("Rossi-Bianchi");
        assertThat(customer.get("company")).isEqualTo("Rossi Caffè Srl");
        assertThat(customer.get("phone")).isEqualTo("02999999");
        assertThat(customer.get("vat_number")).isEqualTo("IT09876543210");
        assertThat(Db.count("SELECT COUNT(*) FROM customer")).as("no record created").isEqualTo(customersBefore);
        assertThat(Db.strings("SELECT CONCAT(field, ':', COALESCE(old_value, ''), '>', new_value) FROM customer_change "
                + "WHERE customer_id = ? AND source LIKE 'Sincro Clienti%' ORDER BY field", customerId))
                .containsExactly("company:>Rossi Caffè Srl", "lastName:Rossi>Rossi-Bianchi",
                        "phone:02123456>02999999", "vatNumber:>IT09876543210");
        var run = job.getJsonObject("run");
        assertThat(run.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(run.getJsonNumber("done").longValue()).isEqualTo(1);
        assertThat(run.getJsonNumber("changed").longValue()).isEqualTo(1);
        assertThat(run.getString("startedBy")).isEqualTo("olga");
        assertThat(Db.count("SELECT COUNT(*) FROM job_lock")).as("the account's lock is released").isZero();
    }

    @Test
    void refusesWhenAggiornaClientiIsNo() throws Exception {
        long noUpdates = account(false);

        var refused = operator.post("api/v1/customer-syncs/" + noUpdates, "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Aggiorna clienti");
        assertThat(Db.count("SELECT COUNT(*) FROM job_run WHERE account_id = ?", noUpdates)).isZero();
        assertThat(Http.as(context.toURI(), "vera", "viewer").post("api/v1/customer-syncs/" + accountId, "")
                .status()).as("a viewer may not start it").isEqualTo(403);
    }

    @Test
    void aCustomerTheShopNoLongerHasOrReturnsMalformedIsListedAndSkipped() throws Exception {
        var data = shop.data();
        int[] customers = new int[3];
        for (int i = 0; i < 3; i++) {
            customers[i] = data.addCustomer(CustomerSpec.registered("Cliente" + i, "Prova", unique("c" + i)
                    + "@example.it"));
            int address = data.addAddress(AddressSpec.of(customers[i], "Cliente" + i, "Prova", "Via Verdi " + i,
                    "00100", "Roma", COUNTRY_IT));
            data.addOrder(order(customers[i], address, "SKIP-" + i));
        }
        assertThat(SyncRunner.syncAndWait(operator, accountId).getString("status")).isEqualTo("COMPLETED");
        data.updateCustomer(customers[0], Map.of("email", "non-una-email"));
        data.updateCustomer(customers[1], Map.of("deleted", "1"));
        data.updateCustomer(customers[2], Map.of("firstname", "Giulia"));

        var job = runToEnd(start(false));

        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(job.getJsonNumber("skipped").longValue()).isEqualTo(2);
        long execution = job.getJsonObject("run").getJsonNumber("executionId").longValue();
        assertThat(Db.strings("SELECT CONCAT(item, ': ', reason) FROM job_problem WHERE execution_id = ? "
                + "ORDER BY item", execution)).containsExactlyInAnyOrder(
                        customers[0] + ": customer e-mail \"non-una-email\" is not valid",
                        customers[1] + ": the platform no longer has this customer");
        assertThat(Db.row("SELECT first_name FROM customer WHERE id = ?", customerOfBinding(customers[2]))
                .get("first_name")).isEqualTo("Giulia");
        assertThat(operator.get("api/v1/jobs/" + execution + "/problems").body()).contains("non-una-email");
    }

    @Test
    void aDryRunListsTheChangesAndWritesNothing() throws Exception {
        var data = shop.data();
        int anna = data.addCustomer(CustomerSpec.registered("Anna", "Neri", unique("anna") + "@example.it"));
        int address = data.addAddress(AddressSpec.of(anna, "Anna", "Neri", "Via Dante 3", "50100", "Firenze",
                COUNTRY_IT));
        data.addOrder(order(anna, address, "DRY-1"));
        assertThat(SyncRunner.syncAndWait(operator, accountId).getString("status")).isEqualTo("COMPLETED");
        long customerId = customerOfBinding(anna);
        var before = Db.row("SELECT * FROM customer WHERE id = ?", customerId);
        int changesBefore = Db.count("SELECT COUNT(*) FROM customer_change");
        data.updateCustomer(anna, Map.of("lastname", "Neri Rossi"));

        var job = runToEnd(start(true));

        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(Db.row("SELECT * FROM customer WHERE id = ?", customerId)).isEqualTo(before);
        assertThat(Db.count("SELECT COUNT(*) FROM customer_change")).isEqualTo(changesBefore);
        long execution = job.getJsonObject("run").getJsonNumber("executionId").longValue();
        var preview = operator.get("api/v1/jobs/" + execution + "/preview").json().asJsonArray();
        assertThat(preview).hasSize(1);
        assertThat(preview.getJsonObject(0).getString("field")).isEqualTo("lastName");
        assertThat(preview.getJsonObject(0).getString("oldValue")).isEqualTo("Neri");
        assertThat(preview.getJsonObject(0).getString("newValue")).isEqualTo("Neri Rossi");
    }

    @Test
    void aRunStoppedHalfwayAndRestartedEndsAsACleanRun() throws Exception {
        shop.generate(8000, 7L, T0.minusDays(5), T0);
        assertThat(SyncRunner.syncAndWait(operator, accountId).getString("status")).isEqualTo("COMPLETED");
        List<Integer> ids = shop.data().ids("customers");
        int bound = Db.count("SELECT COUNT(*) FROM customer_binding WHERE account_id = ?", accountId);
        assertThat(bound).as("enough customers for several chunks").isGreaterThan(1500);
        for (int id : ids) {
            shop.data().updateCustomer(id, Map.of("company", "Ditta " + id));
        }
        int changesBefore = Db.count("SELECT COUNT(*) FROM customer_change");
        shop.faults().delay(Duration.ofMillis(400));

        long first = start(false);
        var concurrent = operator.post("api/v1/customer-syncs/" + accountId, "");
        assertThat(concurrent.status()).as("one run per account").isEqualTo(409);
        assertThat(concurrent.body()).contains("job_running", "in corso");
        JobRunner.awaitDone(operator, first, 500);
        assertThat(operator.post("api/v1/jobs/" + first + "/stop", "").status()).isEqualTo(202);
        var stopped = runToEnd(first);
        assertThat(stopped.getString("batchStatus")).isEqualTo("STOPPED");
        int companiesAfterStop = Db.count("SELECT COUNT(*) FROM customer c JOIN customer_binding b "
                + "ON b.customer_id = c.id WHERE b.account_id = ? AND c.company = CONCAT('Ditta ', b.remote_id)",
                accountId);
        assertThat(companiesAfterStop).as("stopped halfway").isBetween(1, bound - 1);
        assertThat(stopped.getBoolean("restartable")).isTrue();

        shop.faults().reset();
        var restarted = operator.post("api/v1/jobs/" + first + "/restart", "");
        assertThat(restarted.status()).as(restarted.body()).isEqualTo(202);
        long second = restarted.object().getJsonNumber("executionId").longValue();
        var done = runToEnd(second);

        assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(done.getJsonObject("run").getJsonNumber("restartOf").longValue()).isEqualTo(first);
        assertThat(Db.count("SELECT COUNT(*) FROM customer c JOIN customer_binding b ON b.customer_id = c.id "
                + "WHERE b.account_id = ? AND c.company = CONCAT('Ditta ', b.remote_id)", accountId))
                .as("every record updated").isEqualTo(bound);
        assertThat(Db.count("SELECT COUNT(*) FROM customer_change WHERE field = 'company' "
                + "AND source LIKE 'Sincro Clienti%'"))
                .as("one change per record: nothing done twice across the restart").isEqualTo(bound);
        assertThat(Db.count("SELECT COUNT(*) FROM customer_change")).isEqualTo(changesBefore + bound);
        assertThat(done.getJsonObject("run").getJsonNumber("done").longValue()).isEqualTo(bound);
    }

    private long account(boolean updateCustomers) throws Exception {
        return TestAccounts.create(operator, "PrestaShop " + UUID.randomUUID(), "PRESTASHOP", shop.shopUrl(),
                shop.apiKey(), "\"syncOrders\": true, \"updateCustomers\": " + updateCustomers);
    }

    private long start(boolean dryRun) throws Exception {
        return JobRunner.startCustomerSync(operator, accountId, dryRun);
    }

    private JsonObject runToEnd(long execution) throws Exception {
        return JobRunner.runToEnd(operator, execution);
    }

    private long customerOfBinding(int remoteCustomer) throws Exception {
        return ((Number) Db.row("SELECT customer_id FROM customer_binding WHERE account_id = ? AND remote_id = ?",
                accountId, Integer.toString(remoteCustomer)).get("customer_id")).longValue();
    }

    private static OrderSpec order(int customer, int address, String reference) {
        return OrderSpec.of(customer, address).reference(reference).state(STATE_PAYMENT_ACCEPTED)
                .line(OrderLine.of(10, "Caffè in grani 1kg", "CAF-1KG", 1, new BigDecimal("18.30"))).dateAdd(T0)
                .dateUpd(T0);
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}

package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.magento.AddressSpec;
import it.crocevia.testserver.magento.CustomerSpec;
import it.crocevia.testserver.magento.MagentoTestServer;
import it.crocevia.testserver.magento.OrderLine;
import it.crocevia.testserver.magento.OrderSpec;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDateTime;
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
 * "Sincro Ordini" of a Magento 2 store through the project's Magento REST test server: bearer
 * token, searchCriteria paging at most 300 a page, guests and registered customers, configurable
 * products, Italian fiscal fields, faults, Test Connessione and Aggiorna Account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MagentoSyncIT {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 3, 8, 0);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private MagentoTestServer store;
    private Http operator;
    private long accountId;

    @BeforeEach
    void storeAndAccount() throws Exception {
        store = new MagentoTestServer().start();
        operator = Http.as(context.toURI(), "olga", "operator");
        accountId = TestAccounts.create(operator, "Magento " + UUID.randomUUID(), "MAGENTO", store.shopUrl(),
                store.accessToken(), "\"syncOrders\": true, \"updateCustomers\": true");
    }

    @AfterEach
    void stopStore() {
        store.stop();
    }

    @Test
    void importsGuestAndRegisteredOrdersWithTheirFiscalData() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var data = store.data();
        var milano = AddressSpec.of("Sara", "Galli", "Via Torino, 4", "Milano", "20123", "IT").province("MI")
                .company("Galli Srl").vatId("IT01234567890").telephone("021234567");
        int sara = data.addCustomer(CustomerSpec.of("Sara", "Galli", "sara." + tag + "@example.it").address(milano));
        data.addOrder(OrderSpec.forCustomer(sara, "sara." + tag + "@example.it", "Sara", "Galli", milano)
                .incrementId("MG" + tag + "1").customerTaxvat("GLLSRA85C41F205Z")
                .line(OrderLine.simple("TAZZA-01", "Tazza in ceramica", 2, new BigDecimal("9.90")))
                .line(OrderLine.configurable("TSHIRT-M-BLU", "T-shirt", "T-shirt M blu", 1, new BigDecimal("19.00")))
                .createdAt(T0).updatedAt(T0));
        var napoli = AddressSpec.of("Ciro", "Esposito", "Via Toledo, 100", "Napoli", "80134", "IT").province("NA");
        data.addOrder(OrderSpec.guest("ciro." + tag + "@example.it", napoli).incrementId("MG" + tag + "2")
                .line(OrderLine.simple("PIZZA-KIT", "Kit pizza", 1, new BigDecimal("24.50")))
                .createdAt(T0.plusMinutes(5)).updatedAt(T0.plusMinutes(5)));

        var run = syncAndWait();

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.getInt("imported")).isEqualTo(2);
        var registered = Db.row("SELECT * FROM shop_order WHERE account_id = ? AND reference = ?", accountId,
                "MG" + tag + "1");
        assertThat(registered.get("guest")).isEqualTo(false);
        assertThat(registered.get("billing_vat_number")).isEqualTo("IT01234567890");
        assertThat(registered.get("currency")).isEqualTo("EUR");
        assertThat(Db.strings("SELECT DATE_FORMAT(ordered_at, '%Y-%m-%d %H:%i') FROM shop_order WHERE id = ?",
                registered.get("id"))).as("08:00 UTC is 09:00 in the store's Europe/Rome")
                .containsExactly("2026-11-03 09:00");
        assertThat(Db.strings("SELECT sku FROM shop_order_line WHERE order_id = ? ORDER BY line_no",
                registered.get("id"))).as("a configurable product is one line").hasSize(2);
        var sara1 = Db.row("SELECT * FROM customer WHERE id = ?", registered.get("customer_id"));
        assertThat(sara1.get("fiscal_code")).isEqualTo("GLLSRA85C41F205Z");
        assertThat(sara1.get("company")).isEqualTo("Galli Srl");
        assertThat(Db.count("SELECT COUNT(*) FROM customer_binding WHERE account_id = ? AND customer_id = ?", accountId,
                registered.get("customer_id"))).isEqualTo(1);

        var guest = Db.row("SELECT * FROM shop_order WHERE account_id = ? AND reference = ?", accountId,
                "MG" + tag + "2");
        assertThat(guest.get("guest")).isEqualTo(true);
        assertThat(Db.count("SELECT COUNT(*) FROM customer_binding WHERE customer_id = ?", guest.get("customer_id")))
                .isZero();
    }

    @Test
    void aChangedStatusUpdatesTheSameOrderAndAReRunAddsNothing() throws Exception {
        var data = store.data();
        var roma = AddressSpec.of("Luca", "Marini", "Via Nazionale, 10", "Roma", "00184", "IT").province("RM");
        int order = data.addOrder(OrderSpec.guest("luca." + UUID.randomUUID() + "@example.it", roma)
                .line(OrderLine.simple("LIBRO-1", "Libro", 1, new BigDecimal("15.00"))).createdAt(T0).updatedAt(T0));

        assertThat(syncAndWait().getInt("imported")).isEqualTo(1);
        assertThat(syncAndWait().getInt("imported")).isZero();

        data.changeStatus(order, "complete", "complete", data.now());
        var third = syncAndWait();
        assertThat(third.getInt("updated")).isEqualTo(1);
        assertThat(Db.count("SELECT COUNT(*) FROM shop_order WHERE account_id = ?", accountId)).isEqualTo(1);
        assertThat(Db.row("SELECT state_code FROM shop_order WHERE account_id = ?", accountId).get("state_code"))
                .isEqualTo("complete");
    }

    @Test
    void malformedOrdersAreReportedAndSkipped() throws Exception {
        var data = store.data();
        var torino = AddressSpec.of("Marta", "Ferri", "Corso Francia, 2", "Torino", "10143", "IT").province("TO");
        data.addOrder(OrderSpec.guest("marta." + UUID.randomUUID() + "@example.it", torino)
                .line(OrderLine.simple("A", "Articolo A", 1, new BigDecimal("5.00"))).createdAt(T0).updatedAt(T0));
        int noEmail = data.addOrder(OrderSpec.guest("x@example.it", torino)
                .line(OrderLine.simple("B", "Articolo B", 1, new BigDecimal("5.00")))
                .createdAt(T0.plusSeconds(1)).updatedAt(T0.plusSeconds(1)));
        data.setOrderField(noEmail, "customer_email", "");

        var run = syncAndWait();

        assertThat(run.getInt("imported")).isEqualTo(1);
        assertThat(run.getInt("skipped")).isEqualTo(1);
        var problem = run.getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getString("remoteId")).isEqualTo(Integer.toString(noEmail));
        assertThat(problem.getString("reason")).contains("no customer e-mail");
    }

    @Test
    void faultsLoseNothingAcrossPagesOfAtMost300() throws Exception {
        store.generate(1000, 5L, T0, T0.plusDays(1));
        store.faults().seed(3L).errorRate(0.10, 500, 503).tooManyRequestsRate(0.05, 1);

        var run = syncAndWait();

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        int imported = run.getInt("imported");
        assertThat(imported + run.getInt("skipped")).isEqualTo(1000);
        assertThat(Db.count("SELECT COUNT(DISTINCT remote_id) FROM shop_order WHERE account_id = ?", accountId))
                .isEqualTo(imported);
        assertThat(store.requests().recentUris()).allSatisfy(uri -> assertThat(uri.getRawQuery() == null
                || !uri.getRawQuery().contains("pageSize%5D=500")).isTrue());
    }

    @Test
    void testConnessioneAndAggiornaAccount() throws Exception {
        assertThat(operator.post("api/v1/connection-tests/" + accountId, "").object().getString("outcome"))
                .isEqualTo("OK");
        var counts = operator.post("api/v1/structure-refreshes/" + accountId, "");
        assertThat(counts.status()).as(counts.body()).isEqualTo(200);
        assertThat(counts.object().getInt("STORE")).isPositive();
        assertThat(counts.object().getInt("CURRENCY")).isPositive();
        assertThat(Db.strings("SELECT code FROM account_structure WHERE account_id = ? AND kind = 'STORE'", accountId))
                .contains("default");

        store.removeToken(store.accessToken());
        assertThat(operator.post("api/v1/connection-tests/" + accountId, "").object().getString("outcome"))
                .isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void sincroClientiReReadsTheRegisteredCustomersFromMagento() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var data = store.data();
        var roma = AddressSpec.of("Marco", "Ferri", "Via Appia, 9", "Roma", "00179", "IT").province("RM")
                .telephone("06123456");
        String email = "marco." + tag + "@example.it";
        int marco = data.addCustomer(CustomerSpec.of("Marco", "Ferri", email).address(roma));
        data.addOrder(OrderSpec.forCustomer(marco, email, "Marco", "Ferri", roma).incrementId("MGC" + tag)
                .line(OrderLine.simple("TAZZA-01", "Tazza in ceramica", 1, new BigDecimal("9.90")))
                .createdAt(T0).updatedAt(T0));
        String gone = "gone." + tag + "@example.it";
        int leaving = data.addCustomer(CustomerSpec.of("Lia", "Sala", gone).address(roma));
        data.addOrder(OrderSpec.forCustomer(leaving, gone, "Lia", "Sala", roma).incrementId("MGD" + tag)
                .line(OrderLine.simple("TAZZA-01", "Tazza in ceramica", 1, new BigDecimal("9.90")))
                .createdAt(T0.plusMinutes(1)).updatedAt(T0.plusMinutes(1)));
        assertThat(syncAndWait().getString("status")).isEqualTo("COMPLETED");
        data.updateCustomer(marco, Map.of("taxvat", "FRRMRC80A01H501U", "lastname", "Ferri Neri"));
        data.updateBillingAddress(marco, Map.of("company", "Ferri Snc", "vat_id", "IT11122233344"));
        data.deleteCustomer(leaving);

        var job = JobRunner.runToEnd(operator, JobRunner.startCustomerSync(operator, accountId, false));

        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
        var customer = Db.row("SELECT c.* FROM customer c JOIN customer_binding b ON b.customer_id = c.id "
                + "WHERE b.account_id = ? AND b.remote_id = ?", accountId, Integer.toString(marco));
        assertThat(customer.get("last_name")).isEqualTo("Ferri Neri");
        assertThat(customer.get("fiscal_code")).isEqualTo("FRRMRC80A01H501U");
        assertThat(customer.get("company")).isEqualTo("Ferri Snc");
        assertThat(customer.get("vat_number")).isEqualTo("IT11122233344");
        assertThat(job.getJsonNumber("skipped").longValue()).isEqualTo(1);
        assertThat(operator.get("api/v1/jobs/" + job.getJsonObject("run").getJsonNumber("executionId")
                + "/problems").body()).contains(Integer.toString(leaving), "no longer has");
    }

    private JsonObject syncAndWait() throws Exception {
        return SyncRunner.syncAndWait(operator, accountId);
    }
}

package it.crocevia.it;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.COUNTRY_IT;
import static it.crocevia.testserver.prestashop.PrestaShopDefaults.STATE_PAYMENT_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.prestashop.AddressSpec;
import it.crocevia.testserver.prestashop.CustomerSpec;
import it.crocevia.testserver.prestashop.OrderLine;
import it.crocevia.testserver.prestashop.OrderSpec;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.BooleanSupplier;
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
 * Gestisci Integrazioni and the delivery worker in WildFly against MariaDB, with the project's
 * ActiveCampaign, Clerk.io, Telegram and WhatsApp test servers: ActiveCampaign's account name from
 * its URL, one ActiveCampaign account at most, Test Connessione ok and refused, a module off that
 * blocks and stops sending and resumes when on, orders that stay one order in ActiveCampaign when
 * sent again, a burst of 1,000 orders that never goes over 5 requests a second, a failed delivery
 * listed with its reason and retried, WhatsApp order notices through an approved template.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketingIT {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private URI base;
    private Http admin;
    private Http operator;
    private String tag;
    private PrestaShopTestServer shop;
    private long shopAccount;

    @BeforeEach
    void setUp() throws Exception {
        base = context.toURI();
        admin = Http.as(base, "ada", "admin");
        operator = Http.as(base, "olga", "operator");
        tag = UUID.randomUUID().toString().substring(0, 8);
        shop = new PrestaShopTestServer().start();
        shopAccount = TestAccounts.create(operator, "Negozio " + tag, "PRESTASHOP", shop.shopUrl(), shop.apiKey(),
                "\"syncOrders\": true");
        removeIntegrations(admin); // each test counts only its own deliveries
    }

    @AfterEach
    void cleanUp() throws Exception {
        shop.stop();
        removeIntegrations(admin);
    }

    /** Integrations cover every shop account unless told otherwise: none outlives its test. */
    static void removeIntegrations(Http admin) throws Exception {
        for (var a : admin.get("api/v1/marketing-accounts").json().asJsonArray().getValuesAs(JsonObject.class)) {
            assertThat(admin.delete("api/v1/marketing-accounts/" + a.getJsonNumber("id").longValue()).status())
                    .isEqualTo(204);
        }
    }

    @Test
    void activeCampaignAccountsFollowTheManual() throws Exception {
        module("ACTIVECAMPAIGN", true);
        module("CLERK", false);
        String key = "key-" + tag;
        TestServices.activeCampaign().addAccount("negozio" + tag, key);

        var created = operator.post("api/v1/marketing-accounts", settings("ActiveCampaign", "ACTIVECAMPAIGN",
                "https://negozio" + tag + ".api-us1.com/", key, null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var account = created.object();
        assertThat(account.getString("accountName")).as("the name, not the pasted URL").isEqualTo("negozio" + tag);
        assertThat(created.body()).doesNotContain(key);
        long id = account.getJsonNumber("id").longValue();
        assertThat((String) Db.row("SELECT secret_enc FROM marketing_account WHERE id = ?", id).get("secret_enc"))
                .doesNotContain(key);

        var test = operator.post("api/v1/marketing-accounts/" + id + "/connection-test", "").object();
        assertThat(test.getBoolean("ok")).as(test.toString()).isTrue();

        var second = operator.post("api/v1/marketing-accounts", settings("Un altro", "ACTIVECAMPAIGN", "altro", "x", null));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body()).contains("Esiste già un account ActiveCampaign");

        var wrongKey = operator.put("api/v1/marketing-accounts/" + id, Json.createObjectBuilder(
                Json.createReader(new StringReader(settings("ActiveCampaign", "ACTIVECAMPAIGN", "negozio" + tag,
                        "chiave-sbagliata", null))).readObject()).add("version", account.getJsonNumber("version"))
                .build().toString());
        assertThat(wrongKey.status()).as(wrongKey.body()).isEqualTo(200);
        var refused = operator.post("api/v1/marketing-accounts/" + id + "/connection-test", "").object();
        assertThat(refused.getString("outcome")).isEqualTo("BAD_CREDENTIALS");

        var clerk = operator.post("api/v1/marketing-accounts", settings("Clerk", "CLERK", "pub", "priv", null));
        assertThat(clerk.status()).isEqualTo(400);
        assertThat(clerk.body()).contains("Il modulo Clerk.io non è attivo");
        assertThat(Http.as(base, "vera", "viewer").post("api/v1/marketing-accounts",
                settings("V", "TELEGRAM", "-100", "t", null)).status()).isEqualTo(403);
        assertThat(operator.put("api/v1/modules/CLERK", "{\"enabled\": true}").status()).as("admins only")
                .isEqualTo(403);
    }

    @Test
    void ordersStayOneOrderInActiveCampaignWhenSentAgain() throws Exception {
        module("ACTIVECAMPAIGN", true);
        String key = "key-" + tag;
        var ac = TestServices.activeCampaign().addAccount("ordini" + tag, key);
        long id = createAccount(settings("AC ordini", "ACTIVECAMPAIGN", "ordini" + tag, key, options()));
        shop.generate(3, 5L, T0, T0.plusHours(1));

        assertThat(SyncRunner.syncAndWait(operator, shopAccount).getString("status")).isEqualTo("COMPLETED");
        await(() -> done(id) == 3, Duration.ofSeconds(60), "three orders delivered");
        assertThat(ac.orders()).hasSize(3);
        var first = ac.orders().get(0);
        long orderId = Long.parseLong(first.getString("externalid").substring("crocevia-".length()));
        var total = (BigDecimal) Db.row("SELECT total_paid FROM shop_order WHERE id = ?", orderId).get("total_paid");
        assertThat(Long.parseLong(first.get("totalPrice").toString().replace("\"", "")))
                .as("amounts in cents").isEqualTo(total.movePointRight(2).longValue());
        assertThat(ac.customers()).isNotEmpty();
        assertThat(ac.contacts()).isNotEmpty();

        // Sent again without knowing ActiveCampaign's ids: looked up by external id, updated, not doubled.
        Db.execute("DELETE FROM marketing_remote_id WHERE account_id = " + id + " AND kind = 'ORDER'");
        Db.execute("UPDATE marketing_delivery SET status = 'PENDING', next_attempt_at = UTC_TIMESTAMP(6) "
                + "WHERE account_id = " + id);
        await(() -> done(id) == 3, Duration.ofSeconds(60), "sent again");
        assertThat(ac.orders()).as("still one order each").hasSize(3);
        assertThat(SyncRunner.syncAndWait(operator, shopAccount).getInt("imported")).isZero();
        assertThat(Db.count("SELECT COUNT(*) FROM marketing_delivery WHERE account_id = ?", id))
                .as("a re-run without changes queues nothing").isEqualTo(3);
    }

    @Test
    void aBurstOfAThousandOrdersNeverGoesOverFiveRequestsASecond() throws Exception {
        module("ACTIVECAMPAIGN", true);
        String key = "key-" + tag;
        var ac = TestServices.activeCampaign().addAccount("burst" + tag, key);
        long id = createAccount(settings("AC burst", "ACTIVECAMPAIGN", "burst" + tag, key, options()));
        shop.generate(1000, 9L, T0, T0.plusDays(1));

        long started = System.nanoTime();
        var run = SyncRunner.syncAndWait(operator, shopAccount);
        int imported = run.getInt("imported");
        assertThat(imported).isGreaterThan(900);
        assertThat(Db.count("SELECT COUNT(*) FROM marketing_delivery WHERE account_id = ?", id))
                .as("queued with the import, delivered after it").isEqualTo(imported);
        Duration importTook = Duration.ofNanos(System.nanoTime() - started);

        await(() -> ac.orders().size() >= 5, Duration.ofSeconds(60), "deliveries under way");
        Thread.sleep(10_000);
        assertThat(ac.maxRequestsPerSecond()).as("ActiveCampaign's limit").isLessThanOrEqualTo(5);
        assertThat(ac.tooManyRequestsCount()).isZero();
        assertThat(importTook).as("the import does not wait for ActiveCampaign").isLessThan(Duration.ofSeconds(90));
        operator.put("api/v1/marketing-accounts/" + id + "/active", "{\"active\": false}");
    }

    @Test
    void aModuleSwitchedOffStopsSendingAndSwitchedOnResumes() throws Exception {
        module("TELEGRAM", true);
        var telegram = TestServices.telegram();
        long chat = -1_000_000_000L - Math.abs(tag.hashCode() % 1_000_000);
        telegram.addGroup(chat, "Ordini " + tag);
        String options = "{\"shopAccounts\": [" + shopAccount + "], \"events\": [\"NEW_ORDER\", \"SYNC_FAILED\"]}";
        long id = createAccount(settings("Telegram ordini", "TELEGRAM", Long.toString(chat), telegram.token(), options));
        var test = operator.post("api/v1/marketing-accounts/" + id + "/connection-test", "").object();
        assertThat(test.getBoolean("ok")).as(test.toString()).isTrue();

        shop.generate(2, 3L, T0, T0.plusHours(1));
        SyncRunner.syncAndWait(operator, shopAccount);
        await(() -> telegram.messagesTo(chat).size() == 2, Duration.ofSeconds(30), "two messages");
        assertThat(telegram.messagesTo(chat).get(0).text()).startsWith("🛒 Nuovo ordine");

        module("TELEGRAM", false);
        shop.generate(2, 4L, T0.plusHours(2), T0.plusHours(3));
        SyncRunner.syncAndWait(operator, shopAccount);
        Thread.sleep(5_000);
        assertThat(telegram.messagesTo(chat)).as("module off: nothing goes out").hasSize(2);
        assertThat(Db.count("SELECT COUNT(*) FROM marketing_delivery WHERE account_id = ? AND status = 'PENDING'", id))
                .as("what came meanwhile waits").isEqualTo(2);
        var refused = operator.post("api/v1/marketing-accounts", settings("Altro", "TELEGRAM", "-1", "t", null));
        assertThat(refused.body()).contains("non è attivo");

        module("TELEGRAM", true);
        await(() -> telegram.messagesTo(chat).size() == 4, Duration.ofSeconds(30), "resumed");
        assertThat(telegram.tooManyRequestsCount()).isZero();
    }

    @Test
    void aFailedDeliveryIsListedWithItsReasonAndRetried() throws Exception {
        module("CLERK", true);
        var clerk = TestServices.clerk();
        var store = clerk.addStore("negozio " + tag, "pub-" + tag, "priv-" + tag);
        long id = createAccount(settings("Clerk", "CLERK", "pub-" + tag, "chiave-sbagliata", options()));
        shop.generate(1, 6L, T0, T0.plusHours(1));
        SyncRunner.syncAndWait(operator, shopAccount);

        await(() -> failedOf(id) != null, Duration.ofSeconds(30), "listed as failed");
        var failed = failedOf(id);
        assertThat(failed.getString("lastError")).contains("Clerk").contains("HTTP 4");
        assertThat(store.orders()).isEmpty();

        var account = operator.get("api/v1/marketing-accounts/" + id).object();
        var fixed = operator.put("api/v1/marketing-accounts/" + id, Json.createObjectBuilder().add("description", "Clerk")
                .add("accountName", "pub-" + tag).add("secret", "priv-" + tag)
                .add("version", account.getJsonNumber("version")).build().toString());
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(operator.post("api/v1/marketing-deliveries/" + failed.getJsonNumber("id") + "/retry", "").status())
                .isEqualTo(204);
        await(() -> done(id) == 1, Duration.ofSeconds(30), "delivered after the retry");
        assertThat(store.orders()).hasSize(1);
        assertThat(failedOf(id)).isNull();
    }

    @Test
    void aFullResendRunsAsAJobAndLeavesOneRecordPerOrder() throws Exception {
        module("CLERK", true);
        var store = TestServices.clerk().addStore("resend " + tag, "pub-r" + tag, "priv-r" + tag);
        long id = createAccount(settings("Clerk resend", "CLERK", "pub-r" + tag, "priv-r" + tag, options()));
        shop.generate(3, 8L, T0, T0.plusHours(1));
        SyncRunner.syncAndWait(operator, shopAccount);
        await(() -> done(id) == 3, Duration.ofSeconds(30), "first delivery");

        var started = operator.post("api/v1/marketing-accounts/" + id + "/resend", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long execution = started.object().getJsonNumber("executionId").longValue();
        await(() -> jobStatus(execution).equals("COMPLETED"), Duration.ofSeconds(60), "the resend job");
        assertThat(Db.count("SELECT COUNT(*) FROM marketing_delivery WHERE account_id = ? AND event_key LIKE 'resend%'",
                id)).isEqualTo(3);
        await(() -> done(id) == 6, Duration.ofSeconds(30), "sent again");
        assertThat(store.orders()).as("upserts: still one record per order").hasSize(3);
        assertThat(Db.row("SELECT job_name, account_id, total FROM job_run WHERE execution_id = ?", execution))
                .containsEntry("job_name", "marketing-resend").containsEntry("total", 3L);

        module("TELEGRAM", true);
        long telegram = createAccount(settings("Telegram", "TELEGRAM", "-1001", "t", null));
        var refused = operator.post("api/v1/marketing-accounts/" + telegram + "/resend", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("non c'è nulla da reinviare");
    }

    private String jobStatus(long execution) {
        try {
            return operator.get("api/v1/jobs/" + execution).object().getString("batchStatus");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void customersWithAMobileNumberGetTheOrderNoticeOnWhatsApp() throws Exception {
        module("WHATSAPP", true);
        var whatsApp = TestServices.whatsApp();
        whatsApp.addTemplate("ordine_ricevuto_" + tag, "it", 3);
        String options = "{\"shopAccounts\": [" + shopAccount + "], \"template\": \"ordine_ricevuto_" + tag
                + "\", \"templateLanguage\": \"it\"}";
        long id = createAccount(settings("WhatsApp", "WHATSAPP", whatsApp.phoneNumberId(), whatsApp.accessToken(),
                options));
        var data = shop.data();
        int customer = data.addCustomer(CustomerSpec.registered("Lucia", "Fontana", "lucia." + tag + "@example.it"));
        int mobile = data.addAddress(AddressSpec.of(customer, "Lucia", "Fontana", "Via Verdi 3", "20121", "Milano",
                COUNTRY_IT).phone("333 1234567"));
        int landline = data.addAddress(AddressSpec.of(customer, "Lucia", "Fontana", "Via Verdi 3", "20121", "Milano",
                COUNTRY_IT).phone("02 1234567"));
        data.addOrder(order(customer, mobile, "WA-" + tag, T0));
        data.addOrder(order(customer, landline, "FISSO-" + tag, T0.plusMinutes(1)));
        SyncRunner.syncAndWait(operator, shopAccount);

        await(() -> !whatsApp.messagesTo("393331234567").isEmpty(), Duration.ofSeconds(30), "the notice");
        assertThat(whatsApp.messagesTo("393331234567")).hasSize(1);
        assertThat(Db.count("SELECT COUNT(*) FROM marketing_delivery WHERE account_id = ?", id))
                .as("a landline gets no WhatsApp notice").isEqualTo(1);
    }

    private static OrderSpec order(int customer, int address, String reference, LocalDateTime at) {
        return OrderSpec.of(customer, address).reference(reference).state(STATE_PAYMENT_ACCEPTED)
                .line(OrderLine.of(20, "Pasta di Gragnano 500g", "PASTA-500", 3, new BigDecimal("2.40")))
                .dateAdd(at).dateUpd(at);
    }

    private void module(String platform, boolean on) throws Exception {
        var reply = admin.put("api/v1/modules/" + platform, "{\"enabled\": " + on + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private long createAccount(String json) throws Exception {
        var created = operator.post("api/v1/marketing-accounts", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object().getJsonNumber("id").longValue();
    }

    private String options() {
        return "{\"shopAccounts\": [" + shopAccount + "], \"orders\": true, \"customers\": true}";
    }

    private static String settings(String description, String platform, String name, String secret, String options) {
        var body = Json.createObjectBuilder().add("description", description).add("platform", platform)
                .add("accountName", name).add("secret", secret);
        if (options != null) {
            body.add("options", Json.createReader(new StringReader(options)).readObject());
        }
        return body.build().toString();
    }

    private static int done(long accountId) {
        try {
            return Db.count("SELECT COUNT(*) FROM marketing_delivery WHERE account_id = ? AND status = 'DONE'",
                    accountId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject failedOf(long accountId) {
        try {
            return operator.get("api/v1/marketing-deliveries/failed").json().asJsonArray()
                    .getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getJsonNumber("accountId").longValue() == accountId).findFirst().orElse(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(250);
        }
    }
}

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ERP's API (SPEC §6) over HTTP with the ERP's own key, with what reached MariaDB checked in
 * SQL: full vs delta syncs, malformed items reported with their position while the rest is
 * stored, customers with change history, the pull/acknowledge cursor, and the order sync that
 * runs after every ERP sync.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErpApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private Http admin;
    private Http erp;
    private String tag;

    @BeforeEach
    void credential() throws Exception {
        admin = Http.as(context.toURI(), "ada", "admin");
        var created = admin.post("api/v1/erp-credentials", "{\"name\": \"Gestionale di prova\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        erp = Http.erp(context.toURI(), created.object().getString("key"));
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void onlyTheErpsOwnValidKeySignsIn() throws Exception {
        var created = admin.post("api/v1/erp-credentials", "{\"name\": \"Da revocare\"}").object();
        String key = created.getString("key");
        long id = created.getJsonObject("credential").getJsonNumber("id").longValue();
        assertThat(Http.erp(context.toURI(), key).get("api/erp/v1/orders").status()).isEqualTo(200);
        assertThat(admin.get("api/v1/erp-credentials").body()).contains(key.substring(0, 10)).doesNotContain(key);
        assertThat(Db.strings("SELECT key_hash FROM erp_credential WHERE id = ?", id)).singleElement()
                .asString().isNotEqualTo(key).matches("[0-9a-f]{64}");

        assertThat(admin.delete("api/v1/erp-credentials/" + id).status()).isEqualTo(204);

        var revoked = Http.erp(context.toURI(), key).get("api/erp/v1/orders");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body()).contains("X-Crocevia-Erp-Key");
        assertThat(Http.erp(context.toURI(), "crv_wrong").get("api/erp/v1/orders").status()).isEqualTo(401);
        assertThat(Http.anonymous(context.toURI()).get("api/erp/v1/orders").status()).isEqualTo(401);
        assertThat(Http.as(context.toURI(), "olga", "operator").post("api/v1/erp-credentials", "{\"name\": \"x\"}")
                .status()).as("only administrators create keys").isEqualTo(403);
    }

    @Test
    void aFullSyncMarksGoneWhatItDidNotPushAndADeltaTouchesOnlyWhatItPushes() throws Exception {
        long first = open("FULL");
        var report = push(first, "articles", """
                [{"code": "%1$s-1", "descriptionIt": "Caffè in grani", "descriptionEn": "Coffee beans",
                  "prices": {"LISTINO1": 18.3, "INGROSSO": "15,50"}, "vatRate": 22, "gtin": "8001234567890",
                  "brand": "Torrefazione", "categories": ["Caffè", "Grani"], "images": ["https://img.example.it/1.jpg"],
                  "weightKg": 1},
                 {"code": "%1$s-2", "descriptionIt": "Moka"},
                 {"code": "%1$s-3", "descriptionIt": "Tazzine", "categories": ["Tazze %1$s"], "flags": ["web"]}]"""
                .formatted(tag));
        assertThat(report.getInt("stored")).isEqualTo(3);
        assertThat(push(first, "stock", """
                [{"articleCode": "%1$s-1", "warehouse": "MAG1", "quantity": 12},
                 {"articleCode": "%1$s-2", "warehouse": "MAG1", "quantity": 0}]""".formatted(tag)).getInt("stored"))
                .isEqualTo(2);
        assertThat(terms("CATEGORY")).as("offered in Articoli as soon as pushed").contains("Caffè", "Grani",
                "Tazze " + tag);
        assertThat(complete(first).getString("status")).isEqualTo("COMPLETED");

        var coffee = Db.row("SELECT * FROM article WHERE code = ?", tag + "-1");
        assertThat(coffee.get("description_en")).isEqualTo("Coffee beans");
        assertThat(coffee.get("gtin")).isEqualTo("8001234567890");
        assertThat(coffee.get("categories")).isEqualTo("[\"Caffè\",\"Grani\"]");
        assertThat(Db.strings("SELECT CONCAT(price_list, '=', price) FROM article_price WHERE article_id = ? "
                + "ORDER BY price_list", coffee.get("id"))).containsExactly("INGROSSO=15.5000", "LISTINO1=18.3000");

        long second = open("FULL");
        push(second, "articles", "[{\"code\": \"%1$s-1\", \"descriptionIt\": \"Caffè in grani 1kg\"}, {\"code\": \"%1$s-2\"}]"
                .formatted(tag));
        var completed = complete(second);
        assertThat(completed.getInt("gone")).isGreaterThanOrEqualTo(1);
        assertThat(Db.strings("SELECT CONCAT(code, ':', gone) FROM article WHERE code LIKE ? ORDER BY code",
                tag + "-%")).containsExactly(tag + "-1:0", tag + "-2:0", tag + "-3:1");
        assertThat(Db.strings("SELECT CONCAT(article_code, ':', gone) FROM article_stock WHERE article_code LIKE ? "
                + "ORDER BY article_code", tag + "-%")).as("stock was not pushed in this sync: untouched")
                .containsExactly(tag + "-1:0", tag + "-2:0");
        assertThat(terms("CATEGORY")).as("no live article is in it any more").doesNotContain("Tazze " + tag)
                .doesNotContain("Grani");

        long delta = open("DELTA");
        push(delta, "articles", "[{\"code\": \"%1$s-4\", \"descriptionIt\": \"Zucchero\", \"flags\": [\"promo %1$s\"]}]"
                .formatted(tag));
        assertThat(terms("FLAG")).contains("promo " + tag);
        assertThat(complete(delta).getInt("gone")).isZero();
        assertThat(Db.strings("SELECT CONCAT(code, ':', gone) FROM article WHERE code LIKE ? ORDER BY code",
                tag + "-%")).containsExactly(tag + "-1:0", tag + "-2:0", tag + "-3:1", tag + "-4:0");
        assertThat(Db.strings("SELECT description_it FROM article WHERE code = ?", tag + "-1"))
                .containsExactly("Caffè in grani 1kg");
    }

    @Test
    void malformedItemsAreReportedWithTheirPositionAndTheRestIsStored() throws Exception {
        long sync = open("DELTA");
        var report = push(sync, "articles", """
                [{"code": "%1$s-A"}, {"code": ""}, "not an object", {"code": "%1$s-G", "gtin": "abc"},
                 {"code": "%1$s-P", "prices": {"LISTINO1": -1}}, {"code": "%1$s-B", "vatRate": "22"}]"""
                .formatted(tag));
        assertThat(report.getInt("received")).isEqualTo(6);
        assertThat(report.getInt("stored")).isEqualTo(2);
        assertThat(report.getInt("rejected")).isEqualTo(4);
        assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("position") + ":" + p.getString("reason"))).containsExactly(
                        "1:code is required", "2:not a JSON object",
                        "3:gtin \"abc\" is not an EAN/GTIN (8, 12, 13 or 14 digits)",
                        "4:price of list \"LISTINO1\" must be a number ≥ 0");
        assertThat(Db.count("SELECT COUNT(*) FROM erp_sync_problem WHERE sync_id = ?", sync)).isEqualTo(4);
        assertThat(Db.strings("SELECT code FROM article WHERE code LIKE ? ORDER BY code", tag + "-%"))
                .containsExactly(tag + "-A", tag + "-B");

        var truncated = push(sync, "articles", "[{\"code\": \"%1$s-C\"}, {\"code\": \"%1$s-D\", \"descr".formatted(tag));
        assertThat(truncated.getString("error")).startsWith("malformed JSON at line 1");
        assertThat(Db.strings("SELECT code FROM article WHERE code = ?", tag + "-C")).as("what came before is stored")
                .hasSize(1);
        assertThat(erp.post("api/erp/v1/syncs/" + sync + "/stock", "{\"articleCode\": \"X\"}").status())
                .as("not an array").isEqualTo(400);
    }

    @Test
    void pushedCustomersKeepTheirErpCodeAndChangeHistory() throws Exception {
        long first = open("FULL");
        push(first, "customers", """
                [{"code": "C%1$s1", "email": "bianchi.%1$s@example.it", "firstName": "Anna", "lastName": "Bianchi",
                  "vatNumber": "IT01234567890"},
                 {"code": "C%1$s2", "email": "verdi.%1$s@example.it", "firstName": "Luca", "lastName": "Verdi"},
                 {"code": "C%1$s3", "email": "senza-chiocciola"}]""".formatted(tag));
        complete(first);
        long anna = ((Number) Db.row("SELECT id FROM customer WHERE erp_code = ?", "C" + tag + "1").get("id"))
                .longValue();

        long second = open("FULL");
        push(second, "customers", "[{\"code\": \"C%1$s1\", \"email\": \"bianchi.%1$s@example.it\", \"firstName\": "
                .formatted(tag) + "\"Anna\", \"lastName\": \"Bianchi Rossi\"}]");
        complete(second);

        assertThat(Db.row("SELECT last_name, vat_number, erp_gone FROM customer WHERE id = ?", anna))
                .containsEntry("last_name", "Bianchi Rossi").containsEntry("vat_number", "IT01234567890")
                .containsEntry("erp_gone", false);
        assertThat(Db.strings("SELECT CONCAT(field, ':', old_value, '>', new_value, ' (', source, ')') "
                + "FROM customer_change WHERE customer_id = ?", anna))
                .containsExactly("lastName:Bianchi>Bianchi Rossi (gestionale (ERP))");
        assertThat(Db.strings("SELECT erp_gone FROM customer WHERE erp_code = ?", "C" + tag + "2"))
                .containsExactly("1");
        assertThat(Db.count("SELECT COUNT(*) FROM customer WHERE erp_code = ?", "C" + tag + "3")).isZero();
    }

    @Test
    void theErpPullsOrdersUntilItAcknowledgesTheVersionItSaw() throws Exception {
        var shop = new PrestaShopTestServer().start();
        try {
            var data = shop.data();
            int c = data.addCustomer(CustomerSpec.registered("Rita", "Galli", "rita." + tag + "@example.it"));
            int a = data.addAddress(AddressSpec.of(c, "Rita", "Galli", "Via Emilia 5", "40100", "Bologna",
                    COUNTRY_IT));
            var at = LocalDateTime.of(2026, 11, 5, 10, 0);
            int[] orders = new int[2];
            for (int i = 0; i < 2; i++) {
                orders[i] = data.addOrder(OrderSpec.of(c, a).reference("ERP" + tag + i).state(STATE_PAYMENT_ACCEPTED)
                        .line(OrderLine.of(5, "Piadina", "PIA-1", 2, new BigDecimal("3.50"))).dateAdd(at.plusMinutes(i))
                        .dateUpd(at.plusMinutes(i)));
            }
            var operator = Http.as(context.toURI(), "olga", "operator");
            long accountId = TestAccounts.create(operator, "Bologna " + tag, "PRESTASHOP", shop.shopUrl(),
                    shop.apiKey(), "\"syncOrders\": true");

            long sync = open("DELTA");
            complete(sync);
            var run = awaitErpTriggeredRun(accountId);
            assertThat(run.get("imported")).as("the order sync ran after the ERP sync").isEqualTo(2);

            var pulled = pullOurs("ERP" + tag);
            assertThat(pulled).hasSize(2);
            var firstOrder = pulled.get(0);
            assertThat(firstOrder.getJsonObject("order").getJsonArray("lines")).hasSize(1);
            long firstId = firstOrder.getJsonObject("order").getJsonNumber("id").longValue();
            var ack = erp.post("api/erp/v1/orders/ack", "{\"items\": [{\"id\": %d, \"version\": %d}]}".formatted(
                    firstId, firstOrder.getJsonNumber("version").longValue()));
            assertThat(ack.object().getInt("acknowledged")).isEqualTo(1);
            assertThat(pullOurs("ERP" + tag)).extracting(o -> o.getJsonObject("order").getString("reference"))
                    .containsExactly("ERP" + tag + "1");

            data.changeOrderState(orders[0], STATE_SHIPPED, at.plusHours(3));
            assertThat(SyncRunner.syncAndWait(operator, accountId).getString("status")).isEqualTo("COMPLETED");
            assertThat(pullOurs("ERP" + tag)).as("changed after the acknowledgement: pulled again")
                    .extracting(o -> o.getJsonObject("order").getString("reference"))
                    .containsExactly("ERP" + tag + "0", "ERP" + tag + "1");
        } finally {
            shop.stop();
        }
    }

    @Test
    void anErpSyncLeavesOutTheOrderSyncOfAShopFoundUnreachableMinutesAgo() throws Exception {
        var operator = Http.as(context.toURI(), "olga", "operator");
        var gone = new PrestaShopTestServer().start();
        String goneUrl = gone.shopUrl();
        gone.stop();
        long down = TestAccounts.create(operator, "Chiuso " + tag, "PRESTASHOP", goneUrl, gone.apiKey(),
                "\"syncOrders\": true");
        var failed = SyncRunner.syncAndWait(operator, down);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("message")).startsWith("UNREACHABLE");

        var shop = new PrestaShopTestServer().start();
        try {
            long up = TestAccounts.create(operator, "Aperto " + tag, "PRESTASHOP", shop.shopUrl(), shop.apiKey(),
                    "\"syncOrders\": true");
            complete(open("DELTA"));
            assertThat(awaitErpTriggeredRun(up).get("status")).as("the shop that answers syncs after the ERP sync")
                    .isEqualTo("COMPLETED");
            assertThat(Db.count("SELECT COUNT(*) FROM sync_run WHERE account_id = ? AND trigger_source = 'ERP'", down))
                    .as("the shop unreachable a moment ago is left out").isZero();
        } finally {
            shop.stop();
        }
    }

    /** Every page of unacknowledged orders, keeping those of this test. */
    private java.util.List<JsonObject> pullOurs(String referencePrefix) throws Exception {
        var ours = new java.util.ArrayList<JsonObject>();
        long after = 0;
        while (true) {
            var page = erp.get("api/erp/v1/orders?after=" + after + "&limit=100").object();
            page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getJsonObject("order").getString("reference").startsWith(referencePrefix))
                    .forEach(ours::add);
            if (!page.containsKey("next") || page.isNull("next")) {
                return ours;
            }
            after = page.getJsonNumber("next").longValue();
        }
    }

    /** Other tests' accounts (their shops stopped) sync too, retrying first: allow for them. */
    private java.util.Map<String, Object> awaitErpTriggeredRun(long accountId) throws Exception {
        var deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (Db.count("SELECT COUNT(*) FROM sync_run WHERE account_id = ? AND trigger_source = 'ERP' "
                    + "AND status <> 'RUNNING'", accountId) > 0) {
                return Db.row("SELECT * FROM sync_run WHERE account_id = ? AND trigger_source = 'ERP'", accountId);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no order sync after the ERP sync");
    }

    private long open(String mode) throws Exception {
        var opened = erp.post("api/erp/v1/syncs", "{\"mode\": \"" + mode + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.object().getJsonNumber("id").longValue();
    }

    private JsonObject push(long sync, String kind, String json) throws Exception {
        var reply = erp.post("api/erp/v1/syncs/" + sync + "/" + kind, json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private JsonObject complete(long sync) throws Exception {
        var reply = erp.post("api/erp/v1/syncs/" + sync + "/complete", "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    /** The ERP categories or flags Articoli offers. */
    private static List<String> terms(String kind) throws Exception {
        return Db.strings("SELECT term FROM article_term WHERE kind = ? ORDER BY term", kind);
    }
}

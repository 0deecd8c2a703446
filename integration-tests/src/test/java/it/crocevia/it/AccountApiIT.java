package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
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
 * The REST API from outside, with real bearer tokens of the test OIDC provider: status codes,
 * role refusals, error bodies, and what reached MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {

    private static final String KEY = "ZYXWVUTSRQPONMLKJIHGFEDCBA987654";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private URI base;

    @BeforeEach
    void base() throws Exception {
        base = context.toURI();
    }

    private static String prestashop(String description) {
        return """
                {"description": "%s", "platform": "PRESTASHOP", "shopUrl": "https://api.example.it",
                 "secret": "%s", "syncOrders": true, "orderStates": "2,3"}""".formatted(description, KEY);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void healthIsPublicAndReportsDatabaseAndMigrations() throws Exception {
        var reply = Http.anonymous(base).get("api/health");
        assertThat(reply.status()).isEqualTo(200);
        var health = reply.object();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("database").getBoolean("up")).isTrue();
        assertThat(health.getJsonObject("database").getString("product")).contains("MariaDB");
        assertThat(health.getJsonObject("migrations").getInt("pending")).isZero();
        assertThat(health.getJsonObject("migrations").getString("currentVersion")).isNotBlank();
    }

    @Test
    void withoutATokenTheApiAnswersNothing() throws Exception {
        var reply = Http.anonymous(base).get("api/v1/accounts");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).doesNotContain("description");
    }

    @Test
    void operatorCreatesAndTheKeyIsNeverReturned() throws Exception {
        String name = unique("API");
        var created = Http.as(base, "olga", "operator").post("api/v1/accounts", prestashop(name));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).matches(".*/api/v1/accounts/\\d+");
        var body = created.object();
        assertThat(body.getString("description")).isEqualTo(name);
        assertThat(body.containsKey("secret")).isFalse();
        assertThat(body.getString("secretMasked")).isEqualTo("••••••••7654");
        assertThat(created.body()).doesNotContain(KEY);

        long id = body.getJsonNumber("id").longValue();
        var read = Http.as(base, "vera", "viewer").get("api/v1/accounts/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(KEY).contains("\"syncOrders\":true");

        try (var c = TestServices.database();
                var s = c.prepareStatement("SELECT description, secret_ciphertext FROM shop_account WHERE id = ?")) {
            s.setLong(1, id);
            var rs = s.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(name);
            assertThat(rs.getString(2)).startsWith("v1:").doesNotContain(KEY);
        }
        assertThat(auditActor(id, "ACCOUNT_CREATED")).isEqualTo("olga");
    }

    @Test
    void viewerIsRefusedEveryChange() throws Exception {
        var viewer = Http.as(base, "vera", "viewer");
        var refused = viewer.post("api/v1/accounts", prestashop(unique("Viewer")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.object().getString("error")).isEqualTo("forbidden");

        long id = Http.as(base, "olga", "operator").post("api/v1/accounts", prestashop(unique("Target")))
                .object().getJsonNumber("id").longValue();
        assertThat(viewer.post("api/v1/accounts/" + id + "/copy", "").status()).isEqualTo(403);
        assertThat(viewer.delete("api/v1/accounts/" + id).status()).isEqualTo(403);
        assertThat(rowExists(id)).isTrue();
    }

    @Test
    void onlyAnAdministratorDeletes() throws Exception {
        long id = Http.as(base, "olga", "operator").post("api/v1/accounts", prestashop(unique("Delete")))
                .object().getJsonNumber("id").longValue();

        assertThat(Http.as(base, "olga", "operator").delete("api/v1/accounts/" + id).status()).isEqualTo(403);
        assertThat(rowExists(id)).isTrue();

        assertThat(Http.as(base, "ada", "admin").delete("api/v1/accounts/" + id).status()).isEqualTo(204);
        assertThat(rowExists(id)).isFalse();
        assertThat(Http.as(base, "ada", "admin").get("api/v1/accounts/" + id).status()).isEqualTo(404);
        assertThat(auditActor(id, "ACCOUNT_DELETED")).isEqualTo("ada");
    }

    @Test
    void copyAnswersWithTheNewAccount() throws Exception {
        String name = unique("Originale");
        var operator = Http.as(base, "olga", "operator");
        long id = operator.post("api/v1/accounts", prestashop(name)).object().getJsonNumber("id").longValue();

        var copy = operator.post("api/v1/accounts/" + id + "/copy", "");
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.object().getString("description")).isEqualTo("Copia di " + name);
        assertThat(copy.object().getString("secretMasked")).isEqualTo("••••••••7654");
        assertThat(copy.location()).endsWith("/api/v1/accounts/" + copy.object().getJsonNumber("id").longValue());
    }

    @Test
    void badJsonIsA400WithAMessage() throws Exception {
        var operator = Http.as(base, "olga", "operator");
        var broken = operator.post("api/v1/accounts", "{\"description\": \"x\", ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/json");
        assertThat(broken.object().getString("error")).isEqualTo("bad_json");
        assertThat(broken.object().getString("message")).startsWith("Il JSON della richiesta non è valido");

        var unknownPlatform = operator.post("api/v1/accounts", "{\"description\": \"x\", \"platform\": \"EBAY\"}");
        assertThat(unknownPlatform.status()).isEqualTo(400);
        assertThat(unknownPlatform.object().getString("error")).isEqualTo("bad_json");
    }

    @Test
    void invalidSettingsAreA400NamingEachFieldInTheCallersLanguage() throws Exception {
        var reply = Http.as(base, "olga", "operator").inLanguage("en")
                .post("api/v1/accounts", "{\"platform\": \"MAGENTO\", \"shopUrl\": \"ftp://x\"}");
        assertThat(reply.status()).isEqualTo(400);
        var body = reply.object();
        assertThat(body.getString("error")).isEqualTo("invalid_input");
        assertThat(body.getJsonArray("violations").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(v -> v.getString("field") + ": " + v.getString("message"))
                .containsExactlyInAnyOrder(
                        "description: The description is required.",
                        "shopUrl: Write a full URL, for example https://www.myshop.com",
                        "secret: The access token is required.");
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        var operator = Http.as(base, "olga", "operator");
        var created = operator.post("api/v1/accounts", prestashop(unique("Versione"))).object();
        long id = created.getJsonNumber("id").longValue();
        String update = """
                {"description": "%s", "platform": "PRESTASHOP", "shopUrl": "https://api.example.it", "version": %d,
                 "warehouseCode": "M1"}""";
        assertThat(operator.put("api/v1/accounts/" + id,
                update.formatted(created.getString("description"), created.getJsonNumber("version").longValue()))
                .status()).isEqualTo(200);
        var stale = operator.put("api/v1/accounts/" + id,
                update.formatted(created.getString("description"), created.getJsonNumber("version").longValue()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getString("error")).isEqualTo("concurrent_change");
    }

    @Test
    void theOpenApiDocumentDescribesTheAccountsApi() throws Exception {
        var reply = Http.anonymous(new URI(base.getScheme(), null, base.getHost(), base.getPort(), "/", null, null))
                .get("openapi?format=JSON");
        assertThat(reply.status()).isEqualTo(200);
        var paths = reply.object().getJsonObject("paths");
        assertThat(paths.keySet()).anyMatch(p -> p.endsWith("/api/v1/accounts"))
                .anyMatch(p -> p.endsWith("/api/v1/accounts/{id}/copy"));
        var details = reply.object().getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("AccountDetails").getJsonObject("properties");
        assertThat(details.getJsonObject("secret").getBoolean("writeOnly")).isTrue();
        assertThat(details.containsKey("secretMasked")).isTrue();
    }

    private static boolean rowExists(long id) throws SQLException {
        try (var c = TestServices.database(); var s = c.prepareStatement("SELECT 1 FROM shop_account WHERE id = ?")) {
            s.setLong(1, id);
            return s.executeQuery().next();
        }
    }

    private static String auditActor(long id, String action) throws SQLException {
        try (var c = TestServices.database(); var s = c.prepareStatement(
                "SELECT actor FROM audit_entry WHERE target_type = 'ShopAccount' AND target_id = ? AND action = ?")) {
            s.setString(1, Long.toString(id));
            s.setString(2, action);
            var rs = s.executeQuery();
            return rs.next() ? rs.getString(1) : null;
        }
    }
}

package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.dev.DevMailServer;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-commerce logins (seed 004) in WildFly against MariaDB, with the e-mails received by a real
 * SMTP server: the recovery link works once and only within the hour, an unknown e-mail gets the
 * same answer and no mail, the rate limits hold, deactivation ends a live session, Dissocia
 * Utente leaves the other record's access, an operator's reset forces a change, and what is
 * stored is a PBKDF2 hash and a token's SHA-256, never the secrets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerLoginIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/portal/reset\\.xhtml\\?token=([A-Za-z0-9_-]+))");
    private static final String PASSWORD = "una frase lunga e facile";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(TestClockServlet.class);
    }

    @ArquillianResource
    URL context;

    private URI base;
    private Http operator;
    private TestCustomers customers;
    private String tag;
    private final DevMailServer mail = TestServices.mail();

    @BeforeEach
    void setUp() throws Exception {
        base = context.toURI();
        operator = Http.as(base, "olga", "operator");
        customers = TestCustomers.viaErp(base);
        tag = UUID.randomUUID().toString().substring(0, 8);
        // Every test starts with the rate-limit windows of the previous ones behind it (the clock
        // only moves forward; it goes away with the deployment).
        TestClockServlet.advance(base, Duration.ofHours(2));
    }

    @Test
    void theRecoveryLinkWorksOnceAndOnlyWithinTheHour() throws Exception {
        String email = "anna." + tag + "@example.it";
        long record = customers.create("L" + tag, email, "Anna", "Bianchi");
        link(record, email);
        var customer = Http.customer(base);

        var asked = customer.post("api/portal/password-recovery", json("email", email));
        assertThat(asked.status()).isEqualTo(202);
        String token = token(awaitMail(email, 1).get(0));
        assertThat(Db.strings("SELECT token_hash FROM login_reset_token t JOIN customer_login l ON l.id = t.login_id "
                + "WHERE l.email = ?", email)).as("only the token's SHA-256 is stored").containsExactly(sha256(token));
        assertThat(customer.get("api/portal/password-reset/" + token).object().getBoolean("valid")).isTrue();

        assertThat(customer.post("api/portal/password-reset", reset(token, PASSWORD)).status()).isEqualTo(204);
        var signedIn = signIn(customer, email, PASSWORD);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.setCookie()).as("a new session id, HttpOnly, SameSite")
                .contains("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(customer.post("api/portal/password-reset", reset(token, "un'altra frase lunga")).status())
                .as("used once already").isEqualTo(410);
        assertThat(awaitMail(email, 2).get(1).getSubject()).startsWith("La tua password è stata cambiata");

        customer.post("api/portal/password-recovery", json("email", email));
        String late = token(awaitMail(email, 3).get(2));
        TestClockServlet.advance(base, Duration.ofMinutes(59));
        assertThat(customer.get("api/portal/password-reset/" + late).object().getBoolean("valid")).isTrue();
        TestClockServlet.advance(base, Duration.ofMinutes(2));
        assertThat(customer.get("api/portal/password-reset/" + late).object().getBoolean("valid")).isFalse();
        var expired = customer.post("api/portal/password-reset", reset(late, "una frase scaduta da un pezzo"));
        assertThat(expired.status()).as("an hour and a minute later").isEqualTo(410);
        assertThat(expired.object().getString("message")).contains("non è valido");
        assertThat(signIn(Http.customer(base), email, PASSWORD).status()).as("the password stayed").isEqualTo(200);
    }

    @Test
    void aRecoveryMailTheMailServerCouldNotTakeLeavesWhenItIsBack() throws Exception {
        String email = "marta." + tag + "@example.it";
        link(customers.create("M" + tag, email, "Marta", "Ferri"), email);
        var customer = Http.customer(base);

        mail.stop();
        try {
            assertThat(customer.post("api/portal/password-recovery", json("email", email)).status()).isEqualTo(202);
            Thread.sleep(1_500); // the first attempt, and the retry a second later, find no server
        } finally {
            mail.start();
        }
        // the retry after five seconds (CROCEVIA_MAIL_RETRY_SECONDS is 1 here) finds it back
        String token = token(awaitMail(email, 1).get(0));
        assertThat(customer.get("api/portal/password-reset/" + token).object().getBoolean("valid")).isTrue();
        assertThat(mail.messagesTo(email)).as("sent once").hasSize(1);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNothingIsSent() throws Exception {
        String known = "luca." + tag + "@example.it";
        link(customers.create("K" + tag, known, "Luca", "Verdi"), known);
        String unknown = "nessuno." + tag + "@example.it";
        var visitor = Http.customer(base);

        long start = System.nanoTime();
        var forUnknown = visitor.post("api/portal/password-recovery", json("email", unknown));
        long unknownMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        var forKnown = visitor.post("api/portal/password-recovery", json("email", known));
        long knownMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(forUnknown.status()).isEqualTo(forKnown.status()).isEqualTo(202);
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        assertThat(Math.max(unknownMillis, knownMillis)).as("the work happens after the answer").isLessThan(1_000);
        awaitMail(known, 1);
        Thread.sleep(1_000);
        assertThat(mail.messagesTo(unknown)).isEmpty();
    }

    @Test
    void theRateLimitsHold() throws Exception {
        String email = "marta." + tag + "@example.it";
        link(customers.create("R" + tag, email, "Marta", "Neri"), email);
        var client = Http.customer(base);
        for (int i = 0; i < 5; i++) {
            assertThat(client.post("api/portal/password-recovery", json("email", email)).status()).isEqualTo(202);
        }
        awaitMail(email, 3);
        Thread.sleep(1_500);
        assertThat(mail.messagesTo(email)).as("at most three links per e-mail per hour").hasSize(3);

        int refused = 0;
        for (int i = 0; i < 8; i++) {
            var reply = client.post("api/portal/password-recovery", json("email", "altro" + i + "." + tag + "@example.it"));
            if (reply.status() == 429) {
                refused++;
                assertThat(reply.object().getString("error")).isEqualTo("throttled");
            }
        }
        assertThat(refused).as("ten requests per client address in 15 minutes, then 429").isEqualTo(3);

        TestClockServlet.advance(base, Duration.ofMinutes(16));
        operator.put("api/v1/logins/" + loginId(email) + "/password", reset(null, PASSWORD));
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(Http.customer(base), email, "sbagliata " + i).status()).isEqualTo(401);
        }
        assertThat(signIn(Http.customer(base), email, PASSWORD).status())
                .as("after ten failures even the right password waits").isEqualTo(429);
        TestClockServlet.advance(base, Duration.ofMinutes(16));
        assertThat(signIn(Http.customer(base), email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void deactivationEndsALiveSession() throws Exception {
        String email = "paolo." + tag + "@example.it";
        link(customers.create("D" + tag, email, "Paolo", "Gialli"), email);
        long login = loginId(email);
        operator.put("api/v1/logins/" + login + "/password", reset(null, PASSWORD));
        var customer = Http.customer(base);
        assertThat(signIn(customer, email, PASSWORD).status()).isEqualTo(200);
        assertThat(customer.get("api/portal/me").status()).isEqualTo(200);

        assertThat(Http.as(base, "vera", "viewer").post("api/v1/logins/" + login + "/deactivation", "").status())
                .as("a viewer cannot act").isEqualTo(403);
        assertThat(operator.post("api/v1/logins/" + login + "/deactivation", "").status()).isEqualTo(204);

        assertThat(customer.get("api/portal/me").status()).as("the open session ended").isEqualTo(401);
        assertThat(signIn(Http.customer(base), email, PASSWORD).status()).isEqualTo(401);
        assertThat(Db.row("SELECT active FROM customer_login WHERE id = ?", login)).containsEntry("active", false);
        assertThat(Db.strings("SELECT actor FROM audit_entry WHERE action = 'LOGIN_DEACTIVATED' AND target_id = ?",
                Long.toString(login))).containsExactly("olga");
        assertThat(operator.get("api/v1/logins?q=" + email).object().getJsonArray("rows")).as("no longer listed").isEmpty();
    }

    @Test
    void dissociationLeavesTheOtherRecordsAccessIntact() throws Exception {
        String email = "famiglia." + tag + "@example.it";
        long mother = customers.create("M" + tag, email, "Giulia", "Russo");
        long son = customers.create("S" + tag, email, "Marco", "Russo");
        link(mother, email);
        link(son, email);
        long login = loginId(email);
        assertThat(Db.count("SELECT COUNT(*) FROM customer_login WHERE email = ?", email)).as("one shared login")
                .isEqualTo(1);
        operator.put("api/v1/logins/" + login + "/password", reset(null, PASSWORD));
        var customer = Http.customer(base);
        signIn(customer, email, PASSWORD);

        assertThat(operator.delete("api/v1/customers/" + son + "/login").status()).isEqualTo(204);

        var me = customer.get("api/portal/me");
        assertThat(me.status()).as("the mother's access is intact").isEqualTo(200);
        assertThat(me.object().getJsonArray("records").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(r -> r.getJsonNumber("customerId").longValue()).containsExactly(mother);
        assertThat(signIn(Http.customer(base), email, PASSWORD).status()).isEqualTo(200);
        assertThat(operator.get("api/v1/customers/" + son + "/login").status()).isEqualTo(404);
        assertThat(operator.get("api/v1/customers/" + mother + "/login").status()).isEqualTo(200);

        operator.delete("api/v1/customers/" + mother + "/login");
        assertThat(customer.get("api/portal/me").status()).as("no record left: no access").isEqualTo(401);
        assertThat(signIn(Http.customer(base), email, PASSWORD).status()).isEqualTo(401);
        assertThat(Db.strings("SELECT action FROM customer_login_event WHERE login_id = ? ORDER BY id", login))
                .containsSubsequence("CREATED", "LINKED", "LINKED", "RESET_BY_OPERATOR", "UNLINKED", "UNLINKED");
    }

    @Test
    void anOperatorsResetForcesAChangeAtTheNextSignIn() throws Exception {
        String email = "sara." + tag + "@example.it";
        link(customers.create("O" + tag, email, "Sara", "Conti"), email);
        long login = loginId(email);

        var weak = operator.put("api/v1/logins/" + login + "/password", reset(null, "corta"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("almeno 12 caratteri");
        var common = operator.put("api/v1/logins/" + login + "/password", reset(null, "passwordpassword"));
        assertThat(common.body()).contains("tra le più usate");
        var mismatch = operator.put("api/v1/logins/" + login + "/password",
                Json.createObjectBuilder().add("password", PASSWORD).add("confirmation", PASSWORD + "!").build().toString());
        assertThat(mismatch.body()).contains("non coincidono");
        assertThat(operator.put("api/v1/logins/" + login + "/password", reset(null, PASSWORD)).status()).isEqualTo(204);
        assertThat(awaitMail(email, 1).get(0).getSubject()).startsWith("Password reimpostata dal nostro staff");

        var customer = Http.customer(base);
        var signedIn = signIn(customer, email, PASSWORD);
        assertThat(signedIn.object().getBoolean("mustChangePassword")).isTrue();
        String chosen = "la mia nuova frase segreta";
        var wrong = customer.post("api/portal/password", change("non è questa", chosen));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(customer.post("api/portal/password", change(PASSWORD, chosen)).status()).isEqualTo(204);
        assertThat(customer.get("api/portal/me").object().getBoolean("mustChange")).isFalse();

        assertThat(signIn(Http.customer(base), email, PASSWORD).status()).isEqualTo(401);
        assertThat(signIn(Http.customer(base), email, chosen).object().getBoolean("mustChangePassword")).isFalse();
        assertThat(Db.strings("SELECT CONCAT(actor, ':', action) FROM customer_login_event WHERE login_id = ? ORDER BY id",
                login)).containsSubsequence("olga:RESET_BY_OPERATOR", "customer:PASSWORD_CHANGED");
        assertThat(Db.strings("SELECT actor FROM audit_entry WHERE action = 'LOGIN_PASSWORD_RESET' AND target_id = ?",
                Long.toString(login))).containsExactly("olga");
    }

    @Test
    void storedHashesAreNotThePasswordAndUseTheConfiguredAlgorithm() throws Exception {
        String email = "hash." + tag + "@example.it";
        link(customers.create("H" + tag, email, "Ugo", "Sale"), email);
        long login = loginId(email);
        operator.put("api/v1/logins/" + login + "/password", reset(null, PASSWORD));

        String stored = (String) Db.row("SELECT password_hash FROM customer_login WHERE id = ?", login)
                .get("password_hash");
        assertThat(stored).doesNotContain(PASSWORD).startsWith("pbkdf2-sha256$600000$");
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        assertThat(salt).hasSize(16);
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 600_000, 256)).getEncoded();
        assertThat(Base64.getDecoder().decode(parts[3])).as("PBKDF2-HMAC-SHA256 of the password").isEqualTo(expected);

        operator.put("api/v1/logins/" + login + "/password", reset(null, PASSWORD));
        String again = (String) Db.row("SELECT password_hash FROM customer_login WHERE id = ?", login).get("password_hash");
        assertThat(again).as("a new salt every time").isNotEqualTo(stored);
    }

    @Test
    void theRecoveryMailFollowsItsTemplateAndUnknownPlaceholdersAreRefused() throws Exception {
        var admin = Http.as(base, "ada", "admin");
        var original = admin.get("api/v1/message-templates/PASSWORD_RECOVERY/it").object();
        var refused = admin.put("api/v1/message-templates/PASSWORD_RECOVERY/it",
                Json.createObjectBuilder().add("subject", "Ciao {{nome}}").add("body", "{{link}}").build().toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("{{nome}}").contains("{{customer_name}}");
        var preview = admin.post("api/v1/message-templates/PASSWORD_RECOVERY/it/preview", Json.createObjectBuilder()
                .add("subject", "Nuova password per {{customer_name}}").add("body", "Apri {{link}} entro le {{expiry}}")
                .build().toString());
        assertThat(preview.object().getString("subject")).isEqualTo("Nuova password per Mario Rossi");

        String subject = "Recupero " + tag + " per {{customer_name}} da {{shop_name}}";
        var saved = admin.put("api/v1/message-templates/PASSWORD_RECOVERY/it", Json.createObjectBuilder()
                .add("subject", subject).add("body", "Ecco il link: {{link}}\nScade alle {{expiry}}.").build().toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        try {
            String email = "tpl." + tag + "@example.it";
            link(customers.create("T" + tag, email, "Elena", "Ferri"), email);
            Http.customer(base).post("api/portal/password-recovery", json("email", email));
            var message = awaitMail(email, 1).get(0);
            assertThat(message.getSubject()).isEqualTo("Recupero " + tag + " per Elena Ferri da Negozio di Prova");
            assertThat(token(message)).isNotEmpty();
        } finally {
            admin.put("api/v1/message-templates/PASSWORD_RECOVERY/it", Json.createObjectBuilder()
                    .add("subject", original.getString("subject")).add("body", original.getString("body")).build().toString());
        }
    }

    @Test
    void theErpGivesRecordsTheirLoginWithoutReplacingOne() throws Exception {
        String email = "erp." + tag + "@example.it";
        long first = customers.create("E" + tag, email, "Irene", "Galli", email.toUpperCase());
        long second = customers.create("F" + tag, "altra." + tag + "@example.it", "Irene", "Galli", email);
        long login = loginId(email);
        assertThat(Db.count("SELECT COUNT(*) FROM customer_login_link WHERE login_id = ? AND customer_id IN (?, ?)",
                login, first, second)).isEqualTo(2);
        assertThat(operator.get("api/v1/customers/" + second + "/login").object().getString("email")).isEqualTo(email);

        customers.create("F" + tag, "altra." + tag + "@example.it", "Irene", "Galli", "diversa." + tag + "@example.it");
        assertThat(Db.row("SELECT login_id FROM customer_login_link WHERE customer_id = ?", second))
                .as("the ERP does not replace a record's login").containsEntry("login_id", login);
        assertThat(Db.strings("SELECT detail FROM customer_login_event WHERE login_id = ? AND action = 'LINKED'", login))
                .hasSize(2).allMatch(d -> d.endsWith("(gestionale)"));
    }

    private void link(long customerId, String email) throws Exception {
        var linked = operator.put("api/v1/customers/" + customerId + "/login", json("email", email));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    }

    private long loginId(String email) throws Exception {
        return ((Number) Db.row("SELECT id FROM customer_login WHERE email = ?", email).get("id")).longValue();
    }

    private static Http.Reply signIn(Http customer, String email, String password) throws Exception {
        return customer.post("api/portal/sign-in",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }

    private List<MimeMessage> awaitMail(String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (mail.messagesTo(address).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(mail.messagesTo(address)).as("e-mails to " + address).hasSizeGreaterThanOrEqualTo(count);
        return mail.messagesTo(address);
    }

    static String token(MimeMessage message) throws Exception {
        Matcher m = LINK.matcher(message.getContent().toString());
        assertThat(m.find()).as("a reset link in: " + message.getContent()).isTrue();
        return m.group(2);
    }

    static String link(MimeMessage message) throws Exception {
        Matcher m = LINK.matcher(message.getContent().toString());
        assertThat(m.find()).as("a reset link in: " + message.getContent()).isTrue();
        return m.group(1);
    }

    private static String json(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build().toString();
    }

    private static String reset(String token, String password) {
        var body = Json.createObjectBuilder().add("password", password).add("confirmation", password);
        if (token != null) {
            body.add("token", token);
        }
        return body.build().toString();
    }

    private static String change(String current, String password) {
        return Json.createObjectBuilder().add("current", current).add("password", password)
                .add("confirmation", password).build().toString();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes("UTF-8")));
    }
}

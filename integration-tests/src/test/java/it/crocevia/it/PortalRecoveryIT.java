package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole self-service recovery in Chromium: the portal's "Password dimenticata?", the e-mail
 * received by the test's SMTP server, its link, the new password, the sign-in; then the operator
 * finds the customer in Gestione Utenti → E-Commerce, reads what happened in the detail, sends
 * a recovery link from the record (Scorciatoie → Reset Password) and unlinks the login there
 * (Modifica → Account → Dissocia Utente).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalRecoveryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.screenshot("PortalRecoveryIT");
            browser.close();
        }
    }

    @Test
    void aCustomerRecoversThePasswordAndSignsIn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "chiara." + tag + "@example.it";
        long record = TestCustomers.viaErp(context.toURI()).create("B" + tag, email, "Chiara", "Lombardi " + tag);
        var linked = Http.as(context.toURI(), "olga", "operator").put("api/v1/customers/" + record + "/login",
                Json.createObjectBuilder().add("email", email).build().toString());
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);

        browser = new Browser();
        browser.open(context + "portal/login.xhtml");
        assertThat(browser.heading()).isEqualTo("Accedi");
        browser.click("forgot");
        assertThat(browser.heading()).isEqualTo("Password dimenticata");
        browser.type("forgot:email", email);
        browser.click("forgot:submit");
        assertThat(browser.find("sent").getText()).contains("Il link dura solo un'ora");

        String link = CustomerLoginIT.link(awaitMail(email, 1).get(0));
        browser.open(link);
        assertThat(browser.heading()).isEqualTo("Nuova password");
        browser.type("reset:password", "corta");
        browser.type("reset:confirmation", "corta");
        browser.click("reset:submit");
        browser.waitForText("almeno 12 caratteri");
        String chosen = "il mio gatto si chiama Totò";
        browser.type("reset:password", chosen);
        browser.type("reset:confirmation", chosen);
        browser.click("reset:submit");
        assertThat(browser.find("done").getText()).contains("La nuova password è salvata");

        browser.click("signIn");
        browser.type("signIn:email", email);
        browser.type("signIn:password", chosen);
        browser.click("signIn:submit");
        assertThat(browser.heading()).isEqualTo("Benvenuto, Chiara Lombardi " + tag);
        assertThat(browser.find("signedInAs").getText()).isEqualTo(email);

        browser.open(link);
        assertThat(browser.find("invalid").getText()).as("the link works once").contains("L'indirizzo non è valido");
        browser.click("askAgain");
        assertThat(browser.heading()).isEqualTo("Password dimenticata");

        browser.open(context + "logins/list.xhtml");
        browser.signIn("operator");
        browser.type("logins:text", "lombardi " + tag.substring(0, 4));
        browser.click("logins:search");
        browser.waitForText("value=\"lombardi " + tag.substring(0, 4) + "\"");
        browser.waitForRow("logins:table", email);
        browser.clickLink("Dettaglio");
        assertThat(browser.heading()).isEqualTo(email);
        browser.waitForText("Nuova password scelta dal link di recupero");
        assertThat(browser.find("login:state").getText()).isEqualTo("Attivo");

        browser.clickLink("Chiara Lombardi " + tag);
        browser.click("shortcuts:menu");
        browser.click("shortcuts:resetPassword");
        browser.click("shortcuts:confirmYes");
        browser.waitForText("Inviata a " + email);
        awaitMail(email, 2);
        browser.click("shortcuts:edit");
        assertThat(browser.find("account:tabs:loginEmail").getText()).isEqualTo(email);
        browser.click("account:tabs:unlink");
        browser.click("shortcuts:confirmYes");
        browser.waitForText("Utente dissociato da questa anagrafica");
        assertThat(browser.present("account:tabs:loginEmail")).isFalse();
        assertThat(Db.count("SELECT COUNT(*) FROM customer_login_link WHERE customer_id = ?", record)).isZero();
    }

    private List<MimeMessage> awaitMail(String address, int count) throws InterruptedException {
        var mail = TestServices.mail();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (mail.messagesTo(address).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(mail.messagesTo(address)).as("e-mails to " + address).hasSizeGreaterThanOrEqualTo(count);
        return mail.messagesTo(address);
    }
}

package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator creates the ERP's key in Chromium, the ERP signs in with it, and a revoke shuts it out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErpConsoleIT {

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
            browser.screenshot("ErpConsoleIT");
            browser.close();
        }
    }

    @Test
    void anAdministratorCreatesTheErpsKeyAndRevokesIt() throws Exception {
        String name = "Gestionale " + UUID.randomUUID().toString().substring(0, 6);
        browser = new Browser();
        browser.open(context + "accounts/list.xhtml");
        browser.signIn("admin");
        browser.click("menu:menuErp");
        assertThat(browser.heading()).isEqualTo("Gestionale (ERP)");
        browser.type("erp:name", name);
        browser.click("erp:create");
        browser.waitForText("Chiave creata per \"" + name + "\"");
        String key = browser.find("erp:key").getAttribute("value");
        assertThat(key).startsWith("crv_").hasSizeGreaterThan(40);
        browser.waitForRow("erp:table", name);

        var erp = Http.erp(context.toURI(), key);
        assertThat(erp.get("api/erp/v1/orders").status()).isEqualTo(200);

        browser.open(context + "erp/credentials.xhtml");
        assertThat(browser.present("erp:key")).as("the key is shown only once").isFalse();
        browser.clickInRow("erp:table", name, "revoke");
        browser.click("erp:confirmYes");
        browser.waitForText("Chiave \"" + name + "\" revocata.");
        assertThat(erp.get("api/erp/v1/orders").status()).isEqualTo(401);
    }
}

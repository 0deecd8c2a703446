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

/**
 * In Chromium, as the manual tells (seed 003): an administrator switches the ActiveCampaign module
 * on, an operator adds the account in Gestisci Integrazioni pasting the API URL as Nome Account,
 * saves, sees the Ecommerce section appear and presses Test Connessione, whose answer shows at the
 * bottom of the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketingConsoleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private Browser browser;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.screenshot("MarketingConsoleIT");
            browser.close();
        }
        MarketingIT.removeIntegrations(Http.as(context.toURI(), "ada", "admin"));
    }

    @Test
    void anOperatorConfiguresActiveCampaignAndTestsTheConnection() throws Exception {
        MarketingIT.removeIntegrations(Http.as(context.toURI(), "ada", "admin"));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String key = "chiave-" + tag;
        TestServices.activeCampaign().addAccount("console" + tag, key);

        browser = new Browser();
        browser.open(context + "modules/list.xhtml");
        browser.signIn("admin");
        browser.waitForRow("modules:table", "ActiveCampaign");
        if (browser.textOf("[id='modules:table_data'] tr:first-child td:nth-child(2)").equals("Non attivo")) {
            browser.clickInRow("modules:table", "ActiveCampaign", "toggle");
            browser.waitForText("Modulo ActiveCampaign attivato.");
        }
        browser.close();

        browser = new Browser();
        browser.open(context + "accounts/list.xhtml");
        browser.signIn("operator");
        browser.click("menu:menuMarketing");
        assertThat(browser.heading()).isEqualTo("Lista degli Account");
        browser.click("integrations:add");
        assertThat(browser.heading()).isEqualTo("Dati Account");
        browser.type("account:description", "Newsletter " + tag);
        browser.choose("account:platform", "ActiveCampaign");
        browser.type("account:accountName", "https://console" + tag + ".api-us1.com");
        browser.type("account:secret", key);
        assertThat(browser.present("account:ecommerce")).as("only after the first save").isFalse();
        browser.click("account:save");
        browser.waitForText("Account \"Newsletter " + tag + "\" salvato.");
        assertThat(browser.find("account:accountName").getAttribute("value")).isEqualTo("console" + tag);
        assertThat(browser.find("account:ecommerce").isDisplayed()).isTrue();

        browser.click("account:test");
        browser.waitForText("Connessione riuscita (admin).");
        assertThat(browser.find("account:testResult").getText()).as("the small message at the bottom")
                .contains("Connessione riuscita");
    }
}

package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * "Lista degli Account" in headless Chromium, signed in through the real OIDC redirect flow:
 * an administrator adds, copies and deletes; a viewer sees no way to change anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountConsoleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private Browser browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        browser = new Browser();
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowser() {
        browser.screenshot(getClass().getSimpleName() + "-" + testName);
        browser.close();
    }

    @Test
    void adminAddsCopiesAndDeletesAnAccount() throws Exception {
        String name = "Negozio " + UUID.randomUUID().toString().substring(0, 6);

        browser.open(context + "accounts/list.xhtml");
        browser.signIn("admin");
        assertThat(browser.heading()).isEqualTo("Lista degli Account");
        assertThat(browser.find("session:userName").getText()).isEqualTo("admin");

        browser.click("accounts:add");
        assertThat(browser.heading()).startsWith("Dati Account");
        browser.type("account:description", name);
        browser.clickLabel("PrestaShop");
        browser.type("account:shopUrl", "https://www.negozio-di-prova.it");
        browser.type("account:secret", "K3Y0PRESTASHOP0000000000000000AB");
        assertThat(browser.present("account:merchantId")).as("no Google field for PrestaShop").isFalse();
        browser.find("account:syncOrders");
        browser.screenshot("AccountConsoleIT-dati-account");
        browser.click("account:save");

        browser.waitForRow("accounts:table", name);
        browser.waitForText("Account \"" + name + "\" salvato.");
        assertThat(storedDescriptions(name)).containsExactly(name);

        browser.selectRow("accounts:table", name);
        browser.clickWhenEnabled("accounts:copy");
        browser.waitForRow("accounts:table", "Copia di " + name);
        assertThat(storedDescriptions(name)).containsExactlyInAnyOrder(name, "Copia di " + name);

        browser.selectRow("accounts:table", "Copia di " + name);
        browser.clickWhenEnabled("accounts:delete");
        browser.waitForText("Eliminare l'account \"Copia di " + name + "\"?");
        browser.click("accounts:confirmYes");
        browser.waitForNoRow("accounts:table", "Copia di " + name);
        assertThat(storedDescriptions(name)).containsExactly(name);

        browser.click("session:lang-en");
        assertThat(browser.heading()).isEqualTo("Account list");
        assertThat(browser.find("accounts:add").getText()).isEqualTo("Add account");

        browser.click("menu:menuAudit");
        assertThat(browser.heading()).isEqualTo("Audit log");
        browser.waitForText("Copia di " + name);
        assertThat(browser.column("audit:entries", 3)).contains("Account deleted", "Account copied", "Account created");
        assertThat(browser.column("audit:entries", 2)).contains("admin");
    }

    @Test
    void operatorChoosesWhichArticlesAnAccountPublishes() throws Exception {
        String name = "Negozio articoli " + UUID.randomUUID().toString().substring(0, 6);
        long id = TestAccounts.create(Http.as(context.toURI(), "olga", "operator"), name, "PRESTASHOP",
                "https://www.negozio-di-prova.it", "K3Y0PRESTASHOP0000000000000000AB",
                "\"publishMethod\": \"API\", \"priceList\": \"LISTINO1\"");

        // a link to the account, followed before signing in: the sign-in brings back to it, query and all
        browser.open(context + "accounts/edit.xhtml?id=" + id);
        browser.signIn("operator");
        browser.waitForText("Mappatura categorie");
        assertThat(browser.url()).endsWith("accounts/edit.xhtml?id=" + id);
        assertThat(browser.find("account:description").getAttribute("value")).isEqualTo(name);
        browser.waitForText("Premere Aggiorna Account per leggere le categorie della piattaforma");

        browser.clickLabel("Solo le categorie scelte");
        browser.find("account:selectedCategories");
        browser.click("account:save");
        browser.waitForText("Scegli almeno una categoria del gestionale.");
        assertThat(Db.strings("SELECT article_selection FROM shop_account WHERE id = ?", id)).containsExactly("ALL");

        browser.clickLabel("Solo gli articoli con un flag del gestionale");
        browser.type("account:selectedFlag_input", "web" + Keys.ESCAPE); // the suggestions close
        browser.screenshot("AccountConsoleIT-articoli");
        browser.click("account:save");
        var deadline = System.nanoTime() + 20_000_000_000L; // saved, then back to the list
        while (!browser.url().contains("accounts/list") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(browser.url()).contains("accounts/list");
        assertThat(Db.strings("SELECT CONCAT(article_selection, ' ', article_filter) FROM shop_account WHERE id = ?",
                id)).containsExactly("FLAG [\"web\"]");
    }

    @Test
    void viewerSeesTheListButNoWayToChangeIt() throws Exception {
        browser.open(context + "accounts/list.xhtml");
        browser.signIn("viewer");
        assertThat(browser.heading()).isEqualTo("Lista degli Account");
        assertThat(browser.find("session:userRole").getText()).isEqualTo("Sola lettura");
        assertThat(browser.present("accounts:add")).isFalse();
        assertThat(browser.present("accounts:copy")).isFalse();
        assertThat(browser.present("accounts:delete")).isFalse();

        browser.open(context + "accounts/edit.xhtml");
        browser.waitForText("Sola lettura");
        assertThat(browser.present("account:save")).isFalse();

        browser.click("menu:menuOrders");
        assertThat(browser.heading()).isEqualTo("Ordini");
        browser.click("menu:menuCustomers");
        assertThat(browser.heading()).isEqualTo("Clienti");
    }

    @Test
    void signOutEndsTheSession() {
        browser.open(context + "accounts/list.xhtml");
        browser.signIn("operator");
        assertThat(browser.heading()).isEqualTo("Lista degli Account");

        int logoutsBefore = TestServices.oidc().endSessionRequests().size();
        browser.click("session:logout");
        assertThat(browser.find("signedOutTitle").getText()).isEqualTo("Sei uscito da Crocevia");
        var logouts = TestServices.oidc().endSessionRequests();
        assertThat(logouts.subList(logoutsBefore, logouts.size()))
                .as("the browser went through the provider's end_session_endpoint")
                .anyMatch(q -> q.contains("id_token_hint=") && q.contains("post_logout_redirect_uri="));

        browser.open(context + "accounts/list.xhtml");
        browser.signIn("viewer");
        assertThat(browser.find("session:userName").getText()).as("a new sign-in, not the old session")
                .isEqualTo("viewer");
    }

    private static java.util.List<String> storedDescriptions(String name) throws SQLException {
        try (var c = TestServices.database();
                var s = c.prepareStatement("SELECT description FROM shop_account WHERE description LIKE ?")) {
            s.setString(1, "%" + name);
            var rs = s.executeQuery();
            var out = new java.util.ArrayList<String>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}

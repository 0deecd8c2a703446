package it.crocevia.it;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.COUNTRY_IT;
import static it.crocevia.testserver.prestashop.PrestaShopDefaults.STATE_PAYMENT_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.prestashop.AddressSpec;
import it.crocevia.testserver.prestashop.CustomerSpec;
import it.crocevia.testserver.prestashop.OrderLine;
import it.crocevia.testserver.prestashop.OrderSpec;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An operator presses "Sincro Ordini" in Chromium and finds the shop's orders in "Ordini". */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderConsoleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private PrestaShopTestServer shop;
    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.screenshot("OrderConsoleIT");
            browser.close();
        }
        if (shop != null) {
            shop.stop();
        }
    }

    @Test
    void sincroOrdiniBringsTheShopsOrdersIntoTheConsole() throws Exception {
        shop = new PrestaShopTestServer().start();
        var data = shop.data();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int c = data.addCustomer(CustomerSpec.registered("Elena", "Conti", "elena." + tag + "@example.it"));
        int a = data.addAddress(AddressSpec.of(c, "Elena", "Conti", "Corso Italia 7", "16100", "Genova", COUNTRY_IT)
                .vatNumber("IT09876543210"));
        var at = LocalDateTime.of(2026, 11, 20, 10, 30);
        for (int i = 1; i <= 3; i++) {
            data.addOrder(OrderSpec.of(c, a).reference("WEB" + tag + i).state(STATE_PAYMENT_ACCEPTED)
                    .line(OrderLine.of(30 + i, "Olio extravergine 1l", "OLIO-1L", i, new BigDecimal("12.90")))
                    .dateAdd(at.plusMinutes(i)).dateUpd(at.plusMinutes(i)));
        }
        String description = "Negozio Genova " + tag;
        var created = Http.as(context.toURI(), "olga", "operator").post("api/v1/accounts", """
                {"description": "%s", "platform": "PRESTASHOP", "shopUrl": "%s", "secret": "%s", "syncOrders": true}"""
                .formatted(description, shop.shopUrl(), shop.apiKey()));
        assertThat(created.status()).isEqualTo(201);

        browser = new Browser();
        browser.open(context + "accounts/list.xhtml");
        browser.signIn("operator");
        browser.selectRow("accounts:table", description);
        browser.clickWhenEnabled("accounts:syncOrders");
        browser.waitForText("Sincro Ordini avviata per \"" + description + "\"");

        browser.clickWhenEnabled("accounts:history");
        assertThat(browser.heading()).startsWith("Storico sincronizzazioni");
        browser.waitForText("Completata");
        assertThat(browser.column("runs:table", 6)).containsExactly("3");

        browser.click("menu:menuOrders");
        browser.type("orders:text", "WEB" + tag);
        browser.click("orders:search");
        browser.waitForText("WEB" + tag + "3");
        assertThat(browser.column("orders:table", 2)).containsExactlyInAnyOrder("WEB" + tag + "1", "WEB" + tag + "2",
                "WEB" + tag + "3");
        assertThat(browser.column("orders:table", 3)).containsOnly(description);

        browser.clickLink("WEB" + tag + "2");
        assertThat(browser.heading()).isEqualTo("Ordine WEB" + tag + "2");
        browser.waitForText("Olio extravergine 1l");
        browser.waitForText("IT09876543210");
    }
}

package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * An operator presses "Sincro Clienti" in Chromium, lands on the *Job* console and watches the
 * job's progress bar move to the end; the updated customers are then in MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobConsoleIT {

    private static final String PROGRESS = "[id='jobs:table_data'] tr.ui-state-highlight .ui-progressbar-label";

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
            browser.screenshot("JobConsoleIT");
            browser.close();
        }
        if (shop != null) {
            shop.stop();
        }
    }

    @Test
    void sincroClientiShowsItsProgressBarUntilTheEnd() throws Exception {
        shop = new PrestaShopTestServer().start();
        var at = LocalDateTime.of(2026, 11, 10, 8, 0);
        shop.generate(6000, 11L, at.minusDays(3), at);
        String description = "Negozio Bari " + UUID.randomUUID().toString().substring(0, 6);
        var operator = Http.as(context.toURI(), "olga", "operator");
        long accountId = TestAccounts.create(operator, description, "PRESTASHOP", shop.shopUrl(), shop.apiKey(),
                "\"syncOrders\": true, \"updateCustomers\": true");
        assertThat(SyncRunner.syncAndWait(operator, accountId).getString("status")).isEqualTo("COMPLETED");
        for (int id : shop.data().ids("customers")) {
            shop.data().updateCustomer(id, Map.of("company", "Bottega " + id));
        }
        int bound = Db.count("SELECT COUNT(*) FROM customer_binding WHERE account_id = ?", accountId);
        shop.faults().delay(Duration.ofMillis(300));

        browser = new Browser();
        browser.open(context + "accounts/list.xhtml");
        browser.signIn("operator");
        browser.selectRow("accounts:table", description);
        browser.clickWhenEnabled("accounts:syncCustomers_button");

        browser.waitForText("Sincro Clienti avviata per \"" + description + "\"");
        assertThat(browser.heading()).isEqualTo("Job");
        List<Integer> seen = new ArrayList<>();
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && (seen.isEmpty() || seen.get(seen.size() - 1) < 100)) {
            String label = browser.textOf(PROGRESS).replace("%", "").strip();
            if (!label.isEmpty()) {
                seen.add(Integer.parseInt(label));
            }
            Thread.sleep(150);
        }
        assertThat(seen).as("the progress bar moved from the start to the end").isNotEmpty().isSorted();
        assertThat(seen.get(0)).isLessThan(100);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(100);
        browser.waitForText("Completato");
        browser.waitForText(bound + " / " + bound);

        assertThat(Db.count("SELECT COUNT(*) FROM customer c JOIN customer_binding b ON b.customer_id = c.id "
                + "WHERE b.account_id = ? AND c.company = CONCAT('Bottega ', b.remote_id)", accountId))
                .isEqualTo(bound);
        assertThat(browser.present("jobs:chart")).as("the 30-day chart").isTrue();
    }
}

package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.catalog.boundary.CatalogCsv;
import it.crocevia.catalog.boundary.CsvLayout;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Download CSV" as the catalog-csv-export JSR-352 job, through the REST API, on articles the ERP
 * pushed through its own API: the file downloaded from a completed export reads back to the
 * articles the account publishes (its price list, its warehouse's stock, its language) in the layout
 * of PrestaShop's product import, with formula-looking cells neutralised; other platforms and
 * accounts without a price list are refused; an export stopped halfway and restarted writes the
 * same file as a clean one.
 *
 * <p>Each test prices its articles in a price list of its own, so the articles other tests pushed
 * (which no account of this test publishes) stay out of its files.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogExportIT {

    private static final String PRESTASHOP_KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private Http operator;
    private TestErp erp;
    private String tag;
    private String priceList;

    @BeforeEach
    void erpAndOperator() throws Exception {
        erp = TestErp.create(context.toURI(), "Gestionale export CSV");
        operator = Http.as(context.toURI(), "olga", "operator");
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        priceList = "L" + tag;
    }

    @Test
    void aPrestaShopExportReadsBackToThePublishedArticlesWithFormulasNeutralised() throws Exception {
        erp.push(List.of(
                article("1", "Caffè in grani; \"Miscela\" bar", "Coffee beans", "18.30")
                        .add("gtin", "8001234567890").add("brand", "Torrefazione").add("weightKg", 1)
                        .add("categories", Json.createArrayBuilder().add("Caffè").add("Grani"))
                        .add("images", Json.createArrayBuilder().add("https://img.example.it/caffe.jpg")).build(),
                article("2", "=HYPERLINK(\"https://evil.example\",\"clic\")", null, "5").build(),
                Json.createObjectBuilder().add("code", code("3")).add("descriptionIt", "Non a listino")
                        .add("prices", Json.createObjectBuilder().add("ALTRO", 1)).build(),
                article("4", "Moka 3 tazze", "Moka pot", "24.90").build()),
                List.of(stock("1", "MAG1", "12"), stock("2", "MAG1", "3.5"), stock("4", "MAG2", "7")));
        long accountId = prestaShopAccount(priceList);

        long execution = start(accountId);
        var job = JobRunner.runToEnd(operator, execution);

        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(job.getJsonNumber("read").longValue()).isEqualTo(3);
        assertThat(job.getJsonNumber("written").longValue()).isEqualTo(3);
        var run = job.getJsonObject("run");
        assertThat(run.getString("jobName")).isEqualTo("catalog-csv-export");
        assertThat(run.getJsonNumber("total").longValue()).as("the articles with a price in the list").isEqualTo(3);
        assertThat(run.getJsonNumber("done").longValue()).isEqualTo(3);
        assertThat(run.getString("startedBy")).isEqualTo("olga");
        assertThat(Db.count("SELECT COUNT(*) FROM job_lock WHERE lock_key = ?", "catalog-csv-export:" + accountId))
                .as("the account's lock is released").isZero();

        var file = operator.download("api/v1/catalog-exports/" + execution + "/file", "text/csv");
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(file.disposition()).startsWith("attachment; filename=\"").endsWith(".csv\"")
                .contains("prestashop");
        assertThat(file.body()).doesNotStartWith("\uFEFF").endsWith("\r\n");
        var rows = rows(file.body(), CsvLayout.PRESTASHOP);
        assertThat(rows).extracting(r -> r.get("Reference #")).containsExactly(code("1"), code("2"), code("4"));
        assertThat(rows).extracting(r -> r.get("Name *")).containsExactly("Caffè in grani; \"Miscela\" bar",
                "'=HYPERLINK(\"https://evil.example\",\"clic\")", "Moka 3 tazze");
        assertThat(rows).extracting(r -> r.get("Price tax excluded")).containsExactly("18.3", "5", "24.9");
        assertThat(rows).as("the stock of MAG1; none there is 0").extracting(r -> r.get("Quantity"))
                .containsExactly("12", "3", "0");
        assertThat(rows.get(0)).containsEntry("EAN13", "8001234567890").containsEntry("Manufacturer", "Torrefazione")
                .containsEntry("Categories (x,y,z...)", "Caffè,Grani").containsEntry("Weight", "1")
                .containsEntry("Image URLs (x,y,z...)", "https://img.example.it/caffe.jpg")
                .containsEntry("Active (0/1)", "1");
        assertThat(Http.as(context.toURI(), "vera", "viewer")
                .download("api/v1/catalog-exports/" + execution + "/file", "text/csv").body())
                .as("a viewer may download").isEqualTo(file.body());
    }

    @Test
    void refusesPlatformsWithoutACsvImportAndAccountsWithoutAPriceList() throws Exception {
        var google = operator.post("api/v1/accounts", """
                {"description": "Google %s", "platform": "GOOGLE_SHOPPING", "shopUrl": "https://www.example.it",
                 "merchantId": "123456789", "priceList": "%s"}""".formatted(tag, priceList));
        assertThat(google.status()).as(google.body()).isEqualTo(201);
        long noPriceList = prestaShopAccount(null);

        var notAShop = operator.post("api/v1/catalog-exports/" + google.object().getJsonNumber("id"), "");
        var noList = operator.post("api/v1/catalog-exports/" + noPriceList, "");

        assertThat(notAShop.status()).isEqualTo(400);
        assertThat(notAShop.body()).contains("PrestaShop e Magento");
        assertThat(noList.status()).isEqualTo(400);
        assertThat(noList.body()).contains("listino");
        assertThat(Db.count("SELECT COUNT(*) FROM job_run WHERE account_id = ?", noPriceList)).isZero();
        assertThat(Http.as(context.toURI(), "vera", "viewer").post("api/v1/catalog-exports/" + noPriceList, "")
                .status()).as("a viewer may not start it").isEqualTo(403);
        assertThat(operator.download("api/v1/catalog-exports/999999999/file", "text/csv").status()).isEqualTo(404);
    }

    @Test
    void anExportStoppedHalfwayAndRestartedWritesTheSameFileAsACleanOne() throws Exception {
        int articles = 20_000;
        var codes = IntStream.rangeClosed(1, articles).mapToObj(i -> code("%05d".formatted(i))).toList();
        for (int from = 0; from < articles; from += 1000) {
            var batch = IntStream.range(from, from + 1000).boxed().toList();
            erp.push(batch.stream().map(i -> Json.createObjectBuilder().add("code", codes.get(i))
                    .add("descriptionIt", "Articolo " + i + (i % 100 == 0 ? "; \"lotto\"" : ""))
                    .add("prices", Json.createObjectBuilder().add(priceList, BigDecimal.valueOf(100 + i, 2))).build())
                    .toList(),
                    batch.stream().map(i -> Json.createObjectBuilder().add("articleCode", codes.get(i))
                            .add("warehouse", "MAG1").add("quantity", i % 17).build()).toList());
        }
        long accountId = prestaShopAccount(priceList);
        // the second chunk (5000 articles a chunk) commits 5 seconds late: time to ask the export to stop
        String trigger = "it_slow_export_" + tag.toLowerCase();
        Db.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON job_run FOR EACH ROW BEGIN "
                + "IF NEW.job_name = 'catalog-csv-export' AND NEW.account_id = " + accountId
                + " AND OLD.done < 10000 AND NEW.done >= 10000 THEN DO SLEEP(5); END IF; END");
        long first;
        try {
            first = start(accountId);
            var concurrent = operator.post("api/v1/catalog-exports/" + accountId, "");
            assertThat(concurrent.status()).as("one export per account").isEqualTo(409);
            assertThat(concurrent.body()).contains("job_running", "Download CSV");
            JobRunner.awaitDone(operator, first, 5000);
            assertThat(operator.post("api/v1/jobs/" + first + "/stop", "").status()).isEqualTo(202);
            var stopped = JobRunner.runToEnd(operator, first);
            assertThat(stopped.getString("batchStatus")).isEqualTo("STOPPED");
            assertThat(stopped.getJsonObject("run").getJsonNumber("done").longValue()).as("stopped halfway")
                    .isBetween(1L, articles - 1L);
            assertThat(stopped.getBoolean("restartable")).isTrue();
        } finally {
            Db.execute("DROP TRIGGER IF EXISTS " + trigger);
        }
        assertThat(operator.download("api/v1/catalog-exports/" + first + "/file", "text/csv").status())
                .as("a stopped export has no file to download").isEqualTo(400);

        var restarted = operator.post("api/v1/jobs/" + first + "/restart", "");
        assertThat(restarted.status()).as(restarted.body()).isEqualTo(202);
        long second = restarted.object().getJsonNumber("executionId").longValue();
        var done = JobRunner.runToEnd(operator, second);
        assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(done.getJsonObject("run").getJsonNumber("restartOf").longValue()).isEqualTo(first);
        assertThat(done.getJsonObject("run").getJsonNumber("done").longValue()).isEqualTo(articles);
        long clean = start(accountId);
        assertThat(JobRunner.runToEnd(operator, clean).getString("batchStatus")).isEqualTo("COMPLETED");

        String restartedFile = operator.download("api/v1/catalog-exports/" + second + "/file", "text/csv").body();
        String cleanFile = operator.download("api/v1/catalog-exports/" + clean + "/file", "text/csv").body();
        assertThat(restartedFile).isEqualTo(cleanFile);
        var rows = rows(restartedFile, CsvLayout.PRESTASHOP);
        assertThat(rows).extracting(r -> r.get("Reference #")).containsExactlyElementsOf(codes);
        assertThat(rows.get(1234)).containsEntry("Name *", "Articolo 1234").containsEntry("Quantity",
                Integer.toString(1234 % 17)).containsEntry("Price tax excluded", "13.34");
    }

    private String code(String suffix) {
        return tag + "-" + suffix;
    }

    private JsonObjectBuilder article(String suffix, String it, String en, String price) {
        var article = Json.createObjectBuilder().add("code", code(suffix)).add("descriptionIt", it)
                .add("prices", Json.createObjectBuilder().add(priceList, new BigDecimal(price))
                        .add("LISTINO1", 99));
        return en == null ? article : article.add("descriptionEn", en);
    }

    private JsonObject stock(String suffix, String warehouse, String quantity) {
        return Json.createObjectBuilder().add("articleCode", code(suffix)).add("warehouse", warehouse)
                .add("quantity", new BigDecimal(quantity)).build();
    }

    /** One DELTA sync of the ERP (a FULL one would mark the other tests' articles gone). */
    @Test
    void aPublishingRunEmailsItsReportAndTellsTelegram() throws Exception {
        erp.push(List.of(article("R1", "Olio extravergine 1L", "Olive oil", "9.90").build(),
                article("R2", "Aceto balsamico", "Balsamic vinegar", "6.50").build()), List.of(stock("R1", "MAG1", "4")));
        String ops = "report." + tag + "@example.it";
        String boss = "titolare." + tag + "@example.it";
        String description = "Negozio report " + tag;
        long accountId = TestAccounts.create(operator, description, "PRESTASHOP", "https://shop.example.it",
                PRESTASHOP_KEY, "\"publishMethod\": \"CSV\", \"warehouseCode\": \"MAG1\", \"languageCode\": \"it\", "
                        + "\"priceList\": \"" + priceList + "\", \"sendEmail\": true, \"notificationEmails\": \"" + ops
                        + ", " + boss + "\"");
        var admin = Http.as(context.toURI(), "ada", "admin");
        admin.put("api/v1/modules/TELEGRAM", "{\"enabled\": true}");
        var telegram = TestServices.telegram();
        long chat = 700_000_000L + Math.abs(tag.hashCode() % 1_000_000);
        telegram.addPrivateChat(chat, "Titolare");
        var integration = operator.post("api/v1/marketing-accounts", Json.createObjectBuilder()
                .add("description", "Telegram report " + tag).add("platform", "TELEGRAM")
                .add("accountName", Long.toString(chat)).add("secret", telegram.token())
                .add("options", Json.createObjectBuilder().add("shopAccounts", Json.createArrayBuilder().add(accountId))
                        .add("events", Json.createArrayBuilder().add("PUBLISHING_REPORT"))).build().toString());
        assertThat(integration.status()).as(integration.body()).isEqualTo(201);
        admin.put("api/v1/modules/CLERK", "{\"enabled\": true}");
        var clerk = TestServices.clerk().addStore("catalogo " + tag, "pub-c" + tag, "priv-c" + tag);
        var clerkIntegration = operator.post("api/v1/marketing-accounts", Json.createObjectBuilder()
                .add("description", "Clerk catalogo " + tag).add("platform", "CLERK").add("accountName", "pub-c" + tag)
                .add("secret", "priv-c" + tag).add("options", Json.createObjectBuilder().add("shopAccounts",
                        Json.createArrayBuilder().add(accountId)).add("orders", false).add("customers", false)
                        .add("products", true)).build().toString());
        assertThat(clerkIntegration.status()).as(clerkIntegration.body()).isEqualTo(201);

        var job = JobRunner.runToEnd(operator, start(accountId));
        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");

        var mail = TestServices.mail();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((mail.messagesTo(ops).isEmpty() || mail.messagesTo(boss).isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(mail.messagesTo(boss)).as("every notification address").hasSize(1);
        var report = mail.messagesTo(ops).get(0);
        assertThat(report.getSubject()).isEqualTo("Pubblicazione articoli " + description + ": COMPLETED");
        assertThat(report.getContent().toString()).contains("Articoli pubblicati: 2").contains("Non pubblicati: 0");
        deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (telegram.messagesTo(chat).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        while (clerk.products().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        try {
            assertThat(telegram.messagesTo(chat)).hasSize(1);
            assertThat(telegram.messagesTo(chat).get(0).text()).contains(description).contains("2 pubblicati");
            assertThat(clerk.products()).as("the published catalog reaches Clerk.io").extracting(p -> p.getString("id"))
                    .containsExactlyInAnyOrder(code("R1"), code("R2"));
        } finally {
            admin.delete("api/v1/marketing-accounts/" + integration.object().getJsonNumber("id").longValue());
            admin.delete("api/v1/marketing-accounts/" + clerkIntegration.object().getJsonNumber("id").longValue());
        }
    }

    @Test
    void anAccountPublishesOnlyTheArticlesItSelectsWithItsCategoriesMapped() throws Exception {
        String coffee = "Caffè " + tag;
        String moka = "Moka " + tag;
        erp.push(List.of(
                article("C1", "Caffè in grani", null, "18.30")
                        .add("categories", Json.createArrayBuilder().add(coffee).add("Grani " + tag))
                        .add("flags", Json.createArrayBuilder().add("web").add("promo")).build(),
                article("C2", "Caffè macinato", null, "9.90").add("categories", Json.createArrayBuilder().add(coffee))
                        .build(),
                article("M1", "Moka 3 tazze", null, "24.90").add("categories", Json.createArrayBuilder().add(moka))
                        .add("flags", Json.createArrayBuilder().add("web")).build(),
                article("X1", "Senza categoria", null, "1").build()), List.of());
        long accountId = prestaShopAccount(priceList);
        var account = operator.get("api/v1/accounts/" + accountId).object();

        var noCategory = operator.put("api/v1/accounts/" + accountId, Json.createObjectBuilder(account)
                .add("articleSelection", "CATEGORIES").build().toString());
        assertThat(noCategory.status()).as(noCategory.body()).isEqualTo(400);
        assertThat(noCategory.body()).contains("selectedCategories").contains("almeno una categoria");

        var byCategory = operator.put("api/v1/accounts/" + accountId, Json.createObjectBuilder(account)
                .add("articleSelection", "CATEGORIES").add("selectedCategories", Json.createArrayBuilder().add(coffee))
                .add("categoryMap", Json.createObjectBuilder().add(coffee, "12").add("Grani " + tag, "15"))
                .build().toString());
        assertThat(byCategory.status()).as(byCategory.body()).isEqualTo(200);
        assertThat(Db.count("SELECT COUNT(*) FROM shop_account_category WHERE account_id = ?", accountId))
                .as("the mapping is kept").isEqualTo(2);
        var rows = rows(exportedFile(accountId, 2), CsvLayout.PRESTASHOP);
        assertThat(rows).extracting(r -> r.get("Reference #")).containsExactly(code("C1"), code("C2"));
        assertThat(rows).as("mapped categories are the shop's ids").extracting(r -> r.get("Categories (x,y,z...)"))
                .containsExactly("12,15", "12");

        account = operator.get("api/v1/accounts/" + accountId).object();
        assertThat(account.getString("articleSelection")).isEqualTo("CATEGORIES");
        var byFlag = operator.put("api/v1/accounts/" + accountId, Json.createObjectBuilder(account)
                .add("articleSelection", "FLAG").add("selectedFlag", " web ").build().toString());
        assertThat(byFlag.status()).as(byFlag.body()).isEqualTo(200);
        rows = rows(exportedFile(accountId, 2), CsvLayout.PRESTASHOP);
        assertThat(rows).extracting(r -> r.get("Reference #")).containsExactly(code("C1"), code("M1"));
        assertThat(rows).as("an unmapped category keeps its ERP name").extracting(r -> r.get("Categories (x,y,z...)"))
                .containsExactly("12,15", moka);
    }

    /** Exports the account's articles and downloads the file, after checking how many it counted. */
    private String exportedFile(long accountId, long expected) throws Exception {
        long execution = start(accountId);
        var job = JobRunner.runToEnd(operator, execution);
        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(job.getJsonObject("run").getJsonNumber("total").longValue()).isEqualTo(expected);
        var file = operator.download("api/v1/catalog-exports/" + execution + "/file", "text/csv");
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        return file.body();
    }

    private long prestaShopAccount(String list) throws Exception {
        return TestAccounts.create(operator, "Negozio CSV " + UUID.randomUUID(), "PRESTASHOP",
                "https://shop.example.it", PRESTASHOP_KEY, "\"publishMethod\": \"CSV\", \"warehouseCode\": \"MAG1\", "
                        + "\"languageCode\": \"it\"" + (list == null ? "" : ", \"priceList\": \"" + list + "\""));
    }

    private long start(long accountId) throws Exception {
        return JobRunner.startCatalogExport(operator, accountId);
    }

    /** The file's rows (after the header, which must be the layout's), each keyed by its column. */
    private static List<Map<String, String>> rows(String file, CsvLayout layout) {
        var records = CatalogCsv.parse(file, layout.separator());
        assertThat(records.get(0)).isEqualTo(layout.header());
        var rows = new ArrayList<Map<String, String>>();
        for (var record : records.subList(1, records.size())) {
            assertThat(record).hasSameSizeAs(layout.header());
            var row = new LinkedHashMap<String, String>();
            IntStream.range(0, record.size()).forEach(i -> row.put(layout.header().get(i), record.get(i)));
            rows.add(row);
        }
        return rows;
    }
}

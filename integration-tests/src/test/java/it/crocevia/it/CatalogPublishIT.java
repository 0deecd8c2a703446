package it.crocevia.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.testserver.magento.MagentoDefaults;
import it.crocevia.testserver.magento.MagentoTestServer;
import it.crocevia.testserver.prestashop.PrestaShopDefaults;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import it.crocevia.testserver.prestashop.ProductSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing by API against the project's PrestaShop webservice test server, in WildFly against
 * MariaDB: the ERP's articles are created or updated on the shop with their stock; a product that
 * was already there is backed up first, whole; restoring the backup puts the old record back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogPublishIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL context;

    private PrestaShopTestServer shop;
    private Http operator;
    private TestErp erp;
    private String tag;

    @BeforeEach
    void setUp() throws Exception {
        shop = new PrestaShopTestServer().start();
        operator = Http.as(context.toURI(), "olga", "operator");
        erp = TestErp.create(context.toURI(), "Gestionale pubblicazione");
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    @Test
    void publishingBacksUpWhatItOverwritesAndARestorePutsItBack() throws Exception {
        String priceList = "L" + tag;
        int existing = shop.data().addProduct(ProductSpec.of("P" + tag + "-1", "Vecchio nome", new BigDecimal("1.000000"))
                .description("Descrizione del negozio", "Shop description"));
        push(priceList);
        long accountId = TestAccounts.create(operator, "Negozio API " + tag, "PRESTASHOP", shop.shopUrl(), shop.apiKey(),
                "\"publishMethod\": \"API\", \"warehouseCode\": \"MAG1\", \"languageCode\": \"it\", \"priceList\": \""
                        + priceList + "\"");

        var job = JobRunner.runToEnd(operator, JobRunner.startCatalogPublish(operator, accountId));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.getJsonObject("run").getJsonNumber("changed").longValue()).as("published").isEqualTo(3);

        var updated = shop.data().productByReference("P" + tag + "-1").orElseThrow();
        assertThat(updated.id()).as("the same product, updated").isEqualTo(existing);
        assertThat(updated.name()).isEqualTo("Caffè in grani 1kg");
        assertThat(new BigDecimal(updated.price())).isEqualByComparingTo("18.30");
        var created = shop.data().productByReference("P" + tag + "-2").orElseThrow();
        assertThat(created.name()).isEqualTo("Moka 3 tazze");
        assertThat(created.active()).isTrue();
        assertThat(shop.data().stockOf(created.id()).quantity()).isEqualTo(7);
        assertThat(shop.data().stockOf(existing).quantity()).isEqualTo(12);

        var runs = operator.get("api/v1/backups?account=" + accountId).json().asJsonArray();
        assertThat(runs).hasSize(1);
        long run = runs.getJsonObject(0).getJsonNumber("executionId").longValue();
        var products = operator.get("api/v1/backups/" + run + "/products").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(products).as("only what existed is backed up").extracting(p -> p.getString("sku"))
                .containsExactly("P" + tag + "-1");
        long backup = products.get(0).getJsonNumber("id").longValue();
        var record = operator.get("api/v1/product-backups/" + backup).object();
        assertThat(record.getString("format")).isEqualTo("xml");
        assertThat(record.getString("record")).contains("Vecchio nome").contains("Descrizione del negozio");
        var file = operator.download("api/v1/product-backups/" + backup + "/file", "application/xml");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.disposition()).contains("backup-" + run + "-P" + tag + "-1.xml");

        assertThat(operator.post("api/v1/product-backups/" + backup + "/restore", "").status()).isEqualTo(204);
        var restored = shop.data().productByReference("P" + tag + "-1").orElseThrow();
        assertThat(restored.name()).isEqualTo("Vecchio nome");
        assertThat(new BigDecimal(restored.price())).isEqualByComparingTo("1.00");
        assertThat(restored.text("description", 1)).isEqualTo("Descrizione del negozio");
        assertThat(Db.strings("SELECT action FROM audit_entry WHERE target_id = ? AND action = 'PRODUCT_RESTORED'",
                Long.toString(accountId))).hasSize(1);
        assertThat(Http.as(context.toURI(), "vera", "viewer").post("api/v1/product-backups/" + backup + "/restore", "")
                .status()).isEqualTo(403);
    }

    @Test
    void publishesTheFlaggedArticlesInTheMappedCategoriesWithBrandAndTaxGroup() throws Exception {
        String priceList = "F" + tag;
        erp.push(List.of(Json.createObjectBuilder(article("W", "Caffè macinato moka", "4.50", priceList))
                        .add("vatRate", 10).add("brand", "Torrefazione " + tag)
                        .add("categories", Json.createArrayBuilder().add("Caffè").add("Offerte"))
                        .add("flags", Json.createArrayBuilder().add("web")).build(),
                Json.createObjectBuilder(article("N", "Caffè solo in negozio", "5.00", priceList))
                        .add("categories", Json.createArrayBuilder().add("Caffè")).build()), List.of());
        long accountId = TestAccounts.create(operator, "Negozio flag " + tag, "PRESTASHOP", shop.shopUrl(),
                shop.apiKey(), "\"publishMethod\": \"API\", \"languageCode\": \"it\", \"priceList\": \""
                        + priceList + "\"");

        var refreshed = operator.post("api/v1/structure-refreshes/" + accountId, "");
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        var categories = operator.get("api/v1/account-structures/" + accountId).json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(i -> "CATEGORY".equals(i.getString("kind"))).toList();
        String coffee = Integer.toString(PrestaShopDefaults.CATEGORY_COFFEE);
        assertThat(categories).as("Aggiorna Account reads the shop's categories, as paths")
                .anySatisfy(c -> assertThat(c.getString("remoteId")).isEqualTo(coffee));
        var account = operator.get("api/v1/accounts/" + accountId).object();
        var mapped = operator.put("api/v1/accounts/" + accountId, Json.createObjectBuilder(account)
                .add("articleSelection", "FLAG").add("selectedFlag", "web")
                .add("categoryMap", Json.createObjectBuilder().add("Caffè", coffee)).build().toString());
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);

        var job = JobRunner.runToEnd(operator, JobRunner.startCatalogPublish(operator, accountId));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.getJsonObject("run").getJsonNumber("total").longValue()).as("the flagged one").isEqualTo(1);

        assertThat(shop.data().productByReference("P" + tag + "-N")).as("not flagged: not published").isEmpty();
        var product = shop.data().productByReference("P" + tag + "-W").orElseThrow();
        assertThat(product.field("id_category_default")).as("the mapped category").isEqualTo(coffee);
        assertThat(product.categoryIds()).as("an unmapped category is not sent").containsExactly(
                PrestaShopDefaults.CATEGORY_COFFEE);
        assertThat(product.field("id_tax_rules_group")).as("the shop's 10% group")
                .isEqualTo(Integer.toString(PrestaShopDefaults.TAX_GROUP_10));
        assertThat(product.field("id_manufacturer")).as("the brand, created on the shop").isNotEqualTo("0");
        assertThat(shop.data().value("manufacturers", Integer.parseInt(product.field("id_manufacturer")), "name"))
                .isEqualTo("Torrefazione " + tag);
    }

    @Test
    void publishingToMagentoBacksUpMapsCategoriesAndRestores() throws Exception {
        try (var store = new MagentoTestServer().start()) {
            String priceList = "M" + tag;
            store.data().addProduct(it.crocevia.testserver.magento.ProductSpec.of("P" + tag + "-1", "Vecchio caffè", new BigDecimal("1.00"))
                    .categories(Integer.toString(MagentoDefaults.CATEGORY_CLOTHES)));
            push(priceList);
            long accountId = TestAccounts.create(operator, "Magento API " + tag, "MAGENTO", store.shopUrl(),
                    store.accessToken(), "\"publishMethod\": \"API\", \"warehouseCode\": \"MAG1\", "
                            + "\"languageCode\": \"it\", \"priceList\": \"" + priceList + "\"");
            assertThat(operator.post("api/v1/structure-refreshes/" + accountId, "").status()).isEqualTo(200);
            var account = operator.get("api/v1/accounts/" + accountId).object();
            String coffee = Integer.toString(MagentoDefaults.CATEGORY_COFFEE);
            assertThat(operator.put("api/v1/accounts/" + accountId, Json.createObjectBuilder(account)
                    .add("categoryMap", Json.createObjectBuilder().add("Caffè", coffee)).build().toString()).status())
                    .isEqualTo(200);

            var job = JobRunner.runToEnd(operator, JobRunner.startCatalogPublish(operator, accountId));
            assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
            assertThat(job.getJsonObject("run").getJsonNumber("changed").longValue()).isEqualTo(3);

            String sku = "P" + tag + "-1";
            assertThat(store.data().productField(sku, "name")).isEqualTo("Caffè in grani 1kg");
            assertThat(new BigDecimal(store.data().productField(sku, "price").toString())).isEqualByComparingTo("18.30");
            assertThat(store.data().categoryPositions(sku)).as("the mapped category in place of the shop's")
                    .containsOnlyKeys(coffee);
            assertThat(new BigDecimal(store.data().stockField(sku, "qty").toString())).isEqualByComparingTo("12");
            assertThat(store.data().categoryPositions("P" + tag + "-2")).as("no category: the default one")
                    .containsOnlyKeys(Integer.toString(MagentoDefaults.CATEGORY_DEFAULT));

            long run = operator.get("api/v1/backups?account=" + accountId).json().asJsonArray().getJsonObject(0)
                    .getJsonNumber("executionId").longValue();
            var restore = operator.post("api/v1/backups/" + run + "/restore", "");
            assertThat(restore.status()).as(restore.body()).isEqualTo(202);
            var restored = JobRunner.runToEnd(operator, restore.object().getJsonNumber("executionId").longValue());
            assertThat(restored.getString("batchStatus")).as(restored.toString()).isEqualTo("COMPLETED");
            assertThat(restored.getJsonObject("run").getString("jobName")).isEqualTo("backup-restore");
            assertThat(restored.getJsonObject("run").getJsonNumber("total").longValue()).as("what existed").isEqualTo(1);
            assertThat(restored.getJsonObject("run").getJsonNumber("changed").longValue()).isEqualTo(1);
            assertThat(store.data().productField(sku, "name")).as("the backup put back").isEqualTo("Vecchio caffè");
            assertThat(new BigDecimal(store.data().productField(sku, "price").toString())).isEqualByComparingTo("1.00");
        }
    }

    private void push(String priceList) throws Exception {
        erp.push(List.of(article("1", "Caffè in grani 1kg", "18.30", priceList),
                article("2", "Moka 3 tazze", "24.90", priceList), article("3", "Tazzine in porcellana", "12.00", priceList)),
                List.of(Json.createObjectBuilder().add("articleCode", "P" + tag + "-1").add("warehouse", "MAG1")
                        .add("quantity", 12).build(), Json.createObjectBuilder().add("articleCode", "P" + tag + "-2")
                        .add("warehouse", "MAG1").add("quantity", 7).build()));
    }

    private JsonObject article(String suffix, String name, String price, String priceList) {
        return Json.createObjectBuilder().add("code", "P" + tag + "-" + suffix).add("descriptionIt", name)
                .add("prices", Json.createObjectBuilder().add(priceList, new BigDecimal(price))).add("vatRate", 22)
                .add("categories", Json.createArrayBuilder().add(suffix.equals("1") ? "Caffè" : "Cucina")).build();
    }
}

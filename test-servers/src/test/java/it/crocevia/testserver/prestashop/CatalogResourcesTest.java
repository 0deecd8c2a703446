package it.crocevia.testserver.prestashop;

import static it.crocevia.testserver.prestashop.PrestaShopDefaults.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Categories, manufacturers and the taxes of the Italian localization pack, as PrestaShop 8 serves them. */
class CatalogResourcesTest {

    private PrestaShopTestServer server;
    private WsClient client;

    @BeforeEach
    void start() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theCategoryTreeHasRootHomeAndTheSamplesWithTheirDepthAndParent() {
        JsonArray categories = WsClient.array(client.get("categories", "output_format", "JSON", "display", "full"),
                "categories");

        assertThat(categories).hasSize(7);
        JsonObject root = categories.getJsonObject(0);
        assertThat(root.getInt("id")).isEqualTo(CATEGORY_ROOT);
        assertThat(root.getString("id_parent")).isEqualTo("0");
        assertThat(root.getString("level_depth")).isEqualTo("0");
        assertThat(root.getString("is_root_category")).isEqualTo("0");
        JsonObject tShirts = categories.getJsonObject(CATEGORY_T_SHIRTS - 1);
        assertThat(tShirts.getString("id_parent")).isEqualTo(Integer.toString(CATEGORY_CLOTHES));
        assertThat(tShirts.getString("level_depth")).isEqualTo("3");
        assertThat(tShirts.getJsonArray("name").getJsonObject(0).getString("value")).isEqualTo("Magliette");
        assertThat(tShirts.getJsonArray("link_rewrite").getJsonObject(1).getString("value")).isEqualTo("t-shirts");
        assertThat(categories.getJsonObject(CATEGORY_HOME - 1).getString("is_root_category")).isEqualTo("1");
        assertThat(categories.getJsonObject(CATEGORY_ARCHIVE - 1).getString("active")).isEqualTo("0");
    }

    @Test
    void categoriesPageFilterAndShowOneLanguageAsTheOtherResources() {
        JsonArray underHome = WsClient.array(client.get("categories", "output_format", "JSON",
                "display", "[id,name]", "filter[id_parent]", "[" + CATEGORY_HOME + "]", "language", "1",
                "sort", "[id_DESC]", "limit", "1,2"), "categories");
        HttpResponse<String> byName = client.get("categories", "output_format", "JSON", "filter[name]", "[caffè]");

        assertThat(underHome).hasSize(2);
        assertThat(underHome.getJsonObject(0).getString("name")).isEqualTo("Casa e cucina");
        assertThat(underHome.getJsonObject(1).getString("name")).isEqualTo("Abbigliamento");
        assertThat(WsClient.array(byName, "categories").getJsonObject(0).getInt("id")).isEqualTo(CATEGORY_COFFEE);
        assertThat(client.get("categories", "output_format", "JSON", "filter[nb_products_recursive]", "[1]").body())
                .contains("\"code\":34");
    }

    @Test
    void aCategoryShowsItsActiveChildrenItsProductsAndTheProductsBelowIt() {
        int moka = server.data().addProduct(ProductSpec.of("MOKA-3", "Moka Express", new BigDecimal("24.51"))
                .categories(CATEGORY_COFFEE, CATEGORY_HOME));
        server.data().addProduct(ProductSpec.of("TAZ-1", "Tazza", new BigDecimal("9")).categories(CATEGORY_KITCHEN));

        JsonObject home = WsClient.object(client.get("categories/" + CATEGORY_HOME, "output_format", "JSON"))
                .getJsonObject("category");
        JsonObject kitchen = WsClient.object(client.get("categories/" + CATEGORY_KITCHEN, "output_format", "JSON"))
                .getJsonObject("category");
        JsonObject tShirts = WsClient.object(client.get("categories/" + CATEGORY_T_SHIRTS, "output_format", "JSON"))
                .getJsonObject("category");

        assertThat(home.getJsonObject("associations").getJsonArray("categories").stream()
                .map(c -> c.asJsonObject().getString("id")).toList())
                .containsExactly(Integer.toString(CATEGORY_CLOTHES), Integer.toString(CATEGORY_KITCHEN));
        assertThat(home.getJsonObject("associations").getJsonArray("products").getJsonObject(0).getString("id"))
                .isEqualTo(Integer.toString(moka));
        assertThat(home.getInt("nb_products_recursive")).isEqualTo(2);
        assertThat(kitchen.getInt("nb_products_recursive")).isEqualTo(2);
        assertThat(tShirts.getInt("nb_products_recursive")).as("none: -1, as PrestaShop answers").isEqualTo(-1);
        assertThat(tShirts).doesNotContainKey("associations");
    }

    @Test
    void categoriesAddedInTheBackOfficeGoUnderTheirParent() {
        int polo = server.data().addCategory(CATEGORY_CLOTHES, "Polo", "Polo shirts");

        JsonObject added = WsClient.object(client.get("categories/" + polo, "output_format", "JSON"))
                .getJsonObject("category");

        assertThat(added.getString("id_parent")).isEqualTo(Integer.toString(CATEGORY_CLOTHES));
        assertThat(added.getString("level_depth")).isEqualTo("3");
        assertThat(added.getString("position")).isEqualTo("1");
        assertThat(added.getString("active")).isEqualTo("1");
    }

    @Test
    void theBlankCategorySchemaLeavesOutWhatCannotBeWritten() {
        String blank = client.get("categories", "schema", "blank").body();

        assertThat(blank).contains("<id_parent></id_parent>", "<is_root_category></is_root_category>",
                "<categories>\n<category>\n<id></id>")
                .doesNotContain("level_depth", "nb_products_recursive");
    }

    @Test
    void aManufacturerPostedWithoutActiveIsStoredDisabledAsEveryFieldLeftOut() {
        HttpResponse<String> created = client.write("POST", "manufacturers",
                "<prestashop><manufacturer><name>Bialetti</name></manufacturer></prestashop>", "output_format", "JSON");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject brand = WsClient.object(created).getJsonObject("manufacturer");
        assertThat(brand.getString("name")).isEqualTo("Bialetti");
        assertThat(brand.getString("active")).isEqualTo("0");
        assertThat(brand.getString("link_rewrite")).isEqualTo("bialetti");
        assertThat(server.data().value("manufacturers", brand.getInt("id"), "name")).isEqualTo("Bialetti");
    }

    @Test
    void manufacturersAreFoundByNameWithoutCaseAndTheirNameIsValidated() {
        int alessi = server.data().addManufacturer("Alessi");
        server.data().addManufacturer("Bialetti Industrie");

        JsonArray found = WsClient.array(client.get("manufacturers", "output_format", "JSON",
                "display", "[id,name,active]", "filter[name]", "[alessi]"), "manufacturers");
        HttpResponse<String> invalid = client.write("POST", "manufacturers",
                "<prestashop><manufacturer><name>Ale{ssi}</name><active>1</active></manufacturer></prestashop>");
        HttpResponse<String> nameless = client.write("POST", "manufacturers",
                "<prestashop><manufacturer><active>1</active></manufacturer></prestashop>");

        assertThat(found).hasSize(1);
        assertThat(found.getJsonObject(0).getInt("id")).isEqualTo(alessi);
        assertThat(found.getJsonObject(0).getString("active")).isEqualTo("1");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("<code><![CDATA[85]]></code>",
                "Property Manufacturer->name is not valid");
        assertThat(nameless.body()).contains("<code><![CDATA[41]]></code>", "parameter \"name\" required");
    }

    @Test
    void aProductShowsTheNameOfItsManufacturer() {
        int alessi = server.data().addManufacturer("Alessi");
        int product = server.data().addProduct(ProductSpec.of("CAF-1", "Caffettiera", new BigDecimal("30"))
                .manufacturer(alessi));

        JsonObject shown = WsClient.object(client.get("products/" + product, "output_format", "JSON"))
                .getJsonObject("product");

        assertThat(shown.getString("manufacturer_name")).isEqualTo("Alessi");
    }

    @Test
    void theItalianPackGivesEachRateAGroupWithARuleForItaly() {
        JsonArray groups = WsClient.array(client.get("tax_rule_groups", "output_format", "JSON", "display", "full"),
                "tax_rule_groups");
        JsonArray italianRules = WsClient.array(client.get("tax_rules", "output_format", "JSON", "display",
                "[id_tax_rules_group,id_tax]", "filter[id_country]", "[" + COUNTRY_IT + "]"), "tax_rules");
        JsonArray taxes = WsClient.array(client.get("taxes", "output_format", "JSON", "display", "full"), "taxes");

        assertThat(groups.stream().map(g -> g.asJsonObject().getString("name")).toList()).containsExactly(
                "IT Standard Rate (22%)", "IT Reduced Rate (10%)", "IT Reduced Rate (5%)", "IT Reduced Rate (4%)",
                "IT Zero Rate (0%)", "EU VAT For Virtual Products");
        assertThat(italianRules.stream().map(r -> r.asJsonObject().getString("id_tax_rules_group") + ":"
                + r.asJsonObject().getString("id_tax")).toList())
                .containsExactly("1:1", "2:2", "3:3", "4:4", "5:5", "6:1");
        assertThat(taxes.stream().map(t -> t.asJsonObject().getString("rate")).toList())
                .containsExactly("22.000", "10.000", "5.000", "4.000", "0.000");
        assertThat(taxes.getJsonObject(0).getJsonArray("name").getJsonObject(0).getString("value"))
                .isEqualTo("IVA IT 22%");
    }

    @Test
    void aKeyWithoutTheResourcesCannotReadThem() {
        String key = "CATALOGONLY0123456789ABCDEFGHIJK";
        server.addKey(key, java.util.Set.of("products"));

        for (String resource : List.of("categories", "manufacturers", "tax_rule_groups", "images")) {
            HttpResponse<String> refused = client.getWithKey(key, resource);
            assertThat(refused.statusCode()).as(resource).isEqualTo(401);
            assertThat(refused.body()).as(resource).contains("<code><![CDATA[26]]></code>");
        }
    }
}

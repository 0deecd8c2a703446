package it.crocevia.testserver.magento;

import static it.crocevia.testserver.magento.MagentoDefaults.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Categories, attribute options and product images, as Magento 2.4's REST API serves and takes them. */
class CatalogStructureTest {

    private MagentoTestServer server;
    private RestClient client;

    @BeforeEach
    void start() {
        server = new MagentoTestServer().start();
        client = new RestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theAdminTreeStartsAtTheRootCatalogAndAStoreViewsAtItsRootCategory() {
        server.data().addProduct(ProductSpec.of("CAF-250", "Caffè", new BigDecimal("4.9"))
                .categories(Integer.toString(CATEGORY_COFFEE)));

        JsonObject admin = RestClient.object(client.getWithToken(server.accessToken(), "/rest/all/V1/categories"));
        JsonObject english = RestClient.object(client.getWithToken(server.accessToken(), "/rest/en/V1/categories"));

        assertThat(admin.getInt("id")).isEqualTo(CATEGORY_ROOT_CATALOG);
        assertThat(admin.getInt("parent_id")).isZero();
        assertThat(admin.getString("name")).isEqualTo("Root Catalog");
        assertThat(admin.isNull("is_active")).isTrue();
        JsonObject defaultCategory = admin.getJsonArray("children_data").getJsonObject(0);
        assertThat(defaultCategory.getString("name")).isEqualTo("Default Category");
        assertThat(defaultCategory.getInt("level")).isEqualTo(1);
        assertThat(defaultCategory.getInt("product_count")).as("anchor: counts below it").isEqualTo(1);
        assertThat(english.getInt("id")).isEqualTo(CATEGORY_DEFAULT);
        JsonArray children = english.getJsonArray("children_data");
        assertThat(children.stream().map(c -> c.asJsonObject().getString("name")).toList())
                .containsExactly("Clothing", "Home and kitchen", "Archive");
        assertThat(children.getJsonObject(2).getBoolean("is_active")).isFalse();
        JsonObject kitchen = children.getJsonObject(1);
        assertThat(kitchen.keySet()).containsExactly("id", "parent_id", "name", "is_active", "position", "level",
                "product_count", "children_data");
        assertThat(kitchen.getJsonArray("children_data").getJsonObject(0).getString("name")).isEqualTo("Coffee");
    }

    @Test
    void theTreeTakesARootAndADepth() {
        JsonObject clothes = RestClient.object(client.get("categories", "rootCategoryId",
                Integer.toString(CATEGORY_CLOTHES), "depth", "0"));
        HttpResponse<String> missing = client.get("categories", "rootCategoryId", "99");

        assertThat(clothes.getString("name")).isEqualTo("Abbigliamento");
        assertThat(clothes.getJsonArray("children_data")).isEmpty();
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No such entity with %fieldName = %fieldValue", "\"fieldValue\":99");
    }

    @Test
    void theCategoryListIsSearchedAsTheOtherLists() {
        HttpResponse<String> found = client.get("categories/list", RestClient.criteria().group()
                .filter("parent_id", Integer.toString(CATEGORY_DEFAULT), "eq").group().filter("is_active", "1", "eq")
                .sort("position", "DESC").build());

        JsonArray items = RestClient.items(found);
        assertThat(RestClient.object(found).getInt("total_count")).isEqualTo(2);
        assertThat(items.getJsonObject(0).getString("name")).isEqualTo("Casa e cucina");
        assertThat(items.getJsonObject(0).getString("path")).isEqualTo("1/2/5");
        assertThat(items.getJsonObject(0).getString("children")).isEqualTo("6");
        assertThat(items.getJsonObject(1).getJsonArray("custom_attributes").stream()
                .map(a -> a.asJsonObject().getString("attribute_code") + "=" + a.asJsonObject().getString("value"))
                .toList()).contains("url_key=abbigliamento", "is_anchor=1");
    }

    @Test
    void theManufacturerAttributeHasOnlyTheEmptyOptionUntilTheShopAddsBrands() {
        String path = "products/attributes/manufacturer/options";
        assertThat(client.get(path).body()).isEqualTo("[{\"label\":\" \",\"value\":\"\"}]");

        int bialetti = server.data().addAttributeOption("manufacturer", "Bialetti");
        assertThat(RestClient.json(client.get(path)).asJsonArray().getJsonObject(1))
                .isEqualTo(jakarta.json.Json.createObjectBuilder().add("label", "Bialetti")
                        .add("value", Integer.toString(bialetti)).build());

        server.data().removeAttribute("manufacturer");
        HttpResponse<String> gone = client.get(path);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("The attribute with a \\\"%1\\\" attributeCode doesn't exist",
                "\"parameters\":[\"manufacturer\"]");
    }

    @Test
    void aNewImageIsStoredFromItsBase64ContentAndGetsItsRoles() {
        byte[] png = png();
        String body = """
                {"product": {"sku": "MOKA-3", "name": "Moka", "price": 29.9, "media_gallery_entries": [
                  {"media_type": "image", "label": "Moka", "position": 0, "disabled": false,
                   "types": ["image", "small_image", "thumbnail"],
                   "content": {"base64_encoded_data": "%s", "type": "image/png", "name": "moka.png"}},
                  {"media_type": "image", "position": 1, "disabled": false, "types": [],
                   "content": {"base64_encoded_data": "%s", "type": "image/png", "name": "moka.png"}}]}}
                """.formatted(Base64.getEncoder().encodeToString(png), Base64.getEncoder().encodeToString(png));

        HttpResponse<String> saved = client.write("PUT", "/all", "products/MOKA-3", body);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonArray gallery = RestClient.object(saved).getJsonArray("media_gallery_entries");
        assertThat(gallery.getJsonObject(0).getString("file")).isEqualTo("/m/o/moka.png");
        assertThat(gallery.getJsonObject(1).getString("file")).isEqualTo("/m/o/moka_1.png");
        List<MagentoImage> images = server.data().images("MOKA-3");
        assertThat(images.get(0).content()).isEqualTo(png);
        assertThat(images.get(0).types()).containsExactly("image", "small_image", "thumbnail");
        assertThat(server.data().productField("MOKA-3", "thumbnail")).isEqualTo("/m/o/moka.png");
    }

    @Test
    void aGallerySentAgainKeepsItsFilesAndWhatIsNotAnImageFailsTheSave() {
        String good = entry(Base64.getEncoder().encodeToString(png()), "image/png", "moka.png");
        client.write("PUT", "/all", "products/MOKA-3", product(good));
        int id = server.data().images("MOKA-3").get(0).id();

        HttpResponse<String> again = client.write("PUT", "/all", "products/MOKA-3", product(
                "{\"id\": " + id + ", \"media_type\": \"image\", \"position\": 0, \"disabled\": false, \"types\": []}"));
        HttpResponse<String> text = client.write("PUT", "/all", "products/TAZ-1", product(entry(
                Base64.getEncoder().encodeToString("not an image".getBytes()), "image/jpeg", "tazza.jpg")));
        HttpResponse<String> wrongType = client.write("PUT", "/all", "products/TAZ-1", product(
                entry(Base64.getEncoder().encodeToString(png()), "image/jpeg", "tazza.jpg")));
        HttpResponse<String> badName = client.write("PUT", "/all", "products/TAZ-1", product(
                entry(Base64.getEncoder().encodeToString(png()), "image/png", "taz:za.png")));
        HttpResponse<String> noContent = client.write("PUT", "/all", "products/TAZ-1", product(
                "{\"media_type\": \"image\", \"position\": 0, \"disabled\": false, \"types\": []}"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(server.data().images("MOKA-3")).singleElement()
                .satisfies(image -> assertThat(image.file()).isEqualTo("/m/o/moka.png"));
        assertThat(text.body()).contains("The image content must be valid base64 encoded data.");
        assertThat(wrongType.body()).contains("The image MIME type is not valid or not supported.");
        assertThat(badName.body()).contains("Provided image name contains forbidden characters.");
        assertThat(noContent.body()).contains("The image content is invalid. Verify the content and try again.");
        assertThat(List.of(text, wrongType, badName, noContent)).allSatisfy(r -> assertThat(r.statusCode())
                .isEqualTo(400));
        assertThat(server.data().hasProduct("TAZ-1")).isFalse();
    }

    @Test
    void categoryLinksTakeTheirPositionsAndAnUnknownCategoryFailsTheSave() {
        HttpResponse<String> saved = client.write("PUT", "/all", "products/MOKA-3", """
                {"product": {"sku": "MOKA-3", "name": "Moka", "price": 29.9, "extension_attributes": {"category_links": [
                  {"position": 0, "category_id": "6"}, {"position": 1, "category_id": "5"}]}}}""");
        HttpResponse<String> unknown = client.write("PUT", "/all", "products/MOKA-3", """
                {"product": {"sku": "MOKA-3", "extension_attributes": {"category_links": [
                  {"position": 0, "category_id": "99"}]}}}""");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(server.data().categoryPositions("MOKA-3")).isEqualTo(Map.of("6", 0, "5", 1));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("The product was unable to be saved. Please try again.");
        assertThat(server.data().categoryPositions("MOKA-3")).containsOnlyKeys("6", "5");
    }

    @Test
    void aTokenWithoutTheCatalogResourcesCannotReadThem() {
        server.addToken("onlyorders0000000000000000000000", java.util.Set.of("Magento_Sales::actions_view"));

        for (String path : List.of("/rest/V1/categories", "/rest/V1/categories/list",
                "/rest/V1/products/attributes/manufacturer/options")) {
            assertThat(client.getWithToken("onlyorders0000000000000000000000", path).statusCode()).as(path)
                    .isEqualTo(401);
        }
    }

    private static String product(String entry) {
        return "{\"product\": {\"sku\": \"MOKA-3\", \"name\": \"Moka\", \"price\": 29.9, "
                + "\"media_gallery_entries\": [" + entry + "]}}";
    }

    private static String entry(String base64, String type, String name) {
        return "{\"media_type\": \"image\", \"position\": 0, \"disabled\": false, \"types\": [\"image\"], "
                + "\"content\": {\"base64_encoded_data\": \"" + base64 + "\", \"type\": \"" + type + "\", \"name\": \""
                + name + "\"}}";
    }

    private static byte[] png() {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package it.crocevia.connector.magento;

import static it.crocevia.testserver.magento.MagentoDefaults.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.boundary.ProductData;
import it.crocevia.connector.boundary.PublishResult;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.ImageSite;
import it.crocevia.connector.control.QuickHttp;
import it.crocevia.testserver.magento.MagentoImage;
import it.crocevia.testserver.magento.MagentoTestServer;
import it.crocevia.testserver.magento.ProductSpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link MagentoPublisher} sets beyond the product's own fields: category links, the
 * manufacturer option and the media gallery, against the Magento test server over HTTP.
 */
class MagentoProductDetailsTest {

    private MagentoTestServer shop;
    private ImageSite site;

    @BeforeEach
    void start() {
        shop = new MagentoTestServer().start();
        site = new ImageSite();
    }

    @AfterEach
    void stop() {
        site.close();
        shop.close();
    }

    @Test
    void aNewProductIsLinkedToItsCategoriesInOrderOrElseToTheDefaultCategory() {
        var publisher = publisher();

        publisher.publish(product("CAF-250", List.of(Integer.toString(CATEGORY_COFFEE),
                Integer.toString(CATEGORY_KITCHEN)), "", List.of()), Optional.empty());
        publisher.publish(product("TAZ-1", List.of(), "", List.of()), Optional.empty());

        assertThat(shop.data().categoryPositions("CAF-250")).containsExactly(
                Map.entry(Integer.toString(CATEGORY_COFFEE), 0), Map.entry(Integer.toString(CATEGORY_KITCHEN), 1));
        assertThat(shop.data().categoryPositions("TAZ-1")).containsExactly(
                Map.entry(Integer.toString(CATEGORY_DEFAULT), 0));
    }

    @Test
    void anUpdateReplacesTheLinksOnlyWhenTheProductNamesCategories() {
        shop.data().addProduct(ProductSpec.of("MOKA-3", "Moka", new BigDecimal("29.9"))
                .categories(Integer.toString(CATEGORY_CLOTHES)));
        var publisher = publisher();

        publisher.publish(product("MOKA-3", List.of(), "", List.of()), publisher.find("MOKA-3"));
        assertThat(shop.data().categoryPositions("MOKA-3")).containsOnlyKeys(Integer.toString(CATEGORY_CLOTHES));

        publisher.publish(product("MOKA-3", List.of(Integer.toString(CATEGORY_COFFEE)), "", List.of()),
                publisher.find("MOKA-3"));
        assertThat(shop.data().categoryPositions("MOKA-3")).containsOnlyKeys(Integer.toString(CATEGORY_COFFEE));
    }

    @Test
    void theBrandIsTheManufacturerOptionOfThatLabelWhenTheShopHasOne() {
        var publisher = publisher();
        publisher.publish(product("CAF-250", List.of(), "Bialetti", List.of()), Optional.empty());
        assertThat(shop.data().productField("CAF-250", "manufacturer")).isNull();

        int bialetti = shop.data().addAttributeOption("manufacturer", "Bialetti");
        publisher().publish(product("CAF-500", List.of(), "BIALETTI", List.of()), Optional.empty());
        assertThat(shop.data().productField("CAF-500", "manufacturer")).isEqualTo(Integer.toString(bialetti));

        shop.data().removeAttribute("manufacturer");
        PublishResult without = publisher().publish(product("CAF-1K", List.of(), "Bialetti", List.of()),
                Optional.empty());
        assertThat(without.remoteId()).isNotBlank();
        assertThat(shop.data().productField("CAF-1K", "manufacturer")).isNull();
    }

    @Test
    void aProductWithAnEmptyGalleryGetsItsImagesTheFirstWithTheMainRoles() {
        byte[] png = ImageSite.picture("png", 0xC0FFEE);
        byte[] gif = ImageSite.picture("gif", 0x00FF00);
        List<String> images = List.of(site.serve("/moka.png", "image/png", png),
                site.serve("/moka.webp", "image/webp", ImageSite.WEBP),
                site.serve("/page", "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8)),
                site.serve("/moka.gif", "image/gif", gif));
        var publisher = publisher();

        PublishResult first = publisher.publish(product("MOKA-3", List.of(), "", images), Optional.empty());
        PublishResult again = publisher.publish(product("MOKA-3", List.of(), "", images), publisher.find("MOKA-3"));

        assertThat(first.imagesSkipped()).as("WebP and the page").isEqualTo(2);
        assertThat(again.imagesSkipped()).isZero();
        List<MagentoImage> gallery = shop.data().images("MOKA-3");
        assertThat(gallery).extracting(MagentoImage::file).containsExactly("/m/o/MOKA-3-1.png", "/m/o/MOKA-3-4.gif");
        assertThat(gallery.get(0).types()).containsExactly("image", "small_image", "thumbnail");
        assertThat(gallery.get(0).label()).isEqualTo("Moka Express MOKA-3");
        assertThat(gallery.get(0).content()).isEqualTo(png);
        assertThat(gallery.get(1).types()).isEmpty();
        assertThat(gallery.get(1).content()).isEqualTo(gif);
        assertThat(shop.data().productField("MOKA-3", "image")).isEqualTo("/m/o/MOKA-3-1.png");
    }

    @Test
    void aProductDeletedSinceItsBackupComesBackWithoutTheImagesItCannotCarry() {
        var publisher = publisher();
        publisher.publish(product("MOKA-3", List.of(), "", List.of(site.serve("/moka.png", "image/png",
                ImageSite.picture("png", 1)))), Optional.empty());
        var backup = publisher.find("MOKA-3").orElseThrow();
        shop.data().deleteProduct("MOKA-3");

        publisher.restore(backup);

        assertThat(shop.data().hasProduct("MOKA-3")).isTrue();
        assertThat(shop.data().images("MOKA-3")).isEmpty();
    }

    private static ProductData product(String sku, List<String> categoryIds, String brand, List<String> images) {
        return new ProductData(sku, "Moka Express " + sku, "Caffettiera", new BigDecimal("29.9"), new BigDecimal("22"),
                null, brand, null, List.of(), categoryIds, images, new BigDecimal("3"), true, "it");
    }

    private MagentoPublisher publisher() {
        return new MagentoPublisher(new ShopConnection(0, Marketplace.MAGENTO, shop.shopUrl(), shop.accessToken(),
                "default"), QuickHttp.remoteHttp());
    }
}

package it.crocevia.testserver.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Product images through {@code /api/images/products}, with PrestaShop 8's upload checks. */
class ProductImagesTest {

    private static final String BOUNDARY = "----crocevia7d1";

    private PrestaShopTestServer server;
    private WsClient client;
    private int product;

    @BeforeEach
    void start() {
        server = new PrestaShopTestServer().start();
        client = new WsClient(server);
        product = server.data().addProduct(ProductSpec.of("MOKA-3", "Moka Express", new BigDecimal("24.51")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theFirstUploadBecomesTheCoverAndTheProductListsItsImages() {
        byte[] png = image("png");
        byte[] jpeg = image("jpg");

        HttpResponse<String> first = upload(product, "image", "moka.png", "image/png", png);
        HttpResponse<String> second = upload(product, "image", "moka-2.jpg", "image/jpeg", jpeg);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("<image>\n<id><![CDATA[1]]></id>", "<position><![CDATA[1]]></position>",
                "<cover><![CDATA[1]]></cover>", "<content encode=\"base64\"><![CDATA["
                        + Base64.getEncoder().encodeToString(png) + "]]></content>");
        assertThat(second.body()).contains("<position><![CDATA[2]]></position>", "<cover></cover>");
        assertThat(server.data().images(product)).extracting(PrestaShopImage::mimeType, PrestaShopImage::cover)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("image/png", true),
                        org.assertj.core.groups.Tuple.tuple("image/jpeg", false));
        String record = client.get("products/" + product).body();
        assertThat(record).contains("<id_default_image notFilterable=\"true\"><![CDATA[1]]></id_default_image>",
                "<images nodeType=\"image\" api=\"images\">", "<id><![CDATA[2]]></id>");
        assertThat(client.get("images/products/" + product).body()).contains("<image id=\"" + product + "\">",
                "<declination id=\"1\"", "<declination id=\"2\"");
    }

    @Test
    void anImageIsServedAsItsBytesAndTheCoverAsBin() {
        byte[] png = image("png");
        upload(product, "image", "moka.png", "image/png", png);

        HttpResponse<byte[]> bytes = client.send(client.request("images/products/" + product + "/bin")
                .header("Authorization", WsClient.basic(server.apiKey())).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(bytes.body()).isEqualTo(png);
        assertThat(client.get("images/products/" + product + "/99").body()).contains("<code><![CDATA[57]]></code>");
    }

    @Test
    void whatIsNotAnImageIsRefusedWithPrestaShopsCodes() {
        byte[] text = "<html>not an image</html>".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> notImage = upload(product, "image", "fake.jpg", "image/jpeg", text);
        HttpResponse<String> wrongExtension = upload(product, "image", "moka.txt", "image/png", image("png"));
        HttpResponse<String> otherField = upload(product, "file", "moka.png", "image/png", image("png"));
        HttpResponse<String> noProduct = upload(999, "image", "moka.png", "image/png", image("png"));
        HttpResponse<String> tooLarge = upload(product, "image", "big.png", "image/png",
                java.util.Arrays.copyOf(image("png"), ImageService.MAX_UPLOAD_BYTES + 1));

        assertThat(notImage.statusCode()).isEqualTo(400);
        assertThat(notImage.body()).contains("<code><![CDATA[76]]></code>", "Image format not recognized");
        assertThat(wrongExtension.body()).contains("<code><![CDATA[76]]></code>");
        assertThat(otherField.statusCode()).isEqualTo(500);
        assertThat(otherField.body()).contains("<code><![CDATA[66]]></code>", "Unable to save this image");
        assertThat(noProduct.body()).contains("<code><![CDATA[76]]></code>", "Product 999 does not exist");
        assertThat(tooLarge.body()).contains("<code><![CDATA[72]]></code>", "maximum allowed is 3000 KB");
        assertThat(server.data().images(product)).isEmpty();
        assertThat(client.get("images/products/" + product).statusCode()).isEqualTo(404);
    }

    @Test
    void deletingTheCoverMakesTheNextImageTheCover() {
        upload(product, "image", "a.png", "image/png", image("png"));
        upload(product, "image", "b.png", "image/png", image("png"));

        HttpResponse<String> deleted = client.write("DELETE", "images/products/" + product + "/1", null);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(server.data().images(product)).singleElement()
                .satisfies(image -> assertThat(image.cover()).isTrue())
                .satisfies(image -> assertThat(image.position()).isEqualTo(1));
        assertThat(client.get("products/" + product).body())
                .contains("<id_default_image notFilterable=\"true\"><![CDATA[2]]></id_default_image>");
    }

    @Test
    void theImageTypesNameTheUploadableFormats() {
        assertThat(client.get("images").body()).contains("<products xlink:href=",
                "upload_allowed_mimetypes=\"image/gif, image/jpg, image/jpeg, image/pjpeg, image/png, image/webp");
        assertThat(client.get("images/photos").body()).contains("<code><![CDATA[48]]></code>");
    }

    private HttpResponse<String> upload(int productId, String field, String fileName, String type, byte[] content) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(client.request("images/products/" + productId)
                .header("Authorization", WsClient.basic(server.apiKey()))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static byte[] image(String format) {
        var picture = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, 0xC0FFEE);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

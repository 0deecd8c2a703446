package it.crocevia.connector.prestashop;

import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.control.ImageDownloads;
import it.crocevia.connector.control.RemoteHttp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Uploads a product's images: each URL downloaded ({@link ImageDownloads}) and sent as
 * {@code POST /api/images/products/<id>}, {@code multipart/form-data} with the file in the field
 * {@code image}, named after the SKU with the extension of its type (PrestaShop checks both the
 * bytes and the extension). The first image a product gets becomes its cover. An image that cannot
 * be downloaded, or that PrestaShop refuses (too large, not an image: code 72, 76...), is skipped
 * with a warning; a key that may not use {@code images} (401, 405) skips them all in this run.
 */
final class PrestaShopImages {

    private static final Logger LOG = Logger.getLogger(PrestaShopImages.class.getName());

    private final PrestaShopCalls calls;
    private final ImageDownloads downloads;
    private boolean refused;

    PrestaShopImages(PrestaShopCalls calls, ImageDownloads downloads) {
        this.calls = calls;
        this.downloads = downloads;
    }

    /** @return how many of the images were skipped */
    int upload(String productId, String sku, List<String> urls) {
        int skipped = 0;
        for (int i = 0; i < urls.size(); i++) {
            if (refused) {
                return skipped + urls.size() - i;
            }
            String url = urls.get(i);
            try {
                var image = downloads.fetch(url);
                String fileName = ImageDownloads.fileName(sku, i + 1, image);
                if (!sent(productId, sku, url, fileName, image)) {
                    skipped++;
                }
            } catch (ImageDownloads.Unusable e) {
                LOG.log(Level.WARNING, "Image {0} of {1} skipped: {2}",
                        new Object[] {ImageDownloads.describe(url), sku, e.getMessage()});
                skipped++;
            }
        }
        return skipped;
    }

    private boolean sent(String productId, String sku, String url, String fileName, ImageDownloads.Image image) {
        String boundary = "crocevia-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream(image.content().length + 256);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + image.mimeType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(image.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        RemoteHttp.Reply reply;
        try {
            reply = calls.post("images/products/" + productId, body.toByteArray(),
                    "multipart/form-data; boundary=" + boundary);
        } catch (RemoteException e) {
            LOG.log(Level.WARNING, "Image {0} of {1} skipped: {2}",
                    new Object[] {ImageDownloads.describe(url), sku, e.getMessage()});
            return false;
        }
        if (PrestaShopPublisher.refused(reply)) {
            refused = true;
            LOG.log(Level.WARNING, "The webservice key may not upload images (HTTP {0}): products get no image in "
                    + "this run", reply.status());
            return false;
        }
        if (!reply.ok()) {
            LOG.log(Level.WARNING, "PrestaShop refused image {0} of {1} (HTTP {2}: {3})", new Object[] {
                ImageDownloads.describe(url), sku, reply.status(), PrestaShopPublisher.message(reply)});
            return false;
        }
        return true;
    }
}

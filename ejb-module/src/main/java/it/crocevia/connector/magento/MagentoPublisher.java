package it.crocevia.connector.magento;

import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.ProductData;
import it.crocevia.connector.boundary.ProductPublisher;
import it.crocevia.connector.boundary.ProductRejectedException;
import it.crocevia.connector.boundary.PublishResult;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.boundary.RemoteProduct;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.ImageDownloads;
import it.crocevia.connector.control.JsonFields;
import it.crocevia.connector.control.RemoteHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes products to a Magento 2 shop through its REST API, always in the admin scope
 * ({@code /rest/all/V1}): what Crocevia writes are the product's default values, and a store
 * view's own values (a translated name) stay as the shop set them.
 *
 * <ul>
 *   <li>{@link #find}: {@code GET /V1/products/{sku}} and its stock item
 *       ({@code GET /V1/stockItems/{sku}}); the backup record is
 *       {@code {"product": <the product as read>, "stockItem": <the stock item as read>}}.</li>
 *   <li>{@link #publish}: {@code PUT /V1/products/{sku}}, which creates a missing SKU and merges
 *       into an existing product what the body names: SKU, name, price, status, weight, the
 *       description, the brand as the {@code manufacturer} option of that label when the shop has
 *       one (Magento has no brand by default: {@code GET
 *       /V1/products/attributes/manufacturer/options}, read once), the categories as
 *       {@code category_links} (position 0, 1... in their order) when the product names them, and
 *       the stock item. A new product gets Magento's simple type, default attribute set, "catalog,
 *       search" visibility and, without categories, the Default Category; an update keeps its type,
 *       attribute set, visibility and, without categories, its category links. When the answer
 *       shows the stock was not taken with the product (a shop whose inventory modules ignore it),
 *       the stock item is written on its own. A product whose gallery is empty then gets its
 *       images as {@code media_gallery_entries} with base64 {@code content} (the first with the
 *       image, small image and thumbnail roles), in a {@code PUT} of their own, so an image Magento
 *       refuses fails only the images.</li>
 *   <li>{@link #restore}: the backed-up product and stock item are put back with the same
 *       {@code PUT}, which also creates the product again if it was deleted meanwhile (then without
 *       its gallery: Magento takes a new image only with its content, which a backup has not).</li>
 * </ul>
 * The token needs {@code Magento_Catalog::products} and {@code Magento_CatalogInventory::cataloginventory};
 * without {@code Magento_Catalog::attributes_attributes} no brand is set.
 */
public final class MagentoPublisher implements ProductPublisher {

    /** Magento's default attribute set and "catalog, search" visibility, for a new product. */
    static final int DEFAULT_ATTRIBUTE_SET = 4;
    static final int VISIBILITY_BOTH = 4;
    /** The root category of a fresh shop's store, where a new product without categories goes. */
    static final String DEFAULT_CATEGORY = "2";
    /** The image types Magento's {@code ImageContentValidator} takes (not WebP). */
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif");
    private static final List<String> MAIN_IMAGE_ROLES = List.of("image", "small_image", "thumbnail");
    private static final Logger LOG = Logger.getLogger(MagentoPublisher.class.getName());
    /** The platform's bookkeeping of a product read back: a restore must not send it as a value. */
    private static final Set<String> NOT_INPUT = Set.of("id", "created_at", "updated_at");
    /** A stock item's ids, which belong to the product it was read from, not to one created again. */
    private static final Set<String> STOCK_IDS = Set.of("item_id", "product_id");
    private static final String JSON = "application/json";

    private final MagentoRest rest;
    private final RemoteHttp http;
    private final ImageDownloads downloads;
    /** The {@code manufacturer} options, lower-cased label to option id; read at the first brand. */
    private Map<String, String> brands;

    public MagentoPublisher(ShopConnection connection, RemoteHttp http) {
        this.rest = new MagentoRest(connection);
        this.http = http;
        this.downloads = new ImageDownloads(http.client());
    }

    @Override
    public Optional<RemoteProduct> find(String sku) {
        var reply = http.get(rest.uri(MagentoRest.ALL, "products/" + MagentoRest.segment(sku), Map.of()),
                rest.headers());
        if (reply.status() == 404) {
            return Optional.empty();
        }
        JsonObject product = object(MagentoRest.read(reply, "products"), "products");
        var stockReply = http.get(rest.uri(MagentoRest.ALL, "stockItems/" + MagentoRest.segment(sku), Map.of()),
                rest.headers());
        JsonValue stock = stockReply.status() == 404 ? JsonValue.NULL
                : object(MagentoRest.read(stockReply, "stockItems"), "stockItems");
        String record = Json.createObjectBuilder().add("product", product).add("stockItem", stock).build().toString();
        return Optional.of(new RemoteProduct(sku, JsonFields.text(product, "id"), "json", record));
    }

    @Override
    public PublishResult publish(ProductData product, Optional<RemoteProduct> existing) {
        if (product.name() == null || product.name().isBlank() || product.price() == null) {
            throw new ProductRejectedException("A product needs a name and a price");
        }
        JsonObject old = existing.map(r -> record(r).getJsonObject("product")).orElse(null);
        var body = Json.createObjectBuilder().add("sku", product.sku()).add("name", product.name().strip())
                .add("price", product.price()).add("status", product.active() ? 1 : 2);
        if (old == null) {
            body.add("attribute_set_id", DEFAULT_ATTRIBUTE_SET).add("type_id", "simple")
                    .add("visibility", VISIBILITY_BOTH);
        } else {
            copy(old, body, "attribute_set_id");
            copy(old, body, "type_id");
        }
        if (product.weightKg() != null) {
            body.add("weight", product.weightKg());
        }
        var attributes = Json.createArrayBuilder();
        if (product.description() != null && !product.description().isBlank()) {
            attributes.add(attribute("description", product.description().strip()));
        }
        brandOption(product.brand()).ifPresent(option -> attributes.add(attribute("manufacturer", option)));
        JsonArray custom = attributes.build();
        if (!custom.isEmpty()) {
            body.add("custom_attributes", custom);
        }
        BigDecimal qty = product.quantity() == null ? BigDecimal.ZERO : product.quantity().max(BigDecimal.ZERO);
        JsonObject stock = Json.createObjectBuilder().add("qty", qty).add("is_in_stock", qty.signum() > 0).build();
        var extension = Json.createObjectBuilder().add("stock_item", stock);
        List<String> categories = product.categoryIds().isEmpty() && old == null ? List.of(DEFAULT_CATEGORY)
                : product.categoryIds();
        if (!categories.isEmpty()) {
            var links = Json.createArrayBuilder();
            for (int i = 0; i < categories.size(); i++) {
                links.add(Json.createObjectBuilder().add("position", i).add("category_id", categories.get(i)));
            }
            extension.add("category_links", links);
        }
        body.add("extension_attributes", extension);
        JsonObject saved = save(product.sku(), body.build());
        ensureStock(product.sku(), saved, stock);
        boolean noGallery = !(saved.get("media_gallery_entries") instanceof JsonArray gallery) || gallery.isEmpty();
        int imagesSkipped = noGallery ? images(product) : 0;
        return new PublishResult(JsonFields.text(saved, "id"), imagesSkipped);
    }

    /**
     * Adds the product's images to its empty gallery; returns how many were skipped: those that
     * could not be downloaded or are WebP, and all of them when Magento refuses the gallery.
     */
    private int images(ProductData product) {
        String sku = product.sku();
        var entries = Json.createArrayBuilder();
        int sent = 0;
        int skipped = 0;
        for (int i = 0; i < product.images().size(); i++) {
            String url = product.images().get(i);
            try {
                var image = downloads.fetch(url, IMAGE_TYPES);
                entries.add(Json.createObjectBuilder().add("media_type", "image").add("label", product.name().strip())
                        .add("position", sent).add("disabled", false)
                        .add("types", Json.createArrayBuilder(sent == 0 ? MAIN_IMAGE_ROLES : List.of()))
                        .add("content", Json.createObjectBuilder()
                                .add("base64_encoded_data", Base64.getEncoder().encodeToString(image.content()))
                                .add("type", image.mimeType()).add("name", ImageDownloads.fileName(sku, i + 1, image))));
                sent++;
            } catch (ImageDownloads.Unusable e) {
                LOG.log(Level.WARNING, "Image {0} of {1} skipped: {2}",
                        new Object[] {ImageDownloads.describe(url), sku, e.getMessage()});
                skipped++;
            }
        }
        if (sent == 0) {
            return skipped;
        }
        String body = Json.createObjectBuilder().add("product", Json.createObjectBuilder().add("sku", sku)
                .add("media_gallery_entries", entries)).build().toString();
        try {
            var reply = http.send("PUT", rest.uri(MagentoRest.ALL, "products/" + MagentoRest.segment(sku), Map.of()),
                    rest.headers(), body, JSON);
            if (!reply.ok()) {
                LOG.log(Level.WARNING, "Magento refused the images of {0} (HTTP {1}: {2})",
                        new Object[] {sku, reply.status(), MagentoRest.message(MagentoRest.parse(reply))});
                return skipped + sent;
            }
        } catch (RemoteException e) {
            LOG.log(Level.WARNING, "The images of {0} were not saved: {1}", new Object[] {sku, e.getMessage()});
            return skipped + sent;
        }
        return skipped;
    }

    /** The {@code manufacturer} option labelled as the brand (without case), if the shop has one. */
    private Optional<String> brandOption(String brand) {
        if (brand == null || brand.isBlank()) {
            return Optional.empty();
        }
        if (brands == null) {
            brands = readBrands();
        }
        return Optional.ofNullable(brands.get(brand.strip().toLowerCase(Locale.ROOT)));
    }

    /** Lower-cased label to option id; none when the attribute is missing or the token may not read it. */
    private Map<String, String> readBrands() {
        String path = "products/attributes/manufacturer/options";
        var reply = http.get(rest.uri(MagentoRest.ALL, path, Map.of()), rest.headers());
        if (reply.status() == 404 || reply.status() == 401 || reply.status() == 403) {
            LOG.log(Level.FINE, "No manufacturer attribute to read (HTTP {0}): brands are not set", reply.status());
            return Map.of();
        }
        var out = new HashMap<String, String>();
        if (MagentoRest.read(reply, path) instanceof JsonArray options) {
            for (JsonObject option : options.getValuesAs(JsonObject.class)) {
                String label = JsonFields.text(option, "label");
                String value = JsonFields.text(option, "value");
                if (label != null && value != null) {
                    out.putIfAbsent(label.toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return out;
    }

    private static JsonObjectBuilder attribute(String code, String value) {
        return Json.createObjectBuilder().add("attribute_code", code).add("value", value);
    }

    @Override
    public void restore(RemoteProduct backup) {
        JsonObject record = record(backup);
        JsonObject read = record.getJsonObject("product");
        var product = Json.createObjectBuilder(read);
        NOT_INPUT.forEach(product::remove);
        if (read.get("media_gallery_entries") instanceof JsonArray gallery && !gallery.isEmpty()
                && http.get(rest.uri(MagentoRest.ALL, "products/" + MagentoRest.segment(backup.sku()), Map.of()),
                        rest.headers()).status() == 404) {
            LOG.log(Level.INFO, "Magento product {0} was deleted since its backup: restored without its images",
                    backup.sku());
            product.remove("media_gallery_entries");
        }
        JsonObject stock = record.get("stockItem") instanceof JsonObject item ? item
                : read.get("extension_attributes") instanceof JsonObject ext
                        && ext.get("stock_item") instanceof JsonObject item ? item : null;
        if (stock != null) {
            var writableStock = Json.createObjectBuilder(stock);
            STOCK_IDS.forEach(writableStock::remove);
            stock = writableStock.build();
            var extension = read.get("extension_attributes") instanceof JsonObject ext
                    ? Json.createObjectBuilder(ext) : Json.createObjectBuilder();
            product.add("extension_attributes", extension.add("stock_item", stock));
        }
        JsonObject saved = save(backup.sku(), product.build());
        if (stock != null) {
            ensureStock(backup.sku(), saved, stock);
        }
    }

    /** {@code PUT /V1/products/{sku}} in the admin scope; the saved product as Magento answers it. */
    private JsonObject save(String sku, JsonObject product) {
        String body = Json.createObjectBuilder().add("product", product).build().toString();
        var reply = http.send("PUT", rest.uri(MagentoRest.ALL, "products/" + MagentoRest.segment(sku), Map.of()),
                rest.headers(), body, JSON);
        return object(written(reply, sku), "products");
    }

    /**
     * Writes the stock item on its own when the saved product does not show the quantity sent
     * (Magento answers with the stock it kept). At zero quantity Magento puts an item out of stock
     * by itself, so only the quantity decides then.
     */
    private void ensureStock(String sku, JsonObject saved, JsonObject stock) {
        JsonObject kept = saved.get("extension_attributes") instanceof JsonObject ext
                && ext.get("stock_item") instanceof JsonObject item ? item : null;
        BigDecimal qty = decimal(stock, "qty");
        BigDecimal keptQty = kept == null ? null : decimal(kept, "qty");
        boolean inStockKept = kept != null && kept.getBoolean("is_in_stock", false) == stock.getBoolean("is_in_stock",
                false);
        if (qty == null || qty.equals(keptQty) && (qty.signum() <= 0 || inStockKept)) {
            return;
        }
        String itemId = kept != null ? JsonFields.text(kept, "item_id")
                : JsonFields.text(object(MagentoRest.read(http.get(rest.uri(MagentoRest.ALL,
                        "stockItems/" + MagentoRest.segment(sku), Map.of()), rest.headers()), "stockItems"),
                        "stockItems"), "item_id");
        if (itemId == null) {
            throw new RemoteException(Outcome.NOT_THE_PLATFORM, "Magento gave no stock item id for " + sku, null);
        }
        String body = Json.createObjectBuilder().add("stockItem", stock).build().toString();
        written(http.send("PUT", rest.uri(MagentoRest.ALL, "products/" + MagentoRest.segment(sku) + "/stockItems/"
                + MagentoRest.segment(itemId), Map.of()), rest.headers(), body, JSON), sku);
    }

    /**
     * A write's answer: a token refused (401, or 403) stops the run; any other 4xx but 404 and 429
     * is Magento refusing this product, with its message ("URL key for specified store already
     * exists.", a value of the wrong type...).
     */
    private static JsonStructure written(RemoteHttp.Reply reply, String sku) {
        int status = reply.status();
        var body = MagentoRest.parse(reply);
        if (reply.ok()) {
            if (body == null) {
                throw new RemoteException(Outcome.NOT_THE_PLATFORM, "The answer writing " + sku + " is not JSON", null);
            }
            return body;
        }
        if (status == 401 || status == 403) {
            throw new RemoteException(Outcome.BAD_CREDENTIALS, "Magento refused the access token (HTTP " + status
                    + "): " + MagentoRest.message(body), null);
        }
        if (status == 404 || status == 429 || status >= 500 || body == null) {
            throw new RemoteException(Outcome.REMOTE_ERROR, "Magento answered HTTP " + status + " writing " + sku
                    + ": " + MagentoRest.message(body), null);
        }
        throw new ProductRejectedException("Magento refused " + sku + ": " + MagentoRest.message(body));
    }

    private static JsonObject record(RemoteProduct backup) {
        if (!"json".equals(backup.format())) {
            throw new IllegalArgumentException("A Magento record is JSON, not " + backup.format());
        }
        try (var reader = Json.createReader(new StringReader(backup.record()))) {
            return reader.readObject();
        }
    }

    private static JsonObject object(JsonStructure body, String path) {
        if (!(body instanceof JsonObject o)) {
            throw new RemoteException(Outcome.NOT_THE_PLATFORM, "Unexpected answer on " + path, null);
        }
        return o;
    }

    private static void copy(JsonObject from, JsonObjectBuilder to, String field) {
        if (from.containsKey(field) && from.get(field) != JsonValue.NULL) {
            to.add(field, from.get(field));
        }
    }

    private static BigDecimal decimal(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n ? n.bigDecimalValue().setScale(4, RoundingMode.HALF_UP) : null;
    }
}

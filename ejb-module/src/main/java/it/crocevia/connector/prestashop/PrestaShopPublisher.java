package it.crocevia.connector.prestashop;

import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.ProductData;
import it.crocevia.connector.boundary.ProductPublisher;
import it.crocevia.connector.boundary.ProductRejectedException;
import it.crocevia.connector.boundary.PublishResult;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.connector.boundary.RemoteProduct;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.Gtin;
import it.crocevia.connector.control.ImageDownloads;
import it.crocevia.connector.control.RemoteHttp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Element;

/**
 * Publishes products to a PrestaShop shop through its webservice, which takes XML only.
 *
 * <ul>
 *   <li>{@link #find}: the product by {@code filter[reference]}, then its record in XML, the backup
 *       record. PrestaShop's product record never carries its stock (the {@code quantity} it shows
 *       is always 0), so the quantity of each {@code stock_availables} row is written into the
 *       record, as a {@code <quantity>} in that row's entry of {@code associations/stock_availables}
 *       - an association the webservice ignores on writes, so the record can still be put back as it
 *       is. That is the only change to PrestaShop's text.</li>
 *   <li>{@link #publish}: an update takes the record read and changes only what Crocevia owns
 *       (reference, EAN when a valid GTIN, price without tax, weight, active, {@code state} 1, and
 *       name, descriptions and friendly URL in language {@value #LANGUAGE_ID}; the manufacturer
 *       of the brand, the tax rule group of the VAT rate and, when the product names them, its
 *       categories), because a {@code PUT} replaces the whole record: a field left out would be
 *       reset. A new product is made from {@code ?schema=blank}, in its categories (the first its
 *       default one) or else in Home, buyable, with the texts in every language of the shop (none
 *       would be empty). Then the stock row's quantity is set, and a product without images gets
 *       the product's images ({@link PrestaShopImages}).</li>
 *   <li>{@link #restore}: the record is put back; if the product was deleted meanwhile it is
 *       created again from the record (under a new id, which is logged) and gets the quantity of
 *       the old product's own stock row.</li>
 * </ul>
 * A key needs GET, PUT and POST on {@code products} and GET and PUT on {@code stock_availables};
 * without GET and POST on {@code manufacturers} and {@code images}, or GET on {@code countries},
 * {@code taxes}, {@code tax_rules} and {@code tax_rule_groups}, products are published without
 * brand, images or tax rule group (see {@link PrestaShopManufacturers}, {@link PrestaShopImages},
 * {@link PrestaShopTaxGroups}).
 */
public final class PrestaShopPublisher implements ProductPublisher {

    /**
     * The language whose texts Crocevia writes: the shop's first language, the one it was installed
     * in. Simplification: the account's language code is not matched with the shop's languages.
     */
    static final String LANGUAGE_ID = "1";
    /** PrestaShop's Home category, which every shop has: a new product is visible there until moved. */
    static final String HOME_CATEGORY = "2";
    /** Fields the webservice shows but refuses on a write (code 93). */
    private static final String[] READ_ONLY = {"manufacturer_name", "quantity"};
    /** PrestaShop's default limit of a short description ({@code PS_PRODUCT_SHORT_DESC_LIMIT}). */
    private static final int SHORT_DESCRIPTION_LIMIT = 800;
    private static final int LINK_REWRITE_LIMIT = 128;
    private static final String XML = "application/xml";
    private static final Logger LOG = Logger.getLogger(PrestaShopPublisher.class.getName());

    private final PrestaShopWebservice webservice;
    private final RemoteHttp http;
    private final Map<String, String> headers;
    private final PrestaShopManufacturers manufacturers;
    private final PrestaShopTaxGroups taxGroups;
    private final PrestaShopImages images;

    public PrestaShopPublisher(ShopConnection connection, RemoteHttp http) {
        this.webservice = new PrestaShopWebservice(connection);
        this.http = http;
        this.headers = Map.of("Authorization", webservice.authorization());
        var calls = new PrestaShopCalls(webservice, http, headers);
        this.manufacturers = new PrestaShopManufacturers(calls);
        this.taxGroups = new PrestaShopTaxGroups(calls);
        this.images = new PrestaShopImages(calls, new ImageDownloads(http.client()));
    }

    @Override
    public Optional<RemoteProduct> find(String sku) {
        Optional<String> id = idOf(sku);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        var reply = http.get(uri("products/" + id.get()), headers);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        var record = PrestaShopXml.parse(read(reply, "products").body());
        var quantities = stockQuantities(id.get());
        for (Element row : record.association("stock_availables")) {
            String quantity = quantities.get(text(row, "id"));
            if (quantity != null) {
                record.set(row, "quantity", quantity);
            }
        }
        return Optional.of(new RemoteProduct(sku, id.get(), "xml", record.xml()));
    }

    @Override
    public PublishResult publish(ProductData product, Optional<RemoteProduct> existing) {
        if (product.name() == null || product.name().isBlank() || product.price() == null) {
            throw new ProductRejectedException("A product needs a name and a price");
        }
        Optional<String> manufacturer = manufacturers.idOf(product.brand());
        Optional<String> taxGroup = taxGroups.groupOf(product.vatRate());
        PrestaShopXml saved = null;
        if (existing.isPresent()) {
            var record = writable(PrestaShopXml.parse(existing.get().record()));
            owned(record, product, List.of(LANGUAGE_ID));
            manufacturer.ifPresent(id -> record.set("id_manufacturer", id));
            taxGroup.ifPresent(id -> record.set("id_tax_rules_group", id));
            if (!product.categoryIds().isEmpty()) {
                record.set("id_category_default", product.categoryIds().get(0))
                        .association("categories", "category", product.categoryIds());
            }
            var reply = http.send("PUT", uri("products/" + record.text("id")), headers, record.xml(), XML);
            if (reply.status() == 404) {
                LOG.log(Level.INFO, "PrestaShop product {0} ({1}) was deleted since it was read: creating it again",
                        new Object[] {existing.get().remoteId(), product.sku()});
            } else {
                saved = PrestaShopXml.parse(written(reply, product.sku()).body());
            }
        }
        if (saved == null) {
            saved = create(product, manufacturer, taxGroup);
        }
        setStock(saved, quantity(product.quantity()), product.sku());
        int imagesSkipped = saved.association("images").isEmpty()
                ? images.upload(saved.text("id"), product.sku(), product.images()) : 0;
        return new PublishResult(saved.text("id"), imagesSkipped);
    }

    @Override
    public void restore(RemoteProduct backup) {
        var record = PrestaShopXml.parse(backup.record());
        var quantities = new LinkedHashMap<String, String>();
        String ownQuantity = null;
        for (Element row : record.association("stock_availables")) {
            Element quantity = PrestaShopXml.child(row, "quantity");
            if (quantity != null) {
                quantities.put(text(row, "id"), quantity.getTextContent().strip());
                if ("0".equals(text(row, "id_product_attribute"))) {
                    ownQuantity = quantity.getTextContent().strip();
                }
            }
        }
        writable(record);
        var reply = http.send("PUT", uri("products/" + record.text("id")), headers, record.xml(), XML);
        if (reply.status() != 404) {
            written(reply, backup.sku());
            quantities.forEach((rowId, quantity) -> putQuantity(rowId, quantity, backup.sku()));
            return;
        }
        record.remove("id");
        var created = PrestaShopXml.parse(written(http.send("POST", uri("products"), headers, record.xml(), XML),
                backup.sku()).body());
        LOG.log(Level.INFO, "PrestaShop product {0} ({1}) was deleted since its backup: restored as product {2}",
                new Object[] {backup.remoteId(), backup.sku(), created.text("id")});
        if (ownQuantity != null) {
            setStock(created, Integer.parseInt(ownQuantity), backup.sku());
        }
    }

    /**
     * The lowest id of a product with this reference. PrestaShop compares references without case,
     * and so does the check of the answer, which guards against a filter read differently.
     */
    private Optional<String> idOf(String sku) {
        var params = new LinkedHashMap<String, String>();
        params.put("filter[reference]", referenceFilter(sku));
        params.put("display", "[id,reference]");
        params.put("sort", "[id_ASC]");
        var list = PrestaShopXml.parse(read(http.get(uri("products", params), headers), "products").body());
        return PrestaShopXml.children(list.entity(), "product").stream()
                .filter(p -> text(p, "reference").equalsIgnoreCase(sku)).map(p -> text(p, "id")).findFirst();
    }

    /**
     * {@code [SKU]}, an equality; a SKU with {@code |} or {@code ,} goes without brackets, where
     * they do not mean "or" or "between". Brackets cannot be searched at all.
     */
    static String referenceFilter(String sku) {
        if (sku.indexOf('[') >= 0 || sku.indexOf(']') >= 0) {
            throw new ProductRejectedException("The SKU \"" + sku + "\" has square brackets, which PrestaShop's "
                    + "webservice filters cannot search");
        }
        return sku.indexOf('|') >= 0 || sku.indexOf(',') >= 0 ? sku : "[" + sku + "]";
    }

    /** Stock row id to quantity, for every row of the product (its combinations' too). */
    private Map<String, String> stockQuantities(String productId) {
        var params = new LinkedHashMap<String, String>();
        params.put("filter[id_product]", "[" + productId + "]");
        params.put("display", "[id,quantity]");
        var list = PrestaShopXml.parse(read(http.get(uri("stock_availables", params), headers), "stock_availables")
                .body());
        var out = new HashMap<String, String>();
        for (Element row : PrestaShopXml.children(list.entity(), "stock_available")) {
            out.put(text(row, "id"), text(row, "quantity"));
        }
        return out;
    }

    /** A new product from the blank schema, with what a product needs to be seen and bought. */
    private PrestaShopXml create(ProductData product, Optional<String> manufacturer, Optional<String> taxGroup) {
        var blank = writable(PrestaShopXml.parse(read(http.get(uri("products", Map.of("schema", "blank")), headers),
                "products").body()));
        blank.remove("id");
        List<String> categories = product.categoryIds().isEmpty() ? List.of(HOME_CATEGORY) : product.categoryIds();
        blank.set("id_category_default", categories.get(0)).set("available_for_order", "1").set("show_price", "1")
                .set("minimal_quantity", "1").set("visibility", "both").set("condition", "new")
                .associations("categories", "category", categories);
        manufacturer.ifPresent(id -> blank.set("id_manufacturer", id));
        taxGroup.ifPresent(id -> blank.set("id_tax_rules_group", id));
        List<String> languages = blank.languages("name");
        owned(blank, product, languages.isEmpty() ? List.of(LANGUAGE_ID) : languages);
        return PrestaShopXml.parse(written(http.send("POST", uri("products"), headers, blank.xml(), XML),
                product.sku()).body());
    }

    /** What Crocevia owns of a product, in the given languages; anything else stays as it is. */
    private static void owned(PrestaShopXml record, ProductData product, List<String> languages) {
        record.set("reference", product.sku());
        String ean13 = Gtin.asEan13(product.gtin());
        if (ean13 != null) {
            record.set("ean13", ean13);
        }
        record.set("price", decimal(product.price()));
        if (product.weightKg() != null) {
            record.set("weight", decimal(product.weightKg()));
        }
        record.set("active", product.active() ? "1" : "0").set("state", "1");
        String description = product.description() == null ? "" : product.description().strip();
        for (String language : languages) {
            record.setLanguage("name", language, product.name().strip());
            record.setLanguage("link_rewrite", language, linkRewrite(product.name()));
            if (!description.isEmpty()) {
                record.setLanguage("description", language, description);
                record.setLanguage("description_short", language, shortDescription(description));
            }
        }
    }

    /** The record without what the webservice refuses on a write, nor the stock quantities {@link #find} added. */
    private static PrestaShopXml writable(PrestaShopXml record) {
        record.remove(READ_ONLY);
        for (Element row : record.association("stock_availables")) {
            Element quantity = PrestaShopXml.child(row, "quantity");
            if (quantity != null) {
                row.removeChild(quantity);
            }
        }
        return record;
    }

    /** Sets the quantity of the product's own stock row (the one without combination). */
    private void setStock(PrestaShopXml product, int quantity, String sku) {
        String rowId = null;
        for (Element row : product.association("stock_availables")) {
            if ("0".equals(text(row, "id_product_attribute"))) {
                rowId = text(row, "id");
            }
        }
        if (rowId == null) {
            var params = new LinkedHashMap<String, String>();
            params.put("filter[id_product]", "[" + product.text("id") + "]");
            params.put("filter[id_product_attribute]", "[0]");
            params.put("display", "[id]");
            var list = PrestaShopXml.parse(read(http.get(uri("stock_availables", params), headers),
                    "stock_availables").body());
            rowId = PrestaShopXml.children(list.entity(), "stock_available").stream().map(r -> text(r, "id"))
                    .findFirst().orElseThrow(() -> new RemoteException(Outcome.REMOTE_ERROR,
                            "PrestaShop product " + product.text("id") + " has no stock row", null));
        }
        putQuantity(rowId, Integer.toString(quantity), sku);
    }

    /**
     * Reads the stock row and puts it back with the new quantity: its {@code PUT} needs every
     * required field. A row that follows the physical stock (advanced stock management) cannot be
     * changed through the webservice and is left to the shop's warehouses; a row gone is skipped.
     */
    private void putQuantity(String rowId, String quantity, String sku) {
        var reply = http.get(uri("stock_availables/" + rowId), headers);
        if (reply.status() == 404) {
            return;
        }
        var row = PrestaShopXml.parse(read(reply, "stock_availables").body());
        if ("1".equals(row.text("depends_on_stock"))) {
            LOG.log(Level.INFO, "PrestaShop stock row {0} of {1} follows the warehouses: its quantity is left as it is",
                    new Object[] {rowId, sku});
            return;
        }
        row.set("quantity", quantity);
        written(http.send("PUT", uri("stock_availables/" + rowId), headers, row.xml(), XML), sku);
    }

    /** A read's answer: a refused key, or any error, stops the run. */
    static RemoteHttp.Reply read(RemoteHttp.Reply reply, String resource) {
        if (reply.status() == 401) {
            throw PrestaShopWebservice.badKey();
        }
        if (!reply.ok()) {
            throw new RemoteException(Outcome.REMOTE_ERROR,
                    "PrestaShop answered HTTP " + reply.status() + " on " + resource + ": " + message(reply), null);
        }
        return reply;
    }

    /**
     * A write's answer: a key refused or without the permission (401, 403, 405 code 25) stops the
     * run; any other 4xx is PrestaShop refusing this product (validation codes 84, 85...).
     */
    private static RemoteHttp.Reply written(RemoteHttp.Reply reply, String sku) {
        int status = reply.status();
        if (reply.ok()) {
            return reply;
        }
        if (status == 401 || status == 403 || status == 405) {
            throw new RemoteException(Outcome.BAD_CREDENTIALS,
                    "PrestaShop refused the webservice key's write (HTTP " + status + "): " + message(reply), null);
        }
        if (status == 404 || status == 429 || status >= 500) {
            throw new RemoteException(Outcome.REMOTE_ERROR,
                    "PrestaShop answered HTTP " + status + " writing " + sku + ": " + message(reply), null);
        }
        throw new ProductRejectedException("PrestaShop refused " + sku + ": " + message(reply));
    }

    /**
     * Whether the key may not use a resource (401 code 26) or a method on it (405 code 25): what
     * an optional part of publishing (brand, tax group, images) answers by doing without.
     */
    static boolean refused(RemoteHttp.Reply reply) {
        return reply.status() == 401 || reply.status() == 403 || reply.status() == 405;
    }

    static String message(RemoteHttp.Reply reply) {
        String xml = PrestaShopXml.errorMessages(reply.body());
        return xml != null ? xml : PrestaShopWebservice.errorText(reply);
    }

    private URI uri(String resource) {
        return uri(resource, Map.of());
    }

    private URI uri(String resource, Map<String, String> params) {
        return webservice.uri(resource, params);
    }

    static String text(Element parent, String name) {
        Element child = PrestaShopXml.child(parent, name);
        return child == null ? "" : child.getTextContent().strip();
    }

    private static String decimal(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Whole units, none below zero: a shop's stock row holds an integer. */
    private static int quantity(BigDecimal quantity) {
        return quantity == null ? 0 : Math.max(0, quantity.setScale(0, RoundingMode.FLOOR).intValue());
    }

    /** At most {@value #SHORT_DESCRIPTION_LIMIT} characters, cut at a space, which a shop's default allows. */
    private static String shortDescription(String description) {
        if (description.length() <= SHORT_DESCRIPTION_LIMIT) {
            return description;
        }
        int cut = description.lastIndexOf(' ', SHORT_DESCRIPTION_LIMIT - 1);
        return description.substring(0, cut > 0 ? cut : SHORT_DESCRIPTION_LIMIT - 1) + "…";
    }

    /**
     * The friendly URL as PrestaShop's {@code Tools::str2url} makes it with accented URLs off
     * (the default): lower case, accents dropped, runs of anything else one dash. A {@code PUT}
     * refuses an invalid one, unlike a {@code POST}, which cleans it.
     */
    static String linkRewrite(String name) {
        String plain = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String dashed = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return dashed.length() <= LINK_REWRITE_LIMIT ? dashed
                : dashed.substring(0, LINK_REWRITE_LIMIT).replaceAll("-+$", "");
    }
}

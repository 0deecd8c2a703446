package it.crocevia.catalog.boundary;

import it.crocevia.account.boundary.Marketplace;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The column layouts of the platforms' own CSV product imports ("Download CSV", SPEC §1, §7), with
 * the columns our articles fill, in the order the platform lists its fields:
 * <ul>
 *   <li>PrestaShop, Catalog → Import → Products: {@code ;} separated, the field names of its sample
 *   {@code products_import.csv}. No "Product ID" (the platform's own id, which the ERP does not
 *   know): import with "Use product reference as key", the reference being the article code. No
 *   "Tax rules ID" either: the ERP's VAT rate is not a PrestaShop tax rules group.</li>
 *   <li>Magento 2, System → Data Transfer → Import, entity "Products" ({@code catalog_product}):
 *   {@code ,} separated, one global row per SKU (empty {@code store_view_code}) of a simple product in
 *   the "Default" attribute set on the "base" website; images as URLs, which the import downloads.</li>
 * </ul>
 * A value is a {@link String} (text, neutralised if a spreadsheet would run it), a {@link Number}
 * (written as it is) or {@code null} (empty).
 */
public enum CsvLayout {

    PRESTASHOP(';', List.of(
            column("Active (0/1)", (a, language) -> 1),
            column("Name *", (a, language) -> cut(a.description(language), 128)),
            column("Categories (x,y,z...)", (a, language) -> list(a.categories())),
            column("Price tax excluded", (a, language) -> a.price()),
            column("Reference #", (a, language) -> a.code()),
            column("Manufacturer", (a, language) -> a.brand()),
            column("EAN13", (a, language) -> ean13(a.gtin())),
            column("Weight", (a, language) -> a.weightKg()),
            column("Quantity", (a, language) -> a.quantity() == null ? null
                    : a.quantity().setScale(0, RoundingMode.DOWN)),
            column("Description", (a, language) -> a.description(language)),
            column("Image URLs (x,y,z...)", (a, language) -> list(a.images())))),

    MAGENTO(',', List.of(
            column("sku", (a, language) -> a.code()),
            column("store_view_code", (a, language) -> null),
            column("attribute_set_code", (a, language) -> "Default"),
            column("product_type", (a, language) -> "simple"),
            column("categories", (a, language) -> list(a.categories())),
            column("product_websites", (a, language) -> "base"),
            column("name", (a, language) -> cut(a.description(language), 255)),
            column("description", (a, language) -> a.description(language)),
            column("weight", (a, language) -> a.weightKg()),
            column("product_online", (a, language) -> 1),
            column("price", (a, language) -> a.price()),
            // the code makes it unique: two articles with the same name would otherwise clash
            column("url_key", (a, language) -> CatalogCsv.slug(cut(a.description(language), 200) + " " + a.code())),
            column("base_image", (a, language) -> first(a.images())),
            column("small_image", (a, language) -> first(a.images())),
            column("thumbnail_image", (a, language) -> first(a.images())),
            column("qty", (a, language) -> a.quantity()),
            column("is_in_stock", (a, language) -> a.quantity() == null ? null : a.quantity().signum() > 0 ? 1 : 0),
            column("additional_images", (a, language) -> a.images().size() < 2 ? null
                    : list(a.images().subList(1, a.images().size())))));

    /** One column: its header and how an article in a language fills it. */
    private record Column(String header, BiFunction<CatalogArticle, String, Object> value) {
    }

    private final char separator;
    private final List<Column> columns;

    CsvLayout(char separator, List<Column> columns) {
        this.separator = separator;
        this.columns = columns;
    }

    /** The layout of a platform's CSV import; Google Shopping has a feed instead. */
    public static Optional<CsvLayout> of(Marketplace platform) {
        return switch (platform) {
            case PRESTASHOP -> Optional.of(PRESTASHOP);
            case MAGENTO -> Optional.of(MAGENTO);
            default -> Optional.empty();
        };
    }

    /**
     * What this platform's import reads as one of its own categories, given its id and its path as
     * "Aggiorna Account" read it ({@code Default Category > Caffè > Grani}, {@code null} when unknown):
     * PrestaShop's "Categories" takes the id; Magento's {@code categories} takes the path, its levels
     * separated by {@code /}.
     */
    public String categoryCell(String remoteId, String remotePath) {
        return switch (this) {
            case PRESTASHOP -> remoteId;
            case MAGENTO -> remotePath == null ? null : remotePath.replace(" > ", "/");
        };
    }

    public char separator() {
        return separator;
    }

    public List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    /** The article's cells, the descriptions in the account's language. */
    public List<Object> values(CatalogArticle article, String languageCode) {
        var values = new ArrayList<Object>(columns.size());
        for (Column column : columns) {
            values.add(column.value().apply(article, languageCode));
        }
        return values;
    }

    private static Column column(String header, BiFunction<CatalogArticle, String, Object> value) {
        return new Column(header, value);
    }

    /** Several values in one cell, the way both imports read them (their default multiple value separator). */
    private static String list(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }

    /** PrestaShop's EAN13 holds up to 13 digits: a UPC-A gets its leading 0, a GTIN-14 only loses a leading 0. */
    static String ean13(String gtin) {
        if (gtin == null) {
            return null;
        }
        return switch (gtin.length()) {
            case 12 -> "0" + gtin;
            case 14 -> gtin.startsWith("0") ? gtin.substring(1) : null;
            default -> gtin;
        };
    }

}

package it.crocevia.testserver.prestashop;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PrestaShop's {@code Product} as the webservice writes it:
 * <ul>
 *   <li>{@code setWsType} ({@code simple}, {@code pack}, {@code virtual}; anything else is
 *       ignored) sets {@code is_virtual} and {@code cache_is_pack} - which a later absent field of
 *       the same body resets to 0, as in PrestaShop;</li>
 *   <li>on {@code POST}, {@code modifierWsLinkRewrite}: each language's empty
 *       {@code link_rewrite} is made from the name, an invalid one is cleaned
 *       ({@code Tools::str2url}); a body without {@code <name>} makes PHP loop over a string,
 *       whose warning the webservice's error handler turns into a 500 with code 3 and no
 *       product;</li>
 *   <li>{@code add()} sets both dates and {@code id_shop_default}, and creates the product's
 *       {@code stock_availables} row (quantity 0, {@code out_of_stock} 2, 1 for a virtual
 *       product); {@code update()} sets {@code date_upd}, and {@code date_add} when the body left
 *       it empty;</li>
 *   <li>the {@code categories}, {@code product_features}, {@code tags}, {@code attachments},
 *       {@code accessories} and {@code product_bundle} associations replace the stored ones; the
 *       others (images, combinations, option values, stock) have no setter and are ignored;</li>
 *   <li>{@code delete()} removes the product's stock rows too.</li>
 * </ul>
 * The getters' values are stored with the row: {@code quantity} 0 (PrestaShop issue #18953),
 * {@code manufacturer_name} the name of its manufacturer (false without one), the cover as
 * {@code id_default_image} ("" without images) and the {@code images} association from the
 * product's uploaded images ({@link ProductImages}), combination 0, the type from
 * {@code is_virtual} and the bundle, and {@code position_in_category} "0" when the product is in
 * its default category ("" otherwise; simplification: PrestaShop gives its position there).
 */
final class ProductModel implements Model {

    static final ProductModel INSTANCE = new ProductModel();

    private static final Set<String> STORED_ASSOCIATIONS = Set.of("categories", "product_features", "tags",
            "attachments", "accessories", "product_bundle");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-zA-Z0-9\\s':/\\[\\]\\-]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s':/\\[\\]\\-]+");

    private ProductModel() {}

    private static Resource resource() {
        return Resources.PRODUCTS;
    }

    @Override
    public void set(Draft draft, String field, String value) {
        if (!field.equals("type") || !Set.of("simple", "pack", "virtual").contains(value)) {
            return;
        }
        draft.set("cache_is_pack", value.equals("pack") ? "1" : "0");
        draft.set("is_virtual", value.equals("virtual") ? "1" : "0");
    }

    @Override
    public void modify(Draft draft, String method, String version) throws WebserviceException {
        if (!method.equals("POST")) {
            return;
        }
        if (draft.isScalar("name")) {
            String warning = version.startsWith("1.") ? "Invalid argument supplied for foreach()"
                    : "foreach() argument must be of type array|object, string given";
            throw new WebserviceException(500, 3, "[PHP Warning #2] " + warning
                    + " (/var/www/html/classes/Product.php, line 6221)");
        }
        Map<Integer, String> links = draft.texts("link_rewrite");
        for (Map.Entry<Integer, String> name : draft.texts("name").entrySet()) {
            String link = links.get(name.getKey());
            if (link == null || link.isEmpty() || link.equals("0")) {
                draft.setText("link_rewrite", name.getKey(), linkRewrite(name.getValue()));
            } else if (!Validate.check("isLinkRewrite", link)) {
                draft.setText("link_rewrite", name.getKey(), linkRewrite(link));
            }
        }
    }

    @Override
    public Row add(Store store, Draft draft, LocalDateTime now) {
        Table products = store.table(resource());
        int id = products.nextId();
        Object[] values = draft.stored();
        String date = Formats.dateTime(now);
        values[index("date_add")] = date;
        values[index("date_upd")] = date;
        values[index("id_shop_default")] = "1";
        List<List<Row>> associations = new ArrayList<>(draft.associations());
        boolean virtual = "1".equals(values[index("is_virtual")]);
        Row stock = StockAvailableModel.create(store, id, virtual ? 1 : 2);
        associations.set(associationIndex("stock_availables"), List.of(stockElement(stock)));
        Row row = computed(store, new Row(id, values, List.copyOf(associations)));
        products.put(row);
        return row;
    }

    @Override
    public Row update(Store store, Draft draft, LocalDateTime now) {
        Object[] values = draft.stored();
        values[index("date_upd")] = Formats.dateTime(now);
        if (draft.get("date_add") == null || draft.get("date_add").isEmpty()) {
            values[index("date_add")] = Formats.dateTime(now);
        }
        if (Php.empty(draft.get("id_shop_default"))) {
            values[index("id_shop_default")] = "1";
        }
        Row row = computed(store, new Row(draft.id, values, List.copyOf(draft.associations())));
        store.table(resource()).put(row);
        return row;
    }

    @Override
    public void associate(Store store, Resource resource, int id, String association,
            List<Map<String, String>> entries) {
        if (!STORED_ASSOCIATIONS.contains(association)) {
            return;
        }
        Association declared = resource.association(association);
        List<Row> elements = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (Map<String, String> entry : entries) {
            int elementId = (int) Php.intval(entry.get("id"));
            if (association.equals("categories") && !seen.add(elementId)) {
                continue;
            }
            Object[] values = new Object[declared.fields().size()];
            for (int f = 1; f < values.length; f++) {
                String text = entry.get(declared.fields().get(f).name());
                values[f] = text == null ? "" : text;
            }
            elements.add(new Row(elementId, values, List.of()));
        }
        Table products = store.table(resource);
        Row product = products.get(id);
        List<List<Row>> associations = new ArrayList<>(product.associations());
        associations.set(associationIndex(association), List.copyOf(elements));
        products.put(computed(store, new Row(id, product.copyOfValues(), List.copyOf(associations))));
    }

    @Override
    public void delete(Store store, int id) {
        Table stock = store.table(Resources.STOCK_AVAILABLES);
        List<Row> rows = stock.lookup(Resources.STOCK_AVAILABLES.required("id_product"),
                Set.of(SqlCompare.key(Kind.ID, Integer.toString(id))));
        rows.forEach(row -> stock.remove(row.id));
        store.images().removeAll(id);
        store.table(resource()).remove(id);
    }

    /** The stock row as the product's {@code stock_availables} association shows it. */
    static Row stockElement(Row stock) {
        return new Row(stock.id, new Object[] {null, "0"}, List.of());
    }

    /** The row with what the product's webservice getters answer. */
    static Row computed(Store store, Row row) {
        Object[] values = row.copyOfValues();
        List<PrestaShopImage> images = store.images().of(row.id);
        values[index("new")] = null;
        values[index("id_default_image")] = images.stream().filter(PrestaShopImage::cover)
                .map(image -> Formats.integer(image.id())).findFirst().orElse("");
        values[index("id_default_combination")] = 0;
        Row manufacturer = store.table(Resources.MANUFACTURERS).get((int) Php.intval(
                Row.phpText(values[index("id_manufacturer")])));
        values[index("manufacturer_name")] = manufacturer == null ? Boolean.FALSE
                : manufacturer.text(Resources.MANUFACTURERS.required("name"));
        values[index("quantity")] = 0;
        boolean pack = !row.association(associationIndex("product_bundle")).isEmpty();
        values[index("type")] = pack ? "pack" : "1".equals(values[index("is_virtual")]) ? "virtual" : "simple";
        String defaultCategory = (String) values[index("id_category_default")];
        boolean inDefault = row.association(associationIndex("categories")).stream()
                .anyMatch(category -> Formats.integer(category.id).equals(defaultCategory));
        values[index("position_in_category")] = inDefault ? "0" : "";
        List<List<Row>> associations = new ArrayList<>(row.associations());
        associations.set(associationIndex("images"), images.stream()
                .map(image -> new Row(image.id(), new Object[1], List.of())).toList());
        return new Row(row.id, values, List.copyOf(associations));
    }

    /**
     * {@code Tools::str2url} as PrestaShop's default configuration runs it (no accented
     * characters in URLs): lower case, accents dropped, anything but letters, digits and
     * separators removed, runs of separators made one dash.
     */
    static String linkRewrite(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae")
                .replace("œ", "oe").replace("ø", "o").replace("đ", "d").replace("ł", "l");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String kept = NOT_ALLOWED.matcher(plain).replaceAll("");
        return SEPARATORS.matcher(kept).replaceAll(" ").replace(' ', '-').replace('/', '-');
    }

    private static int index(String field) {
        return resource().required(field);
    }

    private static int associationIndex(String association) {
        return resource().associations.indexOf(resource().association(association));
    }
}

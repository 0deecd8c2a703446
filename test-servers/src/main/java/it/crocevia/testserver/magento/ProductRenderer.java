package it.crocevia.testserver.magento;

import java.util.Map;

/**
 * Writes a product as {@code GET /V1/products/{sku}} shows it ({@code catalogDataProductInterface}
 * in the request's store view): its own fields (nulls left out), then {@code extension_attributes}
 * ({@code website_ids}, {@code category_links} when it has categories, {@code stock_item}),
 * {@code product_links}, {@code options}, {@code media_gallery_entries}, {@code tier_prices} and
 * {@code custom_attributes} as {@code attribute_code}/{@code value} pairs with EAV's text values.
 * The search result's items have no {@code stock_item}: the product collection does not load it
 * (magento/magento2#24418, #36533), so clients read {@code /V1/stockItems/{sku}}.
 */
final class ProductRenderer {

    private ProductRenderer() {}

    static void write(JsonOut out, CatalogProduct product, int storeId, boolean withStock) {
        Record own = product.product();
        for (Map.Entry<String, Object> value : product.storeValues().getOrDefault(storeId, Map.of()).entrySet()) {
            if (Schemas.PRODUCT.indexOf(value.getKey()) >= 0) {
                own = own.with(value.getKey(), value.getValue());
            }
        }
        out.startObject();
        Fields.write(out, own);
        out.startObject("extension_attributes");
        out.startArray("website_ids");
        product.websiteIds().forEach(out::element);
        out.end();
        if (!product.categoryLinks().isEmpty()) {
            out.startArray("category_links");
            for (Record link : product.categoryLinks()) {
                out.startObject();
                Fields.write(out, link);
                out.end();
            }
            out.end();
        }
        if (withStock) {
            stockItem(out, "stock_item", product.stockItem());
        }
        out.end();
        out.startArray("product_links").end();
        out.startArray("options").end();
        out.startArray("media_gallery_entries");
        for (Record entry : product.media()) {
            out.startObject();
            Fields.write(out, entry);
            out.end();
        }
        out.end();
        out.startArray("tier_prices").end();
        out.startArray("custom_attributes");
        for (Map.Entry<String, Object> attribute : product.attributes(storeId).entrySet()) {
            out.startObject().field("attribute_code", attribute.getKey()).field("value", attribute.getValue()).end();
        }
        out.end();
        out.end();
    }

    /** A stock item as an object, named in an object or (name null) at the top of the answer. */
    static void stockItem(JsonOut out, String name, Record item) {
        if (name == null) {
            out.startObject();
        } else {
            out.startObject(name);
        }
        Fields.write(out, item);
        out.end();
    }
}

package it.crocevia.catalog.control;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.FeedTarget;
import it.crocevia.catalog.control.GoogleProductSpec.Skip;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;

/**
 * An article as a Merchant API {@code ProductInput} (products v1) for one target: the values of
 * {@link GoogleProductSpec}, which the RSS feed writes too, under v1's names. The feed label is the
 * target's country ({@code IT}), the content language its language ({@code it}); the offer id is the
 * article code. v1 names the attributes {@code productAttributes}, takes a list of {@code gtins},
 * enums in capitals ({@code IN_STOCK}, {@code NEW}) and the price as
 * {@code {"amountMicros":"12200000","currencyCode":"EUR"}} (an int64, so a JSON string).
 */
public final class MerchantProductMapper {

    private final GoogleProductSpec spec;

    /**
     * @param productUrl the address of a product page with {@code {code}} for the article code;
     *     {@code null}: the account has none, and every article is skipped
     */
    public MerchantProductMapper(FeedTarget target, String productUrl) {
        this.spec = new GoogleProductSpec(target, productUrl);
    }

    /** Why Google would refuse the article (it is then not sent), if it would. */
    public Optional<Skip> check(CatalogArticle article) {
        return spec.check(article);
    }

    /** The feed label of every input: the target's country. */
    public String feedLabel() {
        return spec.target().country();
    }

    /** The content language of every input: the target's language. */
    public String contentLanguage() {
        return spec.target().language();
    }

    /**
     * @param a an article that {@link #check} lets through
     * @return its {@code ProductInput}
     * @throws IllegalArgumentException for an article Google would refuse
     */
    public JsonObject productInput(CatalogArticle a) {
        check(a).ifPresent(skip -> {
            throw new IllegalArgumentException("article " + a.code() + " is not for Google: " + skip);
        });
        JsonObjectBuilder attributes = Json.createObjectBuilder()
                .add("title", spec.title(a))
                .add("description", spec.description(a))
                .add("link", spec.link(a))
                .add("imageLink", spec.images(a).get(0));
        var additional = spec.additionalImages(a);
        if (!additional.isEmpty()) {
            JsonArrayBuilder images = Json.createArrayBuilder();
            additional.forEach(images::add);
            attributes.add("additionalImageLinks", images);
        }
        attributes.add("availability", spec.inStock(a) ? "IN_STOCK" : "OUT_OF_STOCK")
                .add("price", Json.createObjectBuilder()
                        .add("amountMicros", Long.toString(spec.price(a).movePointRight(6).longValueExact()))
                        .add("currencyCode", spec.target().currency()))
                .add("condition", "NEW");
        String brand = spec.brand(a);
        if (!brand.isEmpty()) {
            attributes.add("brand", brand);
        }
        if (!spec.gtin(a).isEmpty()) {
            attributes.add("gtins", Json.createArrayBuilder().add(spec.gtin(a)));
        }
        spec.mpn(a).ifPresent(mpn -> attributes.add("mpn", mpn));
        if (!spec.identifierExists(a)) {
            attributes.add("identifierExists", false);
        }
        spec.shippingWeightKg(a).ifPresent(kg -> attributes.add("shippingWeight",
                Json.createObjectBuilder().add("value", kg).add("unit", "kg")));
        return Json.createObjectBuilder()
                .add("offerId", spec.id(a))
                .add("contentLanguage", contentLanguage())
                .add("feedLabel", feedLabel())
                .add("productAttributes", attributes)
                .build();
    }
}

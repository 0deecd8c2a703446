package it.crocevia.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.FeedTarget;
import it.crocevia.catalog.control.GoogleProductSpec.Skip;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MerchantProductMapperTest {

    static final String PRODUCT_URL = "https://www.negozio.it/p/{code}";
    static final FeedTarget ITALY = new FeedTarget("IT", "it", "EUR");
    static final CatalogArticle COFFEE = new CatalogArticle("CAF-1", "Caffè in grani", "Coffee beans",
            new BigDecimal("10.0000"), "8001234567897", "Torrefazione", new BigDecimal("1.000"), List.of("Caffè"),
            List.of("https://img.example.it/1.jpg", "https://img.example.it/2.jpg"), new BigDecimal("12.000"),
            new BigDecimal("22.00"));
    static final CatalogArticle MOKA = new CatalogArticle("MOK 3/a", "Moka 3 tazze", "Moka pot",
            new BigDecimal("24.9000"), null, "Bialetti", null, List.of(), List.of("https://img.example.it/moka.jpg"),
            BigDecimal.ZERO, null);
    static final CatalogArticle CUP = new CatalogArticle("TAZ-1", "Tazzina", null, new BigDecimal("3"), null, null,
            null, List.of(), List.of("http://img.example.it/tazza.png"), null, new BigDecimal("4"));

    private final MerchantProductMapper italy = new MerchantProductMapper(ITALY, PRODUCT_URL);

    @Test
    void anArticleIsAV1ProductInputOfTheTargetsLabelAndLanguage() {
        JsonObject input = italy.productInput(COFFEE);

        assertThat(input).isEqualTo(json("""
                {"offerId":"CAF-1","contentLanguage":"it","feedLabel":"IT","productAttributes":{
                "title":"Caffè in grani","description":"Caffè in grani","link":"https://www.negozio.it/p/CAF-1",
                "imageLink":"https://img.example.it/1.jpg","additionalImageLinks":["https://img.example.it/2.jpg"],
                "availability":"IN_STOCK","price":{"amountMicros":"12200000","currencyCode":"EUR"},"condition":"NEW",
                "brand":"Torrefazione","gtins":["8001234567897"],"shippingWeight":{"value":1,"unit":"kg"}}}"""));
    }

    @Test
    void identifiersAndStockFollowTheFeedsRules() {
        JsonObject moka = italy.productInput(MOKA).getJsonObject("productAttributes");
        JsonObject cup = italy.productInput(CUP).getJsonObject("productAttributes");

        assertThat(italy.productInput(MOKA).getString("offerId")).isEqualTo("MOK 3/a");
        assertThat(moka.getString("mpn")).as("no GTIN but a brand: the code").isEqualTo("MOK 3/a");
        assertThat(moka).doesNotContainKeys("gtins", "identifierExists", "shippingWeight", "additionalImageLinks");
        assertThat(moka.getString("availability")).isEqualTo("OUT_OF_STOCK");
        assertThat(moka.getString("link")).isEqualTo("https://www.negozio.it/p/MOK%203%2Fa");
        assertThat(cup.getBoolean("identifierExists")).isFalse();
        assertThat(cup).doesNotContainKeys("brand", "gtins", "mpn");
        assertThat(cup.getJsonObject("price").getString("amountMicros")).as("3 + 4%").isEqualTo("3120000");
    }

    @Test
    void aUsTargetHasItsLabelLanguageAndNetPrice() {
        var us = new MerchantProductMapper(new FeedTarget("US", "en", "EUR"), PRODUCT_URL);

        JsonObject input = us.productInput(COFFEE);

        assertThat(us.feedLabel()).isEqualTo("US");
        assertThat(us.contentLanguage()).isEqualTo("en");
        assertThat(input.getString("feedLabel")).isEqualTo("US");
        assertThat(input.getJsonObject("productAttributes").getString("title")).isEqualTo("Coffee beans");
        assertThat(input.getJsonObject("productAttributes").getJsonObject("price").getString("amountMicros"))
                .as("shown without tax in the US").isEqualTo("10000000");
    }

    @Test
    void articlesGoogleWouldRefuseAreNotMapped() {
        var noImage = new CatalogArticle("N-3", "Senza foto", null, BigDecimal.ONE, null, null, null, List.of(),
                List.of("img/locale.jpg"), null, null);

        assertThat(italy.check(noImage)).contains(Skip.IMAGE);
        assertThat(new MerchantProductMapper(ITALY, null).check(COFFEE)).contains(Skip.LINK);
        assertThat(italy.check(COFFEE)).isEmpty();
        assertThatThrownBy(() -> italy.productInput(noImage)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("N-3").hasMessageContaining("IMAGE");
    }

    @Test
    void theFeedAndTheApiSayTheSameOfAnArticle() throws Exception {
        var out = new ByteArrayOutputStream();
        var feed = new GoogleFeedWriter(out, ITALY, PRODUCT_URL);
        feed.begin("Negozio", "https://www.negozio.it", "Feed");
        assertThat(feed.write(COFFEE)).isEqualTo(Optional.empty());
        feed.end();
        String xml = out.toString(StandardCharsets.UTF_8);
        JsonObject attributes = italy.productInput(COFFEE).getJsonObject("productAttributes");

        assertThat(xml).contains("<g:price>12.20 EUR</g:price>", "<g:title>" + attributes.getString("title") + "<",
                "<g:link>" + attributes.getString("link") + "<", "<g:gtin>8001234567897<", "<g:availability>in_stock<");
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}

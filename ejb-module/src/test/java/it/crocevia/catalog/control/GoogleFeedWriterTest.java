package it.crocevia.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.FeedTarget;
import it.crocevia.catalog.control.GoogleProductSpec.Skip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The feed is read back with a namespace-aware DOM parser, as Merchant Center would. */
class GoogleFeedWriterTest {

    private static final String PRODUCT_URL = "https://www.negozio.it/p/{code}";
    private static final FeedTarget ITALY = new FeedTarget("IT", "it", "EUR");

    private static final CatalogArticle COFFEE = new CatalogArticle("CAF-1", "Caffè in grani <Miscela> & \"bar\"",
            "Coffee beans", new BigDecimal("10.0000"), "8001234567890", "Torrefazione", new BigDecimal("1.000"),
            List.of("Caffè"), List.of("https://img.example.it/1.jpg", "https://img.example.it/2.jpg"),
            new BigDecimal("12.000"), new BigDecimal("22.00"));
    private static final CatalogArticle MOKA = new CatalogArticle("MOK 3/a", "Moka 3 tazze", "Moka pot",
            new BigDecimal("24.9000"), null, "Bialetti", null, List.of(), List.of("https://img.example.it/moka.jpg"),
            BigDecimal.ZERO, null);
    private static final CatalogArticle CUP = new CatalogArticle("TAZ-1", "Tazzina", null, new BigDecimal("3"),
            null, null, null, List.of(), List.of("http://img.example.it/tazza.png"), null, new BigDecimal("4"));

    private record Feed(Document document, List<Map<String, List<String>>> items, Map<Skip, Long> skipped,
            String text) {

        Map<String, List<String>> item(String id) {
            return items.stream().filter(i -> i.get("id").equals(List.of(id))).findFirst().orElseThrow();
        }
    }

    private static Feed write(FeedTarget target, String productUrl, List<CatalogArticle> articles,
            List<Optional<Skip>> outcomes) throws Exception {
        var out = new ByteArrayOutputStream();
        var writer = new GoogleFeedWriter(out, target, productUrl);
        writer.begin("Negozio & Co", "https://www.negozio.it", "Feed");
        for (var article : articles) {
            outcomes.add(writer.write(article));
        }
        writer.end();
        return read(out.toByteArray(), writer.skipped());
    }

    private static Feed write(List<CatalogArticle> articles) throws Exception {
        return write(ITALY, PRODUCT_URL, articles, new ArrayList<>());
    }

    private static Feed read(byte[] xml, Map<Skip, Long> skipped) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var items = new ArrayList<Map<String, List<String>>>();
        var nodes = document.getElementsByTagName("item");
        for (int i = 0; i < nodes.getLength(); i++) {
            var fields = new LinkedHashMap<String, List<String>>();
            var children = nodes.item(i).getChildNodes();
            for (int c = 0; c < children.getLength(); c++) {
                if (children.item(c) instanceof Element e) {
                    assertThat(e.getNamespaceURI()).as(e.getTagName()).isEqualTo(GoogleFeedWriter.NS);
                    fields.computeIfAbsent(e.getLocalName(), k -> new ArrayList<>()).add(e.getTextContent());
                }
            }
            items.add(fields);
        }
        return new Feed(document, items, skipped, new String(xml, StandardCharsets.UTF_8));
    }

    @Test
    void anRss2FeedInGooglesNamespace() throws Exception {
        var feed = write(List.of(COFFEE));

        var rss = feed.document().getDocumentElement();
        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        assertThat(rss.lookupNamespaceURI("g")).isEqualTo("http://base.google.com/ns/1.0");
        var channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertThat(child(channel, "title")).isEqualTo("Negozio & Co");
        assertThat(child(channel, "link")).isEqualTo("https://www.negozio.it");
        assertThat(feed.text()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(feed.items()).hasSize(1);
    }

    @Test
    void everyItemHasGooglesRequiredFields() throws Exception {
        var feed = write(List.of(COFFEE, MOKA, CUP));

        assertThat(feed.items()).hasSize(3).allSatisfy(item -> {
            assertThat(item).containsKeys("id", "title", "description", "link", "image_link", "availability",
                    "price", "condition");
            assertThat(item.get("price").get(0)).matches("\\d+\\.\\d{2} EUR");
            assertThat(item.get("condition")).containsExactly("new");
            assertThat(item.containsKey("gtin") && item.containsKey("brand") || item.containsKey("mpn")
                    || item.get("identifier_exists") != null).isTrue();
        });
        var coffee = feed.item("CAF-1");
        assertThat(coffee.get("title")).containsExactly("Caffè in grani <Miscela> & \"bar\"");
        assertThat(coffee.get("description")).containsExactly("Caffè in grani <Miscela> & \"bar\"");
        assertThat(coffee.get("link")).containsExactly("https://www.negozio.it/p/CAF-1");
        assertThat(coffee.get("image_link")).containsExactly("https://img.example.it/1.jpg");
        assertThat(coffee.get("additional_image_link")).containsExactly("https://img.example.it/2.jpg");
        assertThat(coffee.get("availability")).containsExactly("in_stock");
        assertThat(coffee.get("shipping_weight")).containsExactly("1 kg");
        assertThat(feed.item("MOK 3/a").get("link")).as("the code is encoded in the address")
                .containsExactly("https://www.negozio.it/p/MOK%203%2Fa");
    }

    @Test
    void thePriceIsTheListsPlusVatRoundedToTheCentWithItsCurrency() throws Exception {
        var feed = write(List.of(COFFEE, MOKA, CUP));

        assertThat(feed.item("CAF-1").get("price")).as("10 + 22% VAT").containsExactly("12.20 EUR");
        assertThat(feed.item("MOK 3/a").get("price")).as("no VAT rate: as it is").containsExactly("24.90 EUR");
        assertThat(feed.item("TAZ-1").get("price")).as("3 + 4%").containsExactly("3.12 EUR");
        var half = new CatalogArticle("H", "Mezzo centesimo", null, new BigDecimal("0.0125"), null, null, null,
                List.of(), List.of("https://img.example.it/h.jpg"), null, BigDecimal.ZERO);
        assertThat(write(List.of(half)).item("H").get("price")).as("half up").containsExactly("0.01 EUR");

        var us = write(new FeedTarget("US", "en", "EUR"), PRODUCT_URL, List.of(COFFEE), new ArrayList<>());
        assertThat(us.item("CAF-1").get("price")).as("shown without tax in the US").containsExactly("10.00 EUR");
    }

    @Test
    void availabilityFollowsTheWarehousesStock() throws Exception {
        var feed = write(List.of(COFFEE, MOKA, CUP));

        assertThat(feed.item("CAF-1").get("availability")).containsExactly("in_stock");
        assertThat(feed.item("MOK 3/a").get("availability")).as("0 in stock").containsExactly("out_of_stock");
        assertThat(feed.item("TAZ-1").get("availability")).as("no warehouse").containsExactly("out_of_stock");
    }

    @Test
    void identifiersAreTheGtinOrTheCodeOfABrandOrNone() throws Exception {
        var feed = write(List.of(COFFEE, MOKA, CUP));

        var coffee = feed.item("CAF-1");
        assertThat(coffee.get("gtin")).containsExactly("8001234567890");
        assertThat(coffee.get("brand")).containsExactly("Torrefazione");
        assertThat(coffee).doesNotContainKeys("mpn", "identifier_exists");
        var moka = feed.item("MOK 3/a");
        assertThat(moka.get("brand")).containsExactly("Bialetti");
        assertThat(moka.get("mpn")).as("no GTIN: the article code").containsExactly("MOK 3/a");
        assertThat(moka).doesNotContainKeys("gtin", "identifier_exists");
        var cup = feed.item("TAZ-1");
        assertThat(cup.get("identifier_exists")).containsExactly("no");
        assertThat(cup).doesNotContainKeys("gtin", "mpn", "brand");
    }

    @Test
    void theTextIsInTheTargetsLanguageOrTheOtherOne() throws Exception {
        var english = write(new FeedTarget("GB", "en", "EUR"), PRODUCT_URL, List.of(COFFEE, CUP), new ArrayList<>());
        assertThat(english.item("CAF-1").get("title")).containsExactly("Coffee beans");
        assertThat(english.item("TAZ-1").get("title")).as("no English description").containsExactly("Tazzina");
        var german = write(new FeedTarget("DE", "de", "EUR"), PRODUCT_URL, List.of(COFFEE), new ArrayList<>());
        assertThat(german.item("CAF-1").get("title")).as("English for any language but Italian")
                .containsExactly("Coffee beans");
    }

    @Test
    void textIsEscapedAndLosesWhatXmlCannotCarry() throws Exception {
        var nasty = new CatalogArticle("X-1", "Riga 1\r\nRiga\t2 \u0000\u0007\u001B\u0085\uFFFE ]]> </g:title>"
                + " \uD83D\uDE00 \uD800 fine", null, BigDecimal.ONE, null, "A&B <marca>", null, List.of(),
                List.of("https://img.example.it/x.jpg?a=1&b=2"), BigDecimal.ONE, null);

        var feed = write(List.of(nasty));

        var item = feed.item("X-1");
        assertThat(item.get("title")).as("one line, no controls")
                .containsExactly("Riga 1 Riga 2 ]]> </g:title> \uD83D\uDE00 fine");
        assertThat(item.get("description")).containsExactly("Riga 1\nRiga\t2  ]]> </g:title> \uD83D\uDE00  fine");
        assertThat(item.get("brand")).containsExactly("A&B <marca>");
        assertThat(item.get("image_link")).containsExactly("https://img.example.it/x.jpg?a=1&b=2");
        assertThat(feed.text()).contains("A&amp;B &lt;marca&gt;").doesNotContain("\u0000", "\u001B", "\u0085");
    }

    @Test
    void longTextsAreCutToGooglesLimits() throws Exception {
        String words = "parola ".repeat(30).strip();
        String longText = "x".repeat(6000);
        var article = new CatalogArticle("L-1", words, null, BigDecimal.ONE, null, "M".repeat(80), null, List.of(),
                IntStream.range(0, 15).mapToObj(i -> "https://img.example.it/" + i + ".jpg").toList(), null, null);
        var huge = new CatalogArticle("L-2", longText, null, BigDecimal.ONE, null, null, null, List.of(),
                List.of("https://img.example.it/x.jpg"), null, null);

        var feed = write(List.of(article, huge));

        String title = feed.item("L-1").get("title").get(0);
        assertThat(title).hasSizeLessThanOrEqualTo(150).endsWith("parola").doesNotEndWith(" ");
        assertThat(feed.item("L-1").get("brand").get(0)).hasSize(70);
        assertThat(feed.item("L-1").get("additional_image_link")).hasSize(10).startsWith("https://img.example.it/1.jpg");
        assertThat(feed.item("L-2").get("title").get(0)).hasSize(150);
        assertThat(feed.item("L-2").get("description").get(0)).hasSize(5000);
    }

    @Test
    void articlesGoogleWouldRefuseAreLeftOutAndCounted() throws Exception {
        var noTitle = new CatalogArticle("N-1", " \u0007 ", null, BigDecimal.ONE, null, null, null, List.of(),
                List.of("https://img.example.it/n.jpg"), null, null);
        var free = new CatalogArticle("N-2", "Omaggio", null, new BigDecimal("0.001"), null, null, null, List.of(),
                List.of("https://img.example.it/n.jpg"), null, null);
        var noImage = new CatalogArticle("N-3", "Senza foto", null, BigDecimal.ONE, null, null, null, List.of(),
                List.of("img/locale.jpg", "javascript:alert(1)"), null, null);
        var longCode = new CatalogArticle("C".repeat(51), "Codice lungo", null, BigDecimal.ONE, null, null, null,
                List.of(), List.of("https://img.example.it/n.jpg"), null, null);
        var outcomes = new ArrayList<Optional<Skip>>();

        var feed = write(ITALY, PRODUCT_URL, List.of(noTitle, COFFEE, free, noImage, longCode), outcomes);

        assertThat(outcomes).containsExactly(Optional.of(Skip.TITLE), Optional.empty(), Optional.of(Skip.PRICE),
                Optional.of(Skip.IMAGE), Optional.of(Skip.ID));
        assertThat(feed.items()).extracting(i -> i.get("id").get(0)).containsExactly("CAF-1");
        assertThat(feed.skipped()).containsOnly(Map.entry(Skip.TITLE, 1L), Map.entry(Skip.PRICE, 1L),
                Map.entry(Skip.IMAGE, 1L), Map.entry(Skip.ID, 1L));
    }

    @Test
    void withoutAProductPageAddressEveryArticleIsLeftOut() throws Exception {
        var outcomes = new ArrayList<Optional<Skip>>();

        var feed = write(ITALY, null, List.of(COFFEE, MOKA), outcomes);

        assertThat(feed.items()).isEmpty();
        assertThat(outcomes).containsOnly(Optional.of(Skip.LINK));
        assertThat(feed.skipped()).containsExactly(Map.entry(Skip.LINK, 2L));
    }

    @Test
    void aLargeCatalogIsStreamedNotHeld() throws Exception {
        var counted = new CountingStream();
        var writer = new GoogleFeedWriter(counted, ITALY, PRODUCT_URL);
        writer.begin("Negozio", "https://www.negozio.it", "Feed");
        writer.flush();
        long afterHeader = counted.bytes;
        for (int i = 0; i < 1000; i++) {
            writer.write(new CatalogArticle("A-%04d".formatted(i), "Articolo " + i, null, BigDecimal.TEN, null, null,
                    null, List.of(), List.of("https://img.example.it/a.jpg"), BigDecimal.ONE, null));
        }
        writer.flush();
        assertThat(counted.bytes - afterHeader).as("every item reached the stream at the flush")
                .isGreaterThan(1000L * 200);
        writer.end();
        assertThat(writer.items()).isEqualTo(1000);
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) throws IOException {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

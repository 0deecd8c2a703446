package it.crocevia.catalog.control;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.FeedTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes articles as a Google Merchant Center product feed: RSS 2.0 with Google's {@code g:}
 * namespace, one {@code <item>} per article, streamed with StAX so that memory does not grow with
 * the catalog (the caller flushes after each page).
 *
 * <p>What each item says (Google's product data specification):
 * <ul>
 *   <li>{@code g:title} (at most 150 characters, cut at a word) and {@code g:description} (at most
 *   5000) are the ERP's description in the target's language: Italian for an {@code it} target,
 *   English for any other, the other one when that is missing;</li>
 *   <li>{@code g:link} is the account's product page address with the article code in place of
 *   {@code {code}}; {@code g:image_link} the first image, {@code g:additional_image_link} up to ten
 *   more;</li>
 *   <li>{@code g:price} is {@code "12.50 EUR"}: the price list's net price plus the article's VAT,
 *   as Google asks for every country but the United States and Canada (where prices are shown
 *   without tax); without a VAT rate the price is written as it is;</li>
 *   <li>{@code g:availability} is {@code in_stock} when the account's warehouse has a positive
 *   stock, {@code out_of_stock} otherwise (also when the account names no warehouse: a feed never
 *   promises what it cannot know);</li>
 *   <li>identifiers: {@code g:gtin} when the ERP has one, {@code g:brand} when it has one; without a
 *   GTIN but with a brand, the article code is the {@code g:mpn}; with neither GTIN nor brand,
 *   {@code g:identifier_exists} is {@code no} (a code with no brand identifies nothing to Google);</li>
 *   <li>{@code g:condition} is {@code new}; {@code g:shipping_weight} the ERP's weight in kg.</li>
 * </ul>
 * An article Google would refuse (no title, no positive price, no product address, no image, a code
 * longer than Google's 50 characters) is not written: {@link #write} says why, and it is counted.
 *
 * <p>Text is stripped of what XML 1.0 cannot carry and of control characters; the StAX writer
 * escapes the rest.
 */
public final class GoogleFeedWriter {

    public static final String NS = "http://base.google.com/ns/1.0";

    /** Why an article is left out of the feed. */
    public enum Skip {
        /** Its code is longer than Google's 50 characters. */
        ID,
        /** It has no description in either language. */
        TITLE,
        /** Its price is zero. */
        PRICE,
        /** The account has no product page address. */
        LINK,
        /** It has no image (an http or https URL). */
        IMAGE
    }

    static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MAX = 5000;
    static final int ID_MAX = 50;
    static final int BRAND_MAX = 70;
    static final int URL_MAX = 2000;
    static final int ADDITIONAL_IMAGES_MAX = 10;
    /** Where Google shows (and wants) prices without tax. */
    private static final Set<String> NET_PRICE_COUNTRIES = Set.of("US", "CA");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final FeedTarget target;
    private final String productUrl;
    private final Map<Skip, Long> skipped = new EnumMap<>(Skip.class);
    private long items;

    /**
     * @param productUrl the address of a product page with {@code {code}} for the article code;
     *     {@code null}: the account has none, and every article is skipped
     */
    public GoogleFeedWriter(OutputStream out, FeedTarget target, String productUrl) throws IOException {
        try {
            this.xml = XML.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        this.target = target;
        this.productUrl = productUrl;
    }

    /** The XML declaration and the channel's own elements. */
    public void begin(String title, String link, String description) throws IOException {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rss");
            xml.writeNamespace("g", NS);
            xml.writeAttribute("version", "2.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("channel");
            element(1, null, "title", line(title));
            element(1, null, "link", link);
            element(1, null, "description", line(description));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Writes one article's item, or nothing and why. */
    public Optional<Skip> write(CatalogArticle article) throws IOException {
        Optional<Skip> skip = check(article);
        if (skip.isPresent()) {
            skipped.merge(skip.get(), 1L, Long::sum);
            return skip;
        }
        try {
            writeItem(article);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        items++;
        return Optional.empty();
    }

    /** Sends what was written so far to the output stream. */
    public void flush() throws IOException {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Closes the channel and the document (not the output stream). */
    public void end() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    public long items() {
        return items;
    }

    public Map<Skip, Long> skipped() {
        return Map.copyOf(skipped);
    }

    private Optional<Skip> check(CatalogArticle a) {
        if (a.code() == null || a.code().length() > ID_MAX || text(a.code()).isEmpty()) {
            return Optional.of(Skip.ID);
        }
        if (title(a).isEmpty()) {
            return Optional.of(Skip.TITLE);
        }
        if (a.price() == null || price(a).signum() <= 0) {
            return Optional.of(Skip.PRICE);
        }
        if (link(a) == null) {
            return Optional.of(Skip.LINK);
        }
        if (images(a).isEmpty()) {
            return Optional.of(Skip.IMAGE);
        }
        return Optional.empty();
    }

    private void writeItem(CatalogArticle a) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("item");
        element(2, NS, "id", text(a.code()));
        element(2, NS, "title", title(a));
        element(2, NS, "description", description(a));
        element(2, NS, "link", link(a));
        var images = images(a);
        element(2, NS, "image_link", images.get(0));
        for (String image : images.subList(1, Math.min(images.size(), ADDITIONAL_IMAGES_MAX + 1))) {
            element(2, NS, "additional_image_link", image);
        }
        element(2, NS, "availability",
                a.quantity() != null && a.quantity().signum() > 0 ? "in_stock" : "out_of_stock");
        element(2, NS, "price", price(a).toPlainString() + " " + target.currency());
        element(2, NS, "condition", "new");
        String brand = cut(line(a.brand()), BRAND_MAX);
        String gtin = a.gtin() == null ? "" : a.gtin().strip();
        if (!brand.isEmpty()) {
            element(2, NS, "brand", brand);
        }
        if (!gtin.isEmpty()) {
            element(2, NS, "gtin", gtin);
        } else if (!brand.isEmpty()) {
            element(2, NS, "mpn", text(a.code()));
        } else {
            element(2, NS, "identifier_exists", "no");
        }
        if (a.weightKg() != null && a.weightKg().signum() > 0) {
            element(2, NS, "shipping_weight", a.weightKg().stripTrailingZeros().toPlainString() + " kg");
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private void element(int depth, String namespace, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        if (namespace == null) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement("g", name, namespace);
        }
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    /** The description in the target's language, the other one when it is missing ("" with neither). */
    private String localized(CatalogArticle a) {
        boolean italian = "it".equals(target.language().toLowerCase(Locale.ROOT));
        String wanted = text(italian ? a.descriptionIt() : a.descriptionEn());
        return wanted.isEmpty() ? text(italian ? a.descriptionEn() : a.descriptionIt()) : wanted;
    }

    String title(CatalogArticle a) {
        return cutAtWord(line(localized(a)), TITLE_MAX);
    }

    String description(CatalogArticle a) {
        return cut(localized(a), DESCRIPTION_MAX);
    }

    /** The product page of the article, or {@code null} when the account has no address for it. */
    String link(CatalogArticle a) {
        if (productUrl == null || productUrl.isBlank()) {
            return null;
        }
        String code = URLEncoder.encode(a.code(), StandardCharsets.UTF_8).replace("+", "%20");
        String link = productUrl.strip().replace("{code}", code);
        return httpUrl(link) ? link : null;
    }

    /** The article's images that are http(s) URLs Google can fetch, in the ERP's order. */
    List<String> images(CatalogArticle a) {
        return a.images().stream().map(i -> i == null ? "" : i.strip()).filter(GoogleFeedWriter::httpUrl).toList();
    }

    /** The price to show in the target's country, rounded to the cent. */
    BigDecimal price(CatalogArticle a) {
        BigDecimal price = a.price();
        if (a.vatRate() != null && !NET_PRICE_COUNTRIES.contains(target.country())) {
            price = price.add(price.multiply(a.vatRate()).divide(HUNDRED));
        }
        return price.setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean httpUrl(String value) {
        if (value.isEmpty() || value.length() > URL_MAX || !value.equals(text(value))) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The text without what XML 1.0 cannot carry (C0 controls but tab and line breaks, lone
     * surrogates, U+FFFE/U+FFFF) and without C1 controls, line breaks as {@code \n}, stripped.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        var clean = new StringBuilder(value.length());
        value.replace("\r\n", "\n").replace('\r', '\n').codePoints().filter(GoogleFeedWriter::allowed)
                .forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    /** One line: the text with every run of white space as one space. */
    static String line(String value) {
        return text(value).replaceAll("\\s+", " ");
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        return (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF;
    }

    /** At most {@code max} characters (code points, never half a pair). */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }

    /** At most {@code max} characters, ending at a word when there is a space in the last third. */
    static String cutAtWord(String text, int max) {
        String cut = cut(text, max);
        if (cut.length() == text.length()) {
            return cut;
        }
        int space = cut.lastIndexOf(' ');
        return space > cut.length() * 2 / 3 ? cut.substring(0, space).strip() : cut;
    }
}

package it.crocevia.catalog.control;

import it.crocevia.catalog.boundary.CatalogArticle;
import it.crocevia.catalog.boundary.FeedTarget;
import it.crocevia.catalog.control.GoogleProductSpec.Skip;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes articles as a Google Merchant Center product feed: RSS 2.0 with Google's {@code g:}
 * namespace, one {@code <item>} per article, streamed with StAX so that memory does not grow with
 * the catalog (the caller flushes after each page).
 *
 * <p>What each item says, and which articles are left out, is {@link GoogleProductSpec}'s: the
 * same values the Merchant API is sent. The feed writes them as Google's feed attributes:
 * {@code g:price} {@code "12.50 EUR"}, {@code g:availability} {@code in_stock}/{@code out_of_stock},
 * {@code g:identifier_exists} {@code no} without identifiers, {@code g:shipping_weight} {@code "1 kg"}.
 * An article left out is counted by reason ({@link #skipped()}).
 *
 * <p>The StAX writer escapes the text.
 */
public final class GoogleFeedWriter {

    public static final String NS = "http://base.google.com/ns/1.0";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final GoogleProductSpec spec;
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
        this.spec = new GoogleProductSpec(target, productUrl);
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
            element(1, null, "title", GoogleProductSpec.line(title));
            element(1, null, "link", link);
            element(1, null, "description", GoogleProductSpec.line(description));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Writes one article's item, or nothing and why. */
    public Optional<Skip> write(CatalogArticle article) throws IOException {
        Optional<Skip> skip = spec.check(article);
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

    private void writeItem(CatalogArticle a) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("item");
        element(2, NS, "id", spec.id(a));
        element(2, NS, "title", spec.title(a));
        element(2, NS, "description", spec.description(a));
        element(2, NS, "link", spec.link(a));
        element(2, NS, "image_link", spec.images(a).get(0));
        for (String image : spec.additionalImages(a)) {
            element(2, NS, "additional_image_link", image);
        }
        element(2, NS, "availability", spec.inStock(a) ? "in_stock" : "out_of_stock");
        element(2, NS, "price", spec.price(a).toPlainString() + " " + spec.target().currency());
        element(2, NS, "condition", "new");
        String brand = spec.brand(a);
        if (!brand.isEmpty()) {
            element(2, NS, "brand", brand);
        }
        if (!spec.gtin(a).isEmpty()) {
            element(2, NS, "gtin", spec.gtin(a));
        }
        var mpn = spec.mpn(a);
        if (mpn.isPresent()) {
            element(2, NS, "mpn", mpn.get());
        }
        if (!spec.identifierExists(a)) {
            element(2, NS, "identifier_exists", "no");
        }
        var weight = spec.shippingWeightKg(a);
        if (weight.isPresent()) {
            element(2, NS, "shipping_weight", weight.get().toPlainString() + " kg");
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
}

package it.crocevia.connector.prestashop;

import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.RemoteException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A webservice XML document ({@code <prestashop><product>...</product></prestashop>}) edited in
 * place with the JDK's DOM. The webservice only takes XML for writes, and a record read back is
 * the surest base for a write: a {@code PUT} replaces the whole record, so every field Crocevia
 * does not own must travel back as it came. Everything not touched is kept as it was (order,
 * {@code xlink} attributes, other languages). DTDs are refused (no entity tricks from a remote).
 */
final class PrestaShopXml {

    private final Document document;
    private final Element entity;

    private PrestaShopXml(Document document) {
        this.document = document;
        this.entity = firstElement(document.getDocumentElement());
        if (entity == null) {
            throw new RemoteException(Outcome.NOT_THE_PLATFORM, "The PrestaShop XML holds no record", null);
        }
    }

    /** @throws RemoteException (not the platform) when the text is not XML with a record */
    static PrestaShopXml parse(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return new PrestaShopXml(builder.parse(new InputSource(new StringReader(xml == null ? "" : xml))));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new RemoteException(Outcome.NOT_THE_PLATFORM, "The answer is not PrestaShop's XML", e);
        }
    }

    /** The record's element ({@code product}, {@code stock_available}). */
    Element entity() {
        return entity;
    }

    /** A field's text, null when the record has no such field. */
    String text(String field) {
        Element element = child(entity, field);
        return element == null ? null : element.getTextContent().strip();
    }

    /** Sets a field's text, adding the field (before the associations) when the record lacks it. */
    PrestaShopXml set(String field, String value) {
        set(entity, field, value);
        return this;
    }

    /** Sets the text of a child of any element of the document (e.g. an association's element). */
    void set(Element parent, String name, String value) {
        Element element = child(parent, name);
        if (element == null) {
            element = document.createElement(name);
            parent.insertBefore(element, child(parent, "associations"));
        }
        replaceText(element, value);
    }

    /** Sets a multilingual field's text in one language ({@code <language id="n">}), adding it if missing. */
    PrestaShopXml setLanguage(String field, String languageId, String value) {
        Element element = child(entity, field);
        if (element == null) {
            element = document.createElement(field);
            entity.insertBefore(element, child(entity, "associations"));
        }
        Element language = null;
        for (Element candidate : children(element, "language")) {
            if (languageId.equals(candidate.getAttribute("id"))) {
                language = candidate;
            }
        }
        if (language == null) {
            language = document.createElement("language");
            language.setAttribute("id", languageId);
            element.appendChild(language);
        }
        replaceText(language, value);
        return this;
    }

    /** The language ids a multilingual field lists, in order. */
    List<String> languages(String field) {
        Element element = child(entity, field);
        return element == null ? List.of()
                : children(element, "language").stream().map(l -> l.getAttribute("id")).toList();
    }

    /** The text of a multilingual field in a language, null when absent. */
    String languageText(String field, String languageId) {
        Element element = child(entity, field);
        if (element != null) {
            for (Element language : children(element, "language")) {
                if (languageId.equals(language.getAttribute("id"))) {
                    return language.getTextContent();
                }
            }
        }
        return null;
    }

    /** Removes fields (or {@code associations}) from the record. */
    PrestaShopXml remove(String... fields) {
        for (String field : fields) {
            Element element = child(entity, field);
            if (element != null) {
                entity.removeChild(element);
            }
        }
        return this;
    }

    /** The elements of an association ({@code categories/category}...), empty when it has none. */
    List<Element> association(String name) {
        Element associations = child(entity, "associations");
        Element association = associations == null ? null : child(associations, name);
        return association == null ? List.of() : elements(association);
    }

    /** Replaces the record's associations with one association of ids ({@code categories}, {@code category}). */
    PrestaShopXml associations(String name, String elementName, List<String> ids) {
        remove("associations");
        return association(name, elementName, ids);
    }

    /** Replaces one association with these ids, keeping the others (adding {@code <associations>} if missing). */
    PrestaShopXml association(String name, String elementName, List<String> ids) {
        Element associations = child(entity, "associations");
        if (associations == null) {
            associations = document.createElement("associations");
            entity.appendChild(associations);
        }
        Element association = document.createElement(name);
        for (String id : ids) {
            Element element = document.createElement(elementName);
            Element idElement = document.createElement("id");
            idElement.setTextContent(id);
            element.appendChild(idElement);
            association.appendChild(element);
        }
        Element old = child(associations, name);
        if (old == null) {
            associations.appendChild(association);
        } else {
            associations.replaceChild(association, old);
        }
        return this;
    }

    String xml() {
        try {
            var factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            var out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("A DOM document could not be written", e);
        }
    }

    /** The messages of a webservice XML error body ({@code <errors><error><message>}), or null. */
    static String errorMessages(String body) {
        try {
            var xml = parse(body);
            var messages = new ArrayList<String>();
            var errors = xml.document.getElementsByTagName("message");
            for (int i = 0; i < errors.getLength(); i++) {
                messages.add(errors.item(i).getTextContent().strip());
            }
            return messages.isEmpty() ? null : String.join("; ", messages);
        } catch (RemoteException notXml) {
            return null;
        }
    }

    /** A direct child element by name, or null. */
    static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    /** The direct child elements, or those of one name. */
    static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    static List<Element> elements(Element parent) {
        var out = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                out.add(element);
            }
        }
        return out;
    }

    private static Element firstElement(Element parent) {
        return parent == null || elements(parent).isEmpty() ? null : elements(parent).get(0);
    }

    /** Text as an escaped text node: a description may hold {@code ]]>}, which a CDATA section cannot. */
    private void replaceText(Element element, String value) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
        element.appendChild(document.createTextNode(value == null ? "" : value));
    }
}

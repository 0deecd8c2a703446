package it.crocevia.testserver.prestashop;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A {@code POST}/{@code PUT} body read as PHP's {@code SimpleXMLElement} reads it, which is how
 * {@code WebserviceRequest::saveEntityFromXml} sees it: elements by name (the first of a name
 * wins, as {@code $node->name} does), their direct text with CDATA but without the text of child
 * elements (what {@code (string) $node} gives, surrounding whitespace included), and attributes.
 * DTDs are refused, as libxml refuses to load external entities.
 *
 * @param name the element name
 * @param text the direct text
 * @param children the child elements in order
 * @param element the DOM element, for attributes
 */
record XmlInput(String name, String text, List<XmlInput> children, Element element) {

    /** Why a body is not XML: SimpleXMLElement's exception message. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed() {
            super("String could not be parsed as XML", null, false, false);
        }
    }

    /** @return the document element of the body */
    static XmlInput parse(String body) throws Malformed {
        if (body == null || body.isBlank()) {
            throw new Malformed();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return of(builder.parse(new InputSource(new StringReader(body))).getDocumentElement());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new Malformed();
        }
    }

    private static XmlInput of(Element element) {
        StringBuilder text = new StringBuilder();
        List<XmlInput> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(child.getNodeValue());
                case Node.ELEMENT_NODE -> children.add(of((Element) child));
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        return new XmlInput(element.getLocalName() != null ? element.getLocalName() : element.getTagName(),
                text.toString(), List.copyOf(children), element);
    }

    /** @return the first child of that name ({@code $node->name}), or null ({@code isset} is false) */
    XmlInput child(String childName) {
        for (XmlInput child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** @return every child of that name ({@code foreach ($node->name as ...)}) */
    List<XmlInput> all(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** @return an attribute's value, "" when absent (as {@code (string) $node->attributes()->id}) */
    String attribute(String attributeName) {
        return element.getAttribute(attributeName);
    }
}

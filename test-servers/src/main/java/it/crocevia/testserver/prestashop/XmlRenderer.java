package it.crocevia.testserver.prestashop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * PrestaShop's XML output ({@code WebserviceOutputXML}), its default format: a
 * {@code <prestashop xmlns:xlink=...>} root, values in CDATA, {@code xlink:href} on ids that point
 * to a resource, {@code <language id="n">} children for multilingual fields, and a list of
 * {@code <order id="1" xlink:href="..."/>} when only ids are shown. Simplification: PrestaShop
 * indents with tabs; this writer does not indent.
 */
final class XmlRenderer implements Renderer {

    private final String wsUrl;
    private final String shopName;

    /**
     * @param wsUrl the webservice base URL ending in {@code /api/}, for xlink references
     * @param shopName shown on the resource list
     */
    XmlRenderer(String wsUrl, String shopName) {
        this.wsUrl = wsUrl;
        this.shopName = shopName;
    }

    @Override
    public String contentType() {
        return "text/xml;charset=utf-8";
    }

    @Override
    public void list(OutputStream out, Resource resource, List<Row> rows, Display display, List<Integer> languages)
            throws IOException {
        Writer xml = open(out);
        xml.write("<" + resource.name + ">\n");
        for (Row row : rows) {
            if (display.minimum) {
                xml.write("<" + resource.node + " id=\"" + row.id + "\" xlink:href=\"" + attr(wsUrl + resource.name
                        + "/" + row.id) + "\"/>\n");
            } else {
                entity(xml, resource, row, display, languages);
            }
        }
        xml.write("</" + resource.name + ">\n");
        close(xml);
    }

    @Override
    public void single(OutputStream out, Resource resource, Row row, Display display, boolean displayParameter,
            List<Integer> languages) throws IOException {
        if (display.minimum) {
            list(out, resource, List.of(row), display, languages);
            return;
        }
        Writer xml = open(out);
        entity(xml, resource, row, display, languages);
        close(xml);
    }

    @Override
    public void resources(OutputStream out, Collection<Resource> permitted) throws IOException {
        Writer xml = open(out);
        xml.write("<api shopName=\"" + attr(shopName) + "\">\n");
        for (Resource resource : permitted) {
            String rights = " get=\"true\" put=\"false\" post=\"false\" patch=\"false\" delete=\"false\" head=\"true\"";
            String href = attr(wsUrl + resource.name);
            xml.write("<" + resource.name + " xlink:href=\"" + href + "\"" + rights + ">\n");
            xml.write("<description xlink:href=\"" + href + "\"" + rights + ">" + text(resource.description)
                    + "</description>\n");
            xml.write("<schema xlink:href=\"" + href + "?schema=blank\" type=\"blank\"/>\n");
            xml.write("<schema xlink:href=\"" + href + "?schema=synopsis\" type=\"synopsis\"/>\n");
            xml.write("</" + resource.name + ">\n");
        }
        xml.write("</api>\n");
        close(xml);
    }

    @Override
    public void errors(OutputStream out, List<WsError> errors) throws IOException {
        Writer xml = open(out);
        xml.write("<errors>\n");
        for (WsError error : errors) {
            xml.write("<error>\n<code>" + cdata(Integer.toString(error.code())) + "</code>\n<message>"
                    + cdata(error.message()) + "</message>\n</error>\n");
        }
        xml.write("</errors>\n");
        close(xml);
    }

    private void entity(Writer xml, Resource resource, Row row, Display display, List<Integer> languages)
            throws IOException {
        xml.write("<" + resource.node + ">\n");
        for (int i = 0; i < resource.fields.size(); i++) {
            Field field = resource.fields.get(i);
            if (display.shows(field)) {
                field(xml, field, row.value(i), languages);
            }
        }
        boolean opened = false;
        for (int a = 0; a < resource.associations.size(); a++) {
            Association association = resource.associations.get(a);
            if (!display.shows(association)) {
                continue;
            }
            if (!opened) {
                xml.write("<associations>\n");
                opened = true;
            }
            String kind = association.api() == null ? " nodeType=\"" + association.node() + "\" virtualEntity=\"true\""
                    : " nodeType=\"" + association.node() + "\" api=\"" + association.api() + "\"";
            List<Row> elements = row.association(a);
            if (elements.isEmpty()) {
                xml.write("<" + association.name() + kind + "/>\n");
                continue;
            }
            xml.write("<" + association.name() + kind + ">\n");
            for (Row element : elements) {
                String href = association.api() == null ? ""
                        : " xlink:href=\"" + attr(wsUrl + association.api() + "/" + element.text(0)) + "\"";
                xml.write("<" + association.node() + href + ">\n");
                for (int f = 0; f < association.fields().size(); f++) {
                    Field field = association.fields().get(f);
                    if (display.shows(association, field)) {
                        field(xml, field, association.value(element, f), languages);
                    }
                }
                xml.write("</" + association.node() + ">\n");
            }
            xml.write("</" + association.name() + ">\n");
        }
        if (opened) {
            xml.write("</associations>\n");
        }
        xml.write("</" + resource.node + ">\n");
    }

    private void field(Writer xml, Field field, Object value, List<Integer> languages) throws IOException {
        String name = field.name();
        if (value instanceof Localized localized) {
            xml.write("<" + name + ">");
            for (int language : languages) {
                String text = localized.get(language);
                xml.write("<language id=\"" + language + "\" xlink:href=\"" + attr(wsUrl + "languages/" + language)
                        + "\">" + (text == null || text.isEmpty() ? "" : cdata(text)) + "</language>");
            }
            xml.write("</" + name + ">\n");
            return;
        }
        String text = value == null ? "" : (String) value;
        String href = field.xlink() != null && !text.isEmpty() && !"0".equals(text)
                ? " xlink:href=\"" + attr(wsUrl + field.xlink() + "/" + text) + "\"" : "";
        String notFilterable = field.filterable() ? "" : " notFilterable=\"true\"";
        xml.write("<" + name + href + notFilterable + ">" + (text.isEmpty() ? "" : cdata(text)) + "</" + name + ">\n");
    }

    private static Writer open(OutputStream out) throws IOException {
        Writer xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 32 * 1024);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n");
        return xml;
    }

    private static void close(Writer xml) throws IOException {
        xml.write("</prestashop>\n");
        xml.flush();
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String attr(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}

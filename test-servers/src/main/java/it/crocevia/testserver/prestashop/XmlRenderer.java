package it.crocevia.testserver.prestashop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PrestaShop's XML output ({@code WebserviceOutputXML}), its default format: a
 * {@code <prestashop xmlns:xlink=...>} root, values in CDATA, {@code xlink:href} on ids that point
 * to a resource, {@code <language id="n">} children for multilingual fields, and a list of
 * {@code <order id="1" xlink:href="..."/>} when only ids are shown. Schemas follow
 * {@code WebserviceOutputBuilder::renderSchema}: no values, no links, no {@code nodeType} in a
 * blank one; the synopsis details as attributes, and {@code xlink:href} plus
 * {@code format="isUnsignedId" } on each language, in a synopsis. Simplification: PrestaShop
 * indents with tabs; this writer does not indent.
 */
final class XmlRenderer implements Renderer {

    private static final String[] METHODS = {"GET", "PUT", "POST", "PATCH", "DELETE", "HEAD"};

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

    /** Which kind of output a field is written for. */
    private enum Mode { RECORD, BLANK, SYNOPSIS }

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
                entity(xml, resource, row, display, languages, Mode.RECORD);
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
        entity(xml, resource, row, display, languages, Mode.RECORD);
        close(xml);
    }

    @Override
    public void written(OutputStream out, Resource resource, List<Row> rows, boolean displayParameter,
            List<Integer> languages) throws IOException {
        Writer xml = open(out);
        for (Row row : rows) {
            entity(xml, resource, row, Display.FULL, languages, Mode.RECORD);
        }
        close(xml);
    }

    @Override
    public void schema(OutputStream out, Resource resource, boolean synopsis, boolean displayParameter,
            List<Integer> languages) throws IOException {
        Writer xml = open(out);
        entity(xml, resource, null, Display.FULL, languages, synopsis ? Mode.SYNOPSIS : Mode.BLANK);
        close(xml);
    }

    @Override
    public void resources(OutputStream out, Collection<Resource> permitted, Map<String, Set<String>> methods)
            throws IOException {
        Writer xml = open(out);
        xml.write("<api shopName=\"" + attr(shopName) + "\">\n");
        for (Resource resource : permitted) {
            StringBuilder rights = new StringBuilder();
            Set<String> allowed = methods.getOrDefault(resource.name, Set.of());
            for (String method : METHODS) {
                rights.append(' ').append(method.toLowerCase(Locale.ROOT)).append("=\"")
                        .append(allowed.contains(method)).append('"');
            }
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

    /** An entity; {@code row} is null for a schema, whose one association element is empty. */
    private void entity(Writer xml, Resource resource, Row row, Display display, List<Integer> languages, Mode mode)
            throws IOException {
        xml.write("<" + resource.node + ">\n");
        for (int i = 0; i < resource.fields.size(); i++) {
            Field field = resource.fields.get(i);
            boolean hidden = mode == Mode.BLANK && field.input().readOnly() || mode == Mode.SYNOPSIS && i == 0;
            if (display.shows(field) && !hidden) {
                field(xml, field, row == null ? "" : row.value(i), languages, mode);
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
            String kind = mode == Mode.BLANK ? ""
                    : association.api() == null ? " nodeType=\"" + association.node() + "\" virtualEntity=\"true\""
                    : " nodeType=\"" + association.node() + "\" api=\"" + association.api() + "\"";
            if (row == null) {
                xml.write("<" + association.name() + kind + ">\n<" + association.node() + ">\n");
                for (Field field : association.fields()) {
                    field(xml, field, "", languages, mode);
                }
                xml.write("</" + association.node() + ">\n</" + association.name() + ">\n");
                continue;
            }
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
                        field(xml, field, association.value(element, f), languages, mode);
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

    private void field(Writer xml, Field field, Object value, List<Integer> languages, Mode mode) throws IOException {
        String name = field.name();
        String details = mode == Mode.SYNOPSIS ? synopsis(field.input()) : "";
        if (field.i18n()) {
            Localized localized = value instanceof Localized l ? l : null;
            xml.write("<" + name + details + ">");
            for (int language : languages) {
                String link = localized != null || mode == Mode.SYNOPSIS
                        ? " xlink:href=\"" + attr(wsUrl + "languages/" + language) + "\"" : "";
                String format = mode == Mode.SYNOPSIS ? " format=\"isUnsignedId\" " : "";
                String text = localized == null ? null : localized.get(language);
                xml.write("<language id=\"" + language + "\"" + link + format + ">"
                        + (text == null || text.isEmpty() ? "" : cdata(text)) + "</language>");
            }
            xml.write("</" + name + ">\n");
            return;
        }
        String text = value == null ? "" : Row.phpText(value);
        String href = mode == Mode.RECORD && field.xlink() != null && !text.isEmpty() && !"0".equals(text)
                ? " xlink:href=\"" + attr(wsUrl + field.xlink() + "/" + text) + "\"" : "";
        String notFilterable = field.filterable() || mode == Mode.BLANK ? "" : " notFilterable=\"true\"";
        xml.write("<" + name + href + notFilterable + details + ">" + (text.isEmpty() ? "" : cdata(text))
                + "</" + name + ">\n");
    }

    /** {@code WebserviceOutputBuilder::getSynopsisDetails} as attributes. */
    private static String synopsis(Input input) {
        StringBuilder details = new StringBuilder();
        if (input.required()) {
            details.append(" required=\"true\"");
        }
        if (input.maxSize() > 0) {
            details.append(" maxSize=\"").append(input.maxSize()).append('"');
        }
        if (input.validate() != null) {
            details.append(" format=\"").append(input.validate()).append('"');
        }
        if (input.readOnly()) {
            details.append(" readOnly=\"true\"");
        }
        return details.toString();
    }

    /** A document of elements written by the caller inside the {@code <prestashop>} root. */
    static void document(OutputStream out, String elements) throws IOException {
        Writer xml = open(out);
        xml.write(elements);
        close(xml);
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

    static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    static String attr(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}

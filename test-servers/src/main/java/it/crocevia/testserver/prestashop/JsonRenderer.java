package it.crocevia.testserver.prestashop;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PrestaShop's JSON output ({@code WebserviceOutputJSON}), streamed with a {@link JsonGenerator}.
 *
 * <p>Its shapes, reproduced: a list is {@code {"orders":[{"id":1},...]}}, but an empty list is
 * {@code []}; a single record is {@code {"order":{...}}}, or {@code {"orders":[{...}]}} when the
 * request had {@code display}; a multilingual field is {@code [{"id":"1","value":"..."},...]}, or
 * a plain string when only one language is output; {@code associations} appears only when an
 * association has elements; the resource list is a bare array of names; a schema is
 * {@code {"product":{...}}} with every value, multilingual ones included, an empty string and one
 * empty element per association; values a PHP getter returns keep their type (an int is a number,
 * false is false). Simplification: PHP's
 * {@code json_encode} escapes {@code /} as {@code \/}; this writer does not, which any JSON parser
 * reads the same.
 */
final class JsonRenderer implements Renderer {

    private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

    private final JsonTyping typing;

    JsonRenderer(JsonTyping typing) {
        this.typing = typing;
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public void list(OutputStream out, Resource resource, List<Row> rows, Display display, List<Integer> languages) {
        if (rows.isEmpty()) {
            writeEmpty(out);
            return;
        }
        try (JsonGenerator json = FACTORY.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject().writeStartArray(resource.name);
            for (Row row : rows) {
                if (display.minimum) {
                    json.writeStartObject().write("id", row.id).writeEnd();
                } else {
                    entity(json, resource, row, display, languages);
                }
            }
            json.writeEnd().writeEnd();
        }
    }

    @Override
    public void single(OutputStream out, Resource resource, Row row, Display display, boolean displayParameter,
            List<Integer> languages) {
        if (display.minimum) {
            list(out, resource, List.of(row), display, languages);
            return;
        }
        try (JsonGenerator json = FACTORY.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            if (displayParameter) {
                json.writeStartArray(resource.name);
                entity(json, resource, row, display, languages);
                json.writeEnd();
            } else {
                json.writeKey(resource.node);
                entity(json, resource, row, display, languages);
            }
            json.writeEnd();
        }
    }

    @Override
    public void written(OutputStream out, Resource resource, List<Row> rows, boolean displayParameter,
            List<Integer> languages) {
        try (JsonGenerator json = FACTORY.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            if (displayParameter) {
                json.writeStartArray(resource.name);
                rows.forEach(row -> entity(json, resource, row, Display.FULL, languages));
                json.writeEnd();
            } else {
                json.writeKey(resource.node);
                entity(json, resource, rows.get(rows.size() - 1), Display.FULL, languages);
            }
            json.writeEnd();
        }
    }

    @Override
    public void schema(OutputStream out, Resource resource, boolean synopsis, boolean displayParameter,
            List<Integer> languages) {
        try (JsonGenerator json = FACTORY.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            if (displayParameter) {
                json.writeStartArray(resource.name).writeStartObject();
            } else {
                json.writeStartObject(resource.node);
            }
            for (int i = 0; i < resource.fields.size(); i++) {
                Field field = resource.fields.get(i);
                if (synopsis ? i > 0 : !field.input().readOnly()) {
                    json.write(field.name(), "");
                }
            }
            if (!resource.associations.isEmpty()) {
                json.writeStartObject("associations");
                for (Association association : resource.associations) {
                    json.writeStartArray(association.name()).writeStartObject();
                    association.fields().forEach(field -> json.write(field.name(), ""));
                    json.writeEnd().writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
            if (displayParameter) {
                json.writeEnd();
            }
            json.writeEnd();
        }
    }

    @Override
    public void resources(OutputStream out, Collection<Resource> permitted, Map<String, Set<String>> methods) {
        try (JsonGenerator json = FACTORY.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartArray();
            permitted.forEach(resource -> json.write(resource.name));
            json.writeEnd();
        }
    }

    @Override
    public void errors(OutputStream out, List<WsError> errors) {
        try (JsonGenerator json = FACTORY.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject().writeStartArray("errors");
            for (WsError error : errors) {
                json.writeStartObject().write("code", error.code()).write("message", error.message()).writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    private static void writeEmpty(OutputStream out) {
        try {
            out.write("[]".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entity(JsonGenerator json, Resource resource, Row row, Display display, List<Integer> languages) {
        json.writeStartObject();
        for (int i = 0; i < resource.fields.size(); i++) {
            Field field = resource.fields.get(i);
            if (display.shows(field)) {
                value(json, field, row.value(i), languages);
            }
        }
        boolean opened = false;
        for (int a = 0; a < resource.associations.size(); a++) {
            Association association = resource.associations.get(a);
            List<Row> elements = row.association(a);
            if (!display.shows(association) || elements.isEmpty()) {
                continue;
            }
            if (!opened) {
                json.writeStartObject("associations");
                opened = true;
            }
            json.writeStartArray(association.name());
            for (Row element : elements) {
                json.writeStartObject();
                for (int f = 0; f < association.fields().size(); f++) {
                    Field field = association.fields().get(f);
                    if (display.shows(association, field)) {
                        value(json, field, association.value(element, f), languages);
                    }
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
        if (opened) {
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void value(JsonGenerator json, Field field, Object value, List<Integer> languages) {
        String name = field.name();
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Localized localized) {
            if (languages.size() == 1) {
                text(json, name, localized.get(languages.get(0)));
                return;
            }
            json.writeStartArray(name);
            for (int language : languages) {
                json.writeStartObject();
                if (typing == JsonTyping.NATIVE_INTEGERS) {
                    json.write("id", language);
                } else {
                    json.write("id", Integer.toString(language));
                }
                text(json, "value", localized.get(language)).writeEnd();
            }
            json.writeEnd();
        } else if (value instanceof Integer number) {
            json.write(name, number);
        } else if (value instanceof Boolean flag) {
            json.write(name, flag);
        } else {
            String text = (String) value;
            Long number = field.kind() == Kind.ENTITY_ID
                    || typing == JsonTyping.NATIVE_INTEGERS && field.kind().integral() ? integer(text) : null;
            if (number != null) {
                json.write(name, number);
            } else {
                json.write(name, text);
            }
        }
    }

    private static JsonGenerator text(JsonGenerator json, String name, String text) {
        return text == null ? json.writeNull(name) : json.write(name, text);
    }

    private static Long integer(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || i == 0 && c == '-' && text.length() > 1)) {
                return null;
            }
        }
        return Long.parseLong(text);
    }
}

package it.crocevia.testserver.magento;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Streams a REST answer with a {@link JsonGenerator}, writing values the way PHP's
 * {@code json_encode} shows Magento's typed data (floats without trailing zeros: {@code 100},
 * {@code 23.77}), and applying the {@code fields} filter on the fly so a filtered page costs no
 * more than what it keeps.
 *
 * <p>Simplification: PHP escapes {@code /} and every non-ASCII character ({@code "Nicol\u00f2"});
 * this writes them as UTF-8, which every JSON parser reads the same.
 */
final class JsonOut implements AutoCloseable {

    private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

    private final JsonGenerator json;
    /** The filter of each open container: null keeps everything. */
    private final Deque<Map<String, Object>> filters = new ArrayDeque<>();
    private Map<String, Object> filter;
    private int skipped;

    /**
     * @param out where to write
     * @param filter the parsed {@code fields} filter, or null for everything
     */
    JsonOut(OutputStream out, Map<String, Object> filter) {
        this.json = FACTORY.createGenerator(out);
        this.filter = filter;
    }

    // Containers.

    JsonOut startObject() {
        return open(null, true);
    }

    JsonOut startObject(String name) {
        return open(name, true);
    }

    JsonOut startArray() {
        return open(null, false);
    }

    JsonOut startArray(String name) {
        return open(name, false);
    }

    JsonOut end() {
        if (skipped > 0) {
            skipped--;
            return this;
        }
        json.writeEnd();
        Map<String, Object> outer = filters.pop();
        filter = outer == NONE ? null : outer;
        return this;
    }

    private JsonOut open(String name, boolean object) {
        if (skipped > 0 || !allowed(name)) {
            skipped++;
            return this;
        }
        Map<String, Object> inner = childFilter(name);
        if (name == null) {
            if (object) {
                json.writeStartObject();
            } else {
                json.writeStartArray();
            }
        } else if (object) {
            json.writeStartObject(name);
        } else {
            json.writeStartArray(name);
        }
        filters.push(filter == null ? NONE : filter);
        filter = inner;
        return this;
    }

    /** A placeholder for "no filter" in the deque, which takes no nulls. */
    private static final Map<String, Object> NONE = Map.of();

    private boolean allowed(String name) {
        return name == null || filter == null || filter.containsKey(name);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> childFilter(String name) {
        if (name == null) {
            return filter;
        }
        if (filter == null) {
            return null;
        }
        Object inner = filter.get(name);
        return inner instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    // Values in objects.

    /**
     * Writes a typed value: Integer and Long as integers, BigDecimal as a PHP float, Boolean,
     * String, a List of strings, or null.
     */
    JsonOut field(String name, Object value) {
        if (skipped > 0 || !allowed(name)) {
            return this;
        }
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof String text) {
            json.write(name, text);
        } else if (value instanceof Integer number) {
            json.write(name, number);
        } else if (value instanceof Long number) {
            json.write(name, number);
        } else if (value instanceof BigDecimal decimal) {
            json.write(name, php(decimal));
        } else if (value instanceof Boolean flag) {
            json.write(name, flag);
        } else if (value instanceof List<?> list) {
            json.writeStartArray(name);
            list.forEach(item -> element(item));
            json.writeEnd();
        } else {
            json.write(name, value.toString());
        }
        return this;
    }

    /** Writes an element of the current array. */
    JsonOut element(Object value) {
        if (skipped > 0) {
            return this;
        }
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.write(text);
        } else if (value instanceof Integer number) {
            json.write(number);
        } else if (value instanceof BigDecimal decimal) {
            json.write(php(decimal));
        } else if (value instanceof Boolean flag) {
            json.write(flag);
        } else {
            json.write(value.toString());
        }
        return this;
    }

    /** PHP prints a float with the fewest digits that read back the same and no ".0": 100, 23.77. */
    static BigDecimal php(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public void close() {
        json.close();
    }
}

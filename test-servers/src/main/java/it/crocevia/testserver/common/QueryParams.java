package it.crocevia.testserver.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query string parsed the way PHP fills {@code $_GET}, because the platforms we imitate are PHP
 * applications whose parameters rely on it: {@code filter[date_upd]=[a,b]} becomes a map
 * {@code filter -> {date_upd -> "[a,b]"}}, a repeated name keeps its last value, {@code +} is a
 * space, and dots and spaces in a top-level name become underscores.
 *
 * <p>Values are either {@link String} or nested {@code Map<String, Object>} (insertion order kept,
 * as PHP arrays keep it).
 */
public final class QueryParams {

    private final Map<String, Object> values;

    private QueryParams(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * @param rawQuery the raw (still percent-encoded) query, may be null
     * @return the parsed parameters
     */
    public static QueryParams parse(String rawQuery) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParams(values);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            put(values, name, value);
        }
        return new QueryParams(values);
    }

    /**
     * @param name a top-level parameter name
     * @return whether it was given (with any value, even empty or nested)
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * @param name a top-level parameter name
     * @return its value, or null when absent or when it is an array ({@code name[...]=})
     */
    public String string(String name) {
        Object value = values.get(name);
        return value instanceof String s ? s : null;
    }

    /**
     * @param name a top-level parameter name
     * @return its nested values ({@code name[key]=value}), empty when absent or a plain value
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object value = values.get(name);
        return value instanceof Map<?, ?> map ? Collections.unmodifiableMap((Map<String, Object>) map) : Map.of();
    }

    /** @return every parameter, in the order given */
    public Map<String, Object> all() {
        return Collections.unmodifiableMap(values);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> target, String name, String value) {
        int open = name.indexOf('[');
        int close = open < 0 ? -1 : name.indexOf(']', open);
        if (open <= 0 || close < 0) {
            target.put(topLevel(name), value);
            return;
        }
        String base = topLevel(name.substring(0, open));
        Map<String, Object> current = target;
        String key = base;
        String rest = name.substring(open);
        while (rest.startsWith("[")) {
            int end = rest.indexOf(']');
            if (end < 0) {
                break;
            }
            Object existing = current.get(key);
            Map<String, Object> child;
            if (existing instanceof Map<?, ?> map) {
                child = (Map<String, Object>) map;
            } else {
                child = new LinkedHashMap<>();
                current.put(key, child);
            }
            String sub = rest.substring(1, end);
            current = child;
            key = sub.isEmpty() ? Integer.toString(child.size()) : sub;
            rest = rest.substring(end + 1);
        }
        current.put(key, value);
    }

    private static String topLevel(String name) {
        return name.replace('.', '_').replace(' ', '_');
    }
}

package it.crocevia.platform.boundary;

import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings kept in one column as a JSON array ({@code ["Caffè","Grani"]}): the ERP's
 * categories, images and flags, an account's chosen categories. MariaDB's JSON functions
 * ({@code JSON_OVERLAPS}, {@code JSON_CONTAINS}) can then filter on it.
 */
public final class JsonStrings {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonStrings() {
    }

    /**
     * The strings of a JSON array; none for {@code null}. The compact form {@link #json} writes is read
     * by hand (the catalog export reads two arrays per article, and a JSON reader each time costs more
     * than the rest of the row); any other JSON goes through the JSON-P reader.
     */
    public static List<String> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<String> compact = compact(json);
        if (compact != null) {
            return compact;
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    /** {@code ["a","b\"c"]} without white space, or {@code null} when the text is not that. */
    private static List<String> compact(String s) {
        int n = s.length();
        if (n < 2 || s.charAt(0) != '[' || s.charAt(n - 1) != ']') {
            return null;
        }
        var out = new ArrayList<String>(4);
        if (n == 2) {
            return out;
        }
        int i = 1;
        while (true) {
            if (s.charAt(i) != '"') {
                return null;
            }
            int start = ++i;
            StringBuilder escaped = null;
            for (char c; (c = s.charAt(i)) != '"'; i++) {
                if (i >= n - 1) {
                    return null;
                }
                if (c == '\\') {
                    if (escaped == null) {
                        escaped = new StringBuilder().append(s, start, i);
                    }
                    i++;
                    char e = s.charAt(i);
                    switch (e) {
                        case '"', '\\', '/' -> escaped.append(e);
                        case 'n' -> escaped.append('\n');
                        case 'r' -> escaped.append('\r');
                        case 't' -> escaped.append('\t');
                        case 'b' -> escaped.append('\b');
                        case 'f' -> escaped.append('\f');
                        case 'u' -> {
                            if (i + 4 >= n) {
                                return null;
                            }
                            try {
                                escaped.append((char) Integer.parseInt(s, i + 1, i + 5, 16));
                            } catch (NumberFormatException notHex) {
                                return null;
                            }
                            i += 4;
                        }
                        default -> {
                            return null;
                        }
                    }
                } else if (escaped != null) {
                    escaped.append(c);
                }
            }
            out.add(escaped == null ? s.substring(start, i) : escaped.toString());
            i++;
            char next = s.charAt(i);
            if (next == ']') {
                return i == n - 1 ? out : null;
            }
            if (next != ',' || i + 1 >= n - 1) {
                return null;
            }
            i++;
        }
    }

    /** The JSON array of the strings; {@code null} for none, so an empty list keeps no column value. */
    public static String json(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        var array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }
}

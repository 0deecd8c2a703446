package it.crocevia.testserver.activecampaign;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * AC's offset paging (developers.activecampaign.com/reference/pagination): {@code limit}
 * (default 20, at most 100; more is cut to 100) and {@code offset} (0-based), the collection under
 * its plural name and the number of matches, as a string, in {@code meta.total}.
 */
final class Listing {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private Listing() {}

    static JsonObject page(AcRequest request, String collection, List<JsonObject> matches) {
        int limit = clamp(number(request.query().string("limit"), DEFAULT_LIMIT), 1, MAX_LIMIT);
        int offset = Math.max(0, number(request.query().string("offset"), 0));
        JsonArrayBuilder items = Json.createArrayBuilder();
        matches.stream().skip(offset).limit(limit).forEach(items::add);
        return Json.createObjectBuilder()
                .add(collection, items)
                .add("meta", Json.createObjectBuilder().add("total", Integer.toString(matches.size())))
                .build();
    }

    private static int number(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}

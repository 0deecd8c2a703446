package it.crocevia.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/** Reading the JSON bodies the API accepts. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The text of a field; null when the body, the field or its value is missing, null or not a string. */
    public static String text(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }
}

package it.crocevia.testserver.telegram;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.QueryParams;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A method's parameters, which the Bot API accepts in any of four ways: the URL query string,
 * {@code application/x-www-form-urlencoded}, {@code application/json} or
 * {@code multipart/form-data} (not supported here: no file uploads). Values are kept as text, as
 * the API reads them ({@code "true"}, {@code 123}); a nested JSON value keeps its JSON text.
 */
final class Params {

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params of(HttpExchange exchange) throws IOException, BotApiException {
        Map<String, String> values = new HashMap<>();
        QueryParams.parse(exchange.getRequestURI().getRawQuery()).all().forEach((k, v) -> values.put(k, v.toString()));
        String body = JsonIo.body(exchange);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonValue json = JsonIo.parse(body).orElse(null);
            if (!(json instanceof JsonObject object)) {
                throw BotApiException.badRequest("can't parse JSON object");
            }
            object.forEach((k, v) -> values.put(k, text(v)));
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            QueryParams.parse(body).all().forEach((k, v) -> values.put(k, v.toString()));
        }
        return new Params(values);
    }

    /** @return the value, or null when absent */
    String get(String name) {
        return values.get(name);
    }

    /** @return Telegram's reading of a Boolean parameter: {@code true}, {@code 1} (any case) */
    boolean flag(String name) {
        String value = values.get(name);
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return value.toString();
    }
}

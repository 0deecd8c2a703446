package it.crocevia.testserver.magento;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.QueryParams;
import it.crocevia.testserver.common.ResponseBody;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sends REST answers: JSON with {@code Content-Type: application/json; charset=utf-8}, kept in
 * memory while small (so it has a Content-Length, as PHP's output has) and streamed once large,
 * with the {@code fields} filter applied.
 */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";
    private static final int BUFFERED = 512 * 1024;

    private Responses() {}

    /** Answers 200 with what {@code body} writes, filtered by the request's {@code fields} parameter. */
    static void ok(RestRequest request, Consumer<JsonOut> body) throws IOException {
        QueryParams query = request.query();
        Map<String, Object> filter = null;
        if (query.has("fields") && isTruthy(query.all().get("fields"))) {
            filter = query.string("fields") == null ? null : FieldsFilter.parse(query.string("fields"));
            if (filter == null) {
                send(request.exchange(), 200, "[]");
                return;
            }
        }
        HttpExchange exchange = request.exchange();
        try (JsonOut out = new JsonOut(open(exchange, 200), filter)) {
            body.accept(out);
        }
    }

    /** Answers a Magento error as {@code {"message": ..., "parameters": ...}}. */
    static void error(HttpExchange exchange, MagentoException error) throws IOException {
        try (JsonOut out = new JsonOut(open(exchange, error.status), null)) {
            out.startObject().field("message", error.rawMessage);
            if (error.parameters instanceof Map<?, ?> named && !named.isEmpty()) {
                out.startObject("parameters");
                named.forEach((key, value) -> out.field(key.toString(), value));
                out.end();
            } else if (error.parameters instanceof List<?> positional && !positional.isEmpty()) {
                out.startArray("parameters");
                positional.forEach(out::element);
                out.end();
            }
            out.end();
        }
    }

    static void send(HttpExchange exchange, int status, String json) throws IOException {
        try (OutputStream out = open(exchange, status)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static OutputStream open(HttpExchange exchange, int status) {
        return new ResponseBody(exchange, status, BUFFERED,
                complete -> exchange.getResponseHeaders().set("Content-Type", JSON));
    }

    /** PHP's truthiness of a request parameter: "" and "0" are false, an array is true when not empty. */
    private static boolean isTruthy(Object value) {
        if (value instanceof String text) {
            return !text.isEmpty() && !text.equals("0");
        }
        return value instanceof Map<?, ?> map && !map.isEmpty();
    }
}

package it.crocevia.testserver.magento;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.QueryParams;
import it.crocevia.testserver.magento.ReferenceData.StoreView;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request that matched a route and passed authorization.
 *
 * @param exchange the HTTP exchange
 * @param store the store view of the URL ({@code /rest/<code>/V1/...}; {@code all} is the admin
 *     store, none the default store view)
 * @param variables the route's path variables
 * @param query the query string, parsed as PHP does
 * @param rawBody the request body as sent
 */
record RestRequest(HttpExchange exchange, StoreView store, Map<String, String> variables, QueryParams query,
        byte[] rawBody) {

    /**
     * A path variable of type int, converted as {@code ServiceInputProcessor} converts it.
     *
     * @throws MagentoException 400 {@code The "abc" value's type is invalid. The "int" type was expected.}
     */
    int intVariable(String name) throws MagentoException {
        String value = variables.get(name);
        if (!Php.isNumeric(value)) {
            throw Errors.invalidType(value, "int");
        }
        return Php.toInt(value);
    }

    /**
     * A service parameter from the JSON body, read as {@code Webapi\Rest\Request::getBodyParams}
     * and {@code ServiceInputProcessor} read it: the {@code Content-Type} must be given (400
     * "Content-Type header is empty.") and be JSON (this server has no XML deserializer), the body
     * must decode (400 "Decoding error." in production mode), and the parameter must be there (400
     * {@code "%fieldName" is required}).
     *
     * @param name the service method's parameter, e.g. {@code product}
     * @return its value (an object, array or scalar)
     */
    JsonValue body(String name) throws MagentoException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || type.isBlank()) {
            throw MagentoException.of(400, "Content-Type header is empty.");
        }
        String mediaType = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw MagentoException.positional(400, "Server cannot understand Content-Type HTTP header media type %1",
                    List.of(mediaType));
        }
        JsonValue decoded;
        try (var reader = Json.createReader(new StringReader(new String(rawBody, StandardCharsets.UTF_8)))) {
            decoded = reader.readValue();
        } catch (JsonException e) {
            throw MagentoException.of(400, "Decoding error.");
        }
        JsonValue value = decoded instanceof JsonObject object ? object.get(name) : null;
        if (value == null || value == JsonValue.NULL) {
            throw Errors.required(name);
        }
        return value;
    }
}

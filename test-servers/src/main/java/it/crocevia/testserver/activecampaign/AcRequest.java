package it.crocevia.testserver.activecampaign;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.QueryParams;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An authenticated, admitted request to {@code /api/3/...}.
 *
 * @param exchange the HTTP exchange
 * @param account the account of the {@code Api-Token}
 * @param path the segments after {@code /api/3}
 * @param query the query string ({@code filters[email]=...} parsed into nested maps)
 * @param now the account's clock, for {@code cdate}/{@code createdDate}
 * @param baseUrl the server's URL, for the {@code links} AC puts in every resource
 */
record AcRequest(HttpExchange exchange, Account account, List<String> path, QueryParams query,
        OffsetDateTime now, String baseUrl) {

    /**
     * The resource inside its wrapper ({@code {"ecomOrder":{...}}}); a missing wrapper reads as an
     * empty resource, so the answer names the missing fields.
     *
     * @throws AcException 400 with {@code {}} when the body is not a JSON object
     */
    JsonObject wrapped(String wrapper) throws AcException, IOException {
        JsonValue body = JsonIo.parse(JsonIo.body(exchange)).orElseThrow(Errors::badRequest);
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Errors.badRequest();
        }
        JsonValue inner = body.asJsonObject().get(wrapper);
        return inner instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** @return the value of {@code filters[name]}, or null */
    String filter(String name) {
        Object value = query.map("filters").get(name);
        return value instanceof String text ? text : null;
    }

    /** @return {@code <baseUrl>/api/3/<path>} */
    String link(String path) {
        return baseUrl + "/api/3/" + path;
    }

    String timestamp() {
        return now.withNano(0).toString();
    }
}

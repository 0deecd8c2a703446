package it.crocevia.testserver.magento;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.QueryParams;
import it.crocevia.testserver.magento.ReferenceData.StoreView;
import java.util.Map;

/**
 * A request that matched a route and passed authorization.
 *
 * @param exchange the HTTP exchange
 * @param store the store view of the URL ({@code /rest/<code>/V1/...}; {@code all} is the admin
 *     store, none the default store view)
 * @param variables the route's path variables
 * @param query the query string, parsed as PHP does
 */
record RestRequest(HttpExchange exchange, StoreView store, Map<String, String> variables, QueryParams query) {

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
}

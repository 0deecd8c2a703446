package it.crocevia.testserver.magento;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.QueryParams;
import it.crocevia.testserver.magento.ReferenceData.StoreView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One request to {@code /rest/...}, checked in the order of Magento's
 * {@code Webapi\Controller\Rest}: the Accept header (Magento picks the response renderer before
 * dispatching), the store code ({@code PathProcessor}: a known code or
 * {@code all} is taken off the path; anything else stays in it, so the path matches no route and
 * the answer is 404 "Request does not match any route."), the HTTP method (only GET, POST, PUT and
 * DELETE are methods at all), the route of that method, the authorization of the route's ACL
 * resource (401), then the service itself, which reads the body if it takes one
 * ({@link RestRequest#body(String)}).
 */
final class RestHandler {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    private final MagentoTestServer shop;
    private final List<Route> routes;

    RestHandler(MagentoTestServer shop) {
        this.shop = shop;
        this.routes = new Services(shop).routes();
    }

    /** @return the path after {@code /rest} (and an optional {@code /index.php}), or null when not a REST path */
    static String restPath(String path) {
        String p = path.startsWith("/index.php/") ? path.substring("/index.php".length()) : path;
        if (p.equals("/rest")) {
            return "";
        }
        return p.startsWith("/rest/") ? p.substring("/rest".length()) : null;
    }

    void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String rest = restPath(exchange.getRequestURI().getPath());
        if (rest == null) {
            storefront(exchange);
            return;
        }
        try {
            serve(exchange, rest, body);
        } catch (MagentoException e) {
            Responses.error(exchange, e);
        }
    }

    private void serve(HttpExchange exchange, String rest, byte[] body) throws MagentoException, IOException {
        checkAccept(exchange.getRequestHeaders().getFirst("Accept"));
        List<String> parts = Route.parts(rest);
        String code = parts.get(0);
        Optional<StoreView> named = code.equals("admin") ? Optional.empty() : ReferenceData.storeView(code);
        StoreView store;
        String path;
        if (named.isPresent() || code.equals("all")) {
            store = named.orElse(ReferenceData.storeView(0));
            path = "/" + String.join("/", parts.subList(1, parts.size()));
        } else {
            store = ReferenceData.storeView(1);
            path = "/" + String.join("/", parts);
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw Errors.invalidMethod();
        }
        Route route = null;
        Map<String, String> variables = null;
        for (Route candidate : routes) {
            Map<String, String> matched = candidate.method().equals(method) ? candidate.match(path) : null;
            if (matched != null && (route == null || candidate.literals() > route.literals())) {
                route = candidate;
                variables = matched;
            }
        }
        if (route == null) {
            throw Errors.noRoute();
        }
        if (!route.anonymous()
                && !shop.tokens().allows(exchange.getRequestHeaders().getFirst("Authorization"), route.resource())) {
            throw Errors.unauthorized(route.resource());
        }
        QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
        route.service().serve(new RestRequest(exchange, store, variables, query, body));
    }

    /**
     * JSON is answered when the Accept header is missing or admits it; this server has no XML
     * renderer, so an Accept that admits only other types is refused with Magento's 406.
     */
    private static void checkAccept(String accept) throws MagentoException {
        if (accept == null || accept.isBlank()) {
            return;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")) {
                return;
            }
        }
        throw Errors.notAcceptable(accept);
    }

    /** Outside {@code /rest}: a bare storefront page for {@code /}, Magento's 404 page otherwise. */
    private static void storefront(HttpExchange exchange) throws IOException {
        boolean home = exchange.getRequestURI().getPath().equals("/");
        String page = home ? "<!doctype html><html><head><title>Crocevia Demo</title></head><body>"
                + "<h1>Crocevia Demo</h1><p>Magento 2 test shop. REST API under /rest/V1/.</p></body></html>"
                : "<!doctype html><html><head><title>404 Not Found</title></head><body>"
                + "<h1>Whoops, our bad...</h1><p>The page you requested was not found.</p></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(home ? 200 : 404, head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }
}

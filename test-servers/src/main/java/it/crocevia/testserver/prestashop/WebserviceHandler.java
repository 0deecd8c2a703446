package it.crocevia.testserver.prestashop;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.QueryParams;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One webservice request, in the order PrestaShop's {@code dispatcher.php} and
 * {@code WebserviceRequest::fetch} check it: a key is present (else the dispatcher's bare
 * "401 Unauthorized"), the webservice is enabled, the key is valid, the {@code language}
 * parameter, the resource, the HTTP method, then the list or single-record query.
 */
final class WebserviceHandler {

    private static final Pattern SINGLE_LANGUAGE = Pattern.compile("\\[(\\d)+\\]");
    private static final Set<String> VALID_METHODS = Set.of("GET", "PUT", "POST", "PATCH", "DELETE", "HEAD");
    private static final Set<String> KEY_METHODS = Set.of("GET", "HEAD");

    private final PrestaShopTestServer shop;

    WebserviceHandler(PrestaShopTestServer shop) {
        this.shop = shop;
    }

    void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            sendPlain(exchange, 404, "text/html; charset=utf-8", "<h1>404 Not Found</h1>");
            return;
        }
        String url = path.length() <= 5 ? "" : path.substring(5);
        QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
        String key = key(exchange, query);
        if (key == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", PrestaShopTestServer.REALM);
            sendPlain(exchange, 401, "text/html; charset=UTF-8", "401 Unauthorized");
            return;
        }
        Renderer renderer = renderer(exchange, query);
        WsResponse response = new WsResponse(exchange, start, renderer, shop.version());
        try {
            serve(exchange, query, url, key, response, renderer);
        } catch (WebserviceException e) {
            response.error(e);
        }
    }

    private void serve(HttpExchange exchange, QueryParams query, String url, String key, WsResponse response,
            Renderer renderer) throws WebserviceException, IOException {
        if (!shop.webserviceEnabled()) {
            throw new WebserviceException(503, 22,
                    "The PrestaShop webservice is disabled. Please activate it in the PrestaShop Back Office");
        }
        Set<String> permissions = authenticate(key);
        response.authenticated();
        List<Integer> languages = languages(query);
        String[] segments = url.split("/", -1);
        String resourceName = segments[0];
        String method = query.string("ps_method") != null ? query.string("ps_method") : exchange.getRequestMethod();
        checkResource(resourceName, permissions);
        checkMethod(method, resourceName);
        if (resourceName.isEmpty()) {
            Collection<Resource> permitted = Resources.SERVED.values().stream()
                    .filter(resource -> permissions.contains(resource.name))
                    .sorted(Comparator.comparing(resource -> resource.name)).toList();
            response.send(200, out -> renderer.resources(out, permitted));
            return;
        }
        Resource resource = Resources.SERVED.get(resourceName);
        if (segments.length > 1 && !segments[1].isEmpty()) {
            Display display = ListQuery.display(resource, query, true);
            int id = (int) Php.intval(segments[1]);
            Row row = shop.store().read(s -> s.table(resource).get(id));
            if (row == null) {
                response.notFoundWithoutBody();
                return;
            }
            response.send(200, out -> renderer.single(out, resource, row, display, query.has("display"), languages));
            return;
        }
        ListQuery list = ListQuery.parse(resource, query, languages);
        List<Row> rows = shop.store().read(s -> list.run(s.table(resource)));
        response.send(200, out -> renderer.list(out, resource, rows, list.display, languages));
    }

    /** The key: the Basic user name first, then {@code ws_key}, as the dispatcher reads them. */
    private static String key(HttpExchange exchange, QueryParams query) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }
        return query.string("ws_key");
    }

    private Set<String> authenticate(String rawKey) throws WebserviceException {
        String key = rawKey.trim();
        if (key.isEmpty()) {
            throw WebserviceException.unauthorized(new WsError(17, "Authentication key is empty"));
        }
        if (key.length() != 32) {
            throw WebserviceException.unauthorized(new WsError(18, "Invalid authentication key format"));
        }
        Set<String> permissions = shop.permissions(key);
        if (permissions == null) {
            throw WebserviceException.unauthorized(new WsError(20, "Authentification key is not active"),
                    new WsError(21, "No permission for this authentication key"));
        }
        return permissions;
    }

    /**
     * The {@code language} parameter as {@code filterLanguage()} reads it, quirks included: a
     * bracketed single id keeps only its last digit ({@code [12]} means 2), and a non-numeric
     * first entry of a list is not reported.
     */
    private static List<Integer> languages(QueryParams query) throws WebserviceException {
        List<Integer> active = List.of(PrestaShopDefaults.LANG_IT, PrestaShopDefaults.LANG_EN);
        if (!query.has("language")) {
            return active;
        }
        String value = query.string("language") == null ? "" : query.string("language");
        List<String> asked = new ArrayList<>();
        if (Php.isNumeric(value)) {
            asked.add(Long.toString(Php.intval(value)));
        } else if (value.startsWith("[") && value.endsWith("]") && value.length() > 1) {
            boolean list = value.contains("|");
            boolean range = value.contains(",");
            String inner = value.replace("[", "").replace("]", "");
            if (list ^ range) {
                if (list) {
                    asked.addAll(List.of(inner.split("\\|", -1)));
                } else {
                    String[] ends = inner.split(",", -1);
                    if (ends.length != 2) {
                        throw new WebserviceException(400, 78, "A range value for a language must contains only 2 values");
                    }
                    for (long id = Php.intval(ends[0]); id <= Php.intval(ends[1]) && asked.size() < 1000; id++) {
                        asked.add(Long.toString(id));
                    }
                }
            } else {
                Matcher single = SINGLE_LANGUAGE.matcher(value);
                if (single.find()) {
                    asked.add(single.group(1));
                }
            }
        } else {
            throw new WebserviceException(400, 79, "language value is wrong");
        }
        for (int i = 1; i < asked.size(); i++) {
            if (!Php.isNumeric(asked.get(i))) {
                throw new WebserviceException(400, 80, "Language ID must be numeric");
            }
        }
        List<Integer> languages = new ArrayList<>();
        for (String id : asked) {
            int language = (int) Php.intval(id);
            if (Php.isNumeric(id) && active.contains(language)) {
                languages.add(language);
            }
        }
        if (languages.isEmpty()) {
            throw new WebserviceException(400, 81, "language is not available");
        }
        return languages;
    }

    private static void checkResource(String resourceName, Set<String> permissions) throws WebserviceException {
        if (resourceName.isEmpty()) {
            return;
        }
        if (!Resources.ALL_NAMES.contains(resourceName)) {
            throw WebserviceException.didYouMean(400, 27, "Resource of type \"" + resourceName + "\" does not exists",
                    resourceName, Resources.ALL_NAMES);
        }
        if (!permissions.contains(resourceName) || !Resources.SERVED.containsKey(resourceName)) {
            throw new WebserviceException(401, 26,
                    "Resource of type \"" + resourceName + "\" is not allowed with this authentication key");
        }
    }

    private static void checkMethod(String method, String resourceName) throws WebserviceException {
        if (!VALID_METHODS.contains(method)) {
            throw new WebserviceException(405, 23, "Method " + method + " is not valid");
        }
        if (!resourceName.isEmpty() && !KEY_METHODS.contains(method)) {
            throw new WebserviceException(405, 25, "Method " + method + " is not allowed for the resource "
                    + resourceName + " with this authentication key");
        }
    }

    /**
     * The output format: the {@code Io-Format} or {@code Output-Format} header, else the
     * {@code output_format} or {@code io_format} parameter. Only the exact text {@code JSON}
     * selects JSON; anything else, {@code json} included, gives XML, as in PrestaShop.
     */
    private Renderer renderer(HttpExchange exchange, QueryParams query) {
        String format = exchange.getRequestHeaders().getFirst("Io-Format");
        if (format == null) {
            format = exchange.getRequestHeaders().getFirst("Output-Format");
        }
        if (format == null) {
            format = query.string("output_format");
        }
        if (format == null) {
            format = query.string("io_format");
        }
        return "JSON".equals(format) ? new JsonRenderer(shop.jsonTyping())
                : new XmlRenderer(shop.baseUrl() + "/api/", shop.shopName());
    }

    static void sendPlain(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(bytes);
            }
        }
    }
}

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One webservice request, in the order PrestaShop's {@code dispatcher.php} and
 * {@code WebserviceRequest::fetch} check it: a key is present (else the dispatcher's bare
 * "401 Unauthorized"), the webservice is enabled, the key is valid, the {@code language}
 * parameter, the resource, the HTTP method (valid, not forbidden on the resource, granted to the
 * key), then the schema, list or single-record query, the write ({@link EntityWriter}) or the
 * delete.
 */
final class WebserviceHandler {

    private static final Pattern SINGLE_LANGUAGE = Pattern.compile("\\[(\\d)+\\]");
    private static final Set<String> VALID_METHODS = Set.of("GET", "PUT", "POST", "PATCH", "DELETE", "HEAD");

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
        Map<String, Set<String>> permissions = authenticate(key);
        response.authenticated();
        List<Integer> languages = languages(query);
        String[] segments = url.split("/", -1);
        String resourceName = segments[0];
        String method = query.string("ps_method") != null ? query.string("ps_method") : exchange.getRequestMethod();
        checkResource(resourceName, permissions.keySet());
        checkMethod(method, resourceName, permissions);
        if (resourceName.isEmpty()) {
            sendResources(response, renderer, permissions, 200);
            return;
        }
        Resource resource = Resources.SERVED.get(resourceName);
        if (resource.specificManagement) {
            new ImageService(shop.store(), shop.baseUrl() + "/api/").serve(exchange, method, segments, response);
            return;
        }
        String idSegment = segments.length > 1 ? segments[1] : "";
        switch (method) {
            case "POST", "PUT", "PATCH" -> {
                List<Row> written = writer().save(resource, method, inputXml(exchange, query));
                int status = method.equals("POST") ? 201 : 200;
                if (written.isEmpty()) {
                    sendResources(response, renderer, permissions, status);
                } else {
                    response.send(status, out -> renderer.written(out, resource, written, query.has("display"),
                            languages));
                }
            }
            case "DELETE" -> {
                writer().delete(resource, idSegment, query);
                response.noContent(200);
            }
            default -> read(query, resource, idSegment, response, renderer, languages);
        }
    }

    /** A {@code GET} or {@code HEAD}: a schema, one record or a list. */
    private void read(QueryParams query, Resource resource, String idSegment, WsResponse response, Renderer renderer,
            List<Integer> languages) throws WebserviceException, IOException {
        if (idSegment.isEmpty() && query.has("schema")) {
            String schema = query.string("schema");
            if (!"blank".equals(schema) && !"synopsis".equals(schema)) {
                throw new WebserviceException(400, 28, "Please select a schema of type 'synopsis' to get the whole "
                        + "schema informations (which fields are required, which kind of content...) or 'blank' to "
                        + "get an empty schema to fill before using POST request");
            }
            response.send(200, out -> renderer.schema(out, resource, schema.equals("synopsis"), query.has("display"),
                    languages));
            return;
        }
        if (!idSegment.isEmpty()) {
            Display display = ListQuery.display(resource, query, true);
            int id = (int) Php.intval(idSegment);
            Row row = shop.store().read(s -> shown(s, resource, s.table(resource).get(id)));
            if (row == null) {
                response.notFoundWithoutBody();
                return;
            }
            response.send(200, out -> renderer.single(out, resource, row, display, query.has("display"), languages));
            return;
        }
        ListQuery list = ListQuery.parse(resource, query, languages);
        List<Row> rows = shop.store().read(s -> resource == Resources.CATEGORIES
                ? CategoryTree.shown(s, list.run(s.table(resource))) : list.run(s.table(resource)));
        response.send(200, out -> renderer.list(out, resource, rows, list.display, languages));
    }

    /** A record as its getters show it: a category's counts and associations follow the tree. */
    private static Row shown(Store s, Resource resource, Row row) {
        return row != null && resource == Resources.CATEGORIES ? CategoryTree.shown(s, row) : row;
    }

    private EntityWriter writer() {
        return new EntityWriter(shop.store(), shop.data()::now, shop.version());
    }

    private static void sendResources(WsResponse response, Renderer renderer, Map<String, Set<String>> permissions,
            int status) throws IOException {
        Collection<Resource> permitted = Resources.SERVED.values().stream()
                .filter(resource -> permissions.containsKey(resource.name))
                .sorted(Comparator.comparing(resource -> resource.name)).toList();
        response.send(status, out -> renderer.resources(out, permitted, permissions));
    }

    /**
     * The body of a write as the dispatcher takes it: the {@code xml} parameter of the query or of
     * a form body ({@code $_REQUEST['xml']}) when given, else the raw body.
     */
    private static String inputXml(HttpExchange exchange, QueryParams query) throws IOException {
        if (query.string("xml") != null) {
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            return query.string("xml");
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            String form = QueryParams.parse(body).string("xml");
            if (form != null) {
                return form;
            }
        }
        return body;
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

    private Map<String, Set<String>> authenticate(String rawKey) throws WebserviceException {
        String key = rawKey.trim();
        if (key.isEmpty()) {
            throw WebserviceException.unauthorized(new WsError(17, "Authentication key is empty"));
        }
        if (key.length() != 32) {
            throw WebserviceException.unauthorized(new WsError(18, "Invalid authentication key format"));
        }
        Map<String, Set<String>> permissions = shop.permissions(key);
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

    /**
     * {@code checkHTTPMethod}: a method at all (code 23), not forbidden on the resource whatever
     * the key (code 101), then granted to the key on it (code 25).
     */
    private static void checkMethod(String method, String resourceName, Map<String, Set<String>> permissions)
            throws WebserviceException {
        if (!VALID_METHODS.contains(method)) {
            throw new WebserviceException(405, 23, "Method " + method + " is not valid");
        }
        Resource resource = Resources.SERVED.get(resourceName);
        if (resource != null && resource.forbiddenMethods.contains(method)) {
            throw new WebserviceException(405, 101, "Method " + method + " is not allowed for the resource "
                    + resourceName);
        }
        if (!resourceName.isEmpty() && !permissions.getOrDefault(resourceName, Set.of()).contains(method)) {
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

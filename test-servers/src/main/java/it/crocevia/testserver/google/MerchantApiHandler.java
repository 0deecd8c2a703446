package it.crocevia.testserver.google;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.QueryParams;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request to the Merchant API ({@code https://merchantapi.googleapis.com}, v1), in the order
 * Google answers it: the retired v1beta paths (409), the bearer token (401 {@code UNAUTHENTICATED}
 * with {@code WWW-Authenticate}), its scope (403), the caller's access to the account in the path
 * (401 "The caller does not have access to the accounts: [id]"), the Cloud project's developer
 * registration (401), the per-minute quota of the method's group (429 {@code RESOURCE_EXHAUSTED}),
 * the data source, then the method:
 * <ul>
 *   <li>{@code POST /products/v1/accounts/{a}/productInputs:insert?dataSource=accounts/{a}/dataSources/{d}}
 *       with a {@code ProductInput}: validated ({@link ProductInputRules}), stored (replacing the one of
 *       the same language, feed label and offer id, and moving it to this data source), answered
 *       with its {@code name} and {@code product};</li>
 *   <li>{@code DELETE /products/v1/accounts/{a}/productInputs/{id}?dataSource=...}: {@code {id}} is
 *       {@code contentLanguage~feedLabel~offerId}, or that text in unpadded base64url (which an offer
 *       id with {@code /}, {@code %} or {@code ~} requires); answers {@code {}}, 404 when that data
 *       source has no such input;</li>
 *   <li>{@code GET /datasources/v1/accounts/{a}/dataSources/{d}} and {@code GET .../dataSources}.</li>
 * </ul>
 * A data source that does not exist is 404 with a {@code ResourceInfo} naming it; one that does not
 * take API input, or that fixes another feed label or language, refuses the insert with 400.
 */
final class MerchantApiHandler {

    static final String SCOPE = "https://www.googleapis.com/auth/content";
    static final String PRODUCTS_WRITE = "merchant-products-write-methods";
    static final String DATA_SOURCES_READ = "merchant-datasources-read-methods";

    private static final Pattern INSERT = Pattern.compile("/products/v1/accounts/([^/]+)/productInputs:insert");
    private static final Pattern DELETE = Pattern.compile("/products/v1/accounts/([^/]+)/productInputs/([^/]+)");
    private static final Pattern DATA_SOURCE = Pattern.compile("/datasources/v1/accounts/([^/]+)/dataSources/([^/:]+)");
    private static final Pattern DATA_SOURCES = Pattern.compile("/datasources/v1/accounts/([^/]+)/dataSources");
    private static final Pattern DATA_SOURCE_NAME = Pattern.compile("accounts/(\\d+)/dataSources/(\\d+)");
    private static final String INVALID_CREDENTIALS = "Request had invalid authentication credentials. Expected OAuth 2 "
            + "access token, login cookie or other valid authentication credential. See "
            + "https://developers.google.com/identity/sign-in/web/devconsole-project.";
    private static final String MISSING_CREDENTIALS = "Request is missing required authentication credential. Expected "
            + "OAuth 2 access token, login cookie or other valid authentication credential. See "
            + "https://developers.google.com/identity/sign-in/web/devconsole-project.";

    private final MerchantApiTestServer server;

    MerchantApiHandler(MerchantApiTestServer server) {
        this.server = server;
    }

    void handle(HttpExchange exchange) throws IOException {
        String body = JsonIo.body(exchange);
        try {
            JsonIo.send(exchange, 200, serve(exchange, body));
        } catch (GoogleApiException e) {
            send(exchange, e);
        }
    }

    static void send(HttpExchange exchange, GoogleApiException e) throws IOException {
        if (e.wwwAuthenticate() != null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", e.wwwAuthenticate());
        }
        JsonIo.send(exchange, e.httpStatus, e.body());
    }

    private JsonObject serve(HttpExchange exchange, String body) throws GoogleApiException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (path.contains("/v1beta/")) {
            throw GoogleApiException.v1betaShutDown();
        }
        QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
        Matcher m;
        if ((m = INSERT.matcher(path)).matches() && method.equals("POST")) {
            long account = authorize(exchange, m.group(1), PRODUCTS_WRITE);
            DataSource source = dataSource(account, query);
            JsonValue parsed = JsonIo.parse(body).orElseThrow(() -> GoogleApiException.invalidPayload("product_input",
                    "Invalid JSON payload received. Unexpected token."));
            JsonObject input = ProductInputRules.read(parsed);
            if (!source.accepts(input.getString("feedLabel"), input.getString("contentLanguage"))) {
                throw GoogleApiException.invalidField("feed_label", "The data source " + source.name(account)
                        + " takes only products of feed label " + source.feedLabel() + " and content language "
                        + source.contentLanguage());
            }
            return server.store(source, input);
        }
        if ((m = DELETE.matcher(path)).matches() && method.equals("DELETE")) {
            long account = authorize(exchange, m.group(1), PRODUCTS_WRITE);
            DataSource source = dataSource(account, query);
            String key = productKey(decode(m.group(2)));
            if (!server.remove(source, key)) {
                throw GoogleApiException.notFound("merchantapi.googleapis.com/ProductInput",
                        "accounts/" + account + "/productInputs/" + key);
            }
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if ((m = DATA_SOURCE.matcher(path)).matches() && method.equals("GET")) {
            long account = authorize(exchange, m.group(1), DATA_SOURCES_READ);
            String name = "accounts/" + account + "/dataSources/" + decode(m.group(2));
            return known(account, name).json(account);
        }
        if ((m = DATA_SOURCES.matcher(path)).matches() && method.equals("GET")) {
            long account = authorize(exchange, m.group(1), DATA_SOURCES_READ);
            var sources = Json.createArrayBuilder();
            server.dataSources().forEach(source -> sources.add(source.json(account)));
            return Json.createObjectBuilder().add("dataSources", sources).build();
        }
        throw GoogleApiException.methodNotFound(exchange.getRequestURI().getPath());
    }

    /** The checks every method makes before its own: token, scope, account access, registration, quota. */
    private long authorize(HttpExchange exchange, String accountSegment, String quotaGroup) throws GoogleApiException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw GoogleApiException.unauthenticated("CREDENTIALS_MISSING", MISSING_CREDENTIALS);
        }
        String bearer = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : null;
        TokenEndpoint.AccessToken token = server.tokens().lookup(bearer).orElseThrow(() ->
                GoogleApiException.unauthenticated("ACCESS_TOKEN_TYPE_UNSUPPORTED", INVALID_CREDENTIALS));
        if (!token.scopes().contains(SCOPE)) {
            throw GoogleApiException.permissionDenied("ACCESS_TOKEN_SCOPE_INSUFFICIENT",
                    "Request had insufficient authentication scopes.");
        }
        String account = decode(accountSegment);
        if (!account.equals(Long.toString(server.account())) || !server.hasAccess(token.email())) {
            throw GoogleApiException.merchantUnauthenticated(null,
                    "The caller does not have access to the accounts: [" + account + "]");
        }
        ServiceAccount caller = server.serviceAccount(token.email()).orElseThrow();
        if (!server.projectRegistered()) {
            throw GoogleApiException.merchantUnauthenticated("GCP_NOT_REGISTERED", "GCP project with id "
                    + caller.projectId() + " and number " + server.projectNumber() + " is not registered with the "
                    + "merchant account. Please follow these steps "
                    + "https://developers.google.com/merchant/api/guides/quickstart#register_as_a_developer to register "
                    + "the GCP project with the merchant account then try calling the API again in 5 minutes.");
        }
        server.quota(quotaGroup);
        return server.account();
    }

    private DataSource dataSource(long account, QueryParams query) throws GoogleApiException {
        String name = query.string("dataSource");
        if (name == null || name.isBlank()) {
            throw GoogleApiException.invalidField("data_source", "Required parameter: data_source");
        }
        Matcher m = DATA_SOURCE_NAME.matcher(name);
        if (!m.matches() || !m.group(1).equals(Long.toString(account))) {
            throw GoogleApiException.invalidField("data_source", "Invalid data source name: " + name
                    + " (accounts/" + account + "/dataSources/{datasource})");
        }
        DataSource source = known(account, name);
        if (source.input() != DataSource.Input.API) {
            throw GoogleApiException.invalidField("data_source", "Only API data sources are supported; " + name
                    + " takes " + source.input() + " input.");
        }
        return source;
    }

    private DataSource known(long account, String name) throws GoogleApiException {
        Optional<DataSource> found = server.dataSources().stream().filter(s -> s.name(account).equals(name)).findFirst();
        return found.orElseThrow(() -> GoogleApiException.notFound("merchantapi.googleapis.com/DataSource", name));
    }

    /**
     * {@code contentLanguage~feedLabel~offerId} from the path's {@code {productInput}}: plain when it
     * has a tilde, otherwise unpadded base64url of that text.
     */
    private static String productKey(String segment) throws GoogleApiException {
        String plain = segment;
        if (!segment.contains("~")) {
            try {
                plain = new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                plain = "";
            }
        }
        String[] parts = plain.split("~", 3);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw GoogleApiException.invalidField("name", "Invalid product input name: " + segment
                    + " (contentLanguage~feedLabel~offerId, or that in unpadded base64url)");
        }
        return plain;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

package it.crocevia.testserver.activecampaign;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.Fault;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.ProxyErrorPage;
import it.crocevia.testserver.common.RateLimit;
import it.crocevia.testserver.common.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ActiveCampaign's API v3 ({@code https://<account>.api-us1.com/api/3/...}) over real HTTP, for the
 * calls an ecommerce integration makes: the connection test ({@code GET /users/me}), contacts
 * ({@code POST /contact/sync}, {@code GET /contacts?email=}), ecommerce connections, customers and
 * orders (create, update, look up by {@code filters[...]}), built from developers.activecampaign.com.
 *
 * <p>Reproduced because a client depends on it:
 * <ul>
 *   <li>authentication by the {@code Api-Token} header, one key per user, answered 403 when missing
 *       or wrong;</li>
 *   <li>the rate limit of <b>5 requests per second per account</b>, shared by all its keys and
 *       enforced over a sliding second: the 6th request answers 429 with {@code Retry-After}
 *       (seconds), and every answer carries {@code RateLimit-Limit}/{@code RateLimit-Remaining}.
 *       The account measures the busiest second ({@link Account#maxRequestsPerSecond()}) and counts
 *       its 429s, so a test can assert a client paced itself;</li>
 *   <li>resources wrapped in their singular name ({@code {"ecomOrder":{...}}}), lists under the
 *       plural with {@code meta.total} and {@code limit}/{@code offset} paging (20 by default,
 *       100 at most), ids as strings, amounts in cents;</li>
 *   <li>no idempotency keys: a second {@code POST} of the same connection, customer or order
 *       ({@code connectionid} + {@code externalid}) answers 422 {@code duplicate}, and only
 *       {@code contact/sync} is an upsert;</li>
 *   <li>validation errors as 422 {@code {"errors":[{"title","detail","code","source":{"pointer"}}]}}
 *       naming each field at fault; unknown ids as 404 {@code {"message":"No Result found for ..."}}.</li>
 * </ul>
 *
 * <p>Accounts are told apart by their key (all share this server's URL); {@link #account()} is the
 * default one. Fault injection ({@link #faults()}): an injected 429 is AC's (JSON, with
 * {@code Retry-After}); 5xx are the nginx pages of the load balancer in front of AC.
 *
 * <p>Left out: every other resource (deals, lists, tags, custom fields...), abandoned carts
 * ({@code externalcheckoutid}), order discounts, deletes, {@code orders[...]} sorting, the
 * customers' computed revenue totals (always "0"), and webhooks.
 */
public final class ActiveCampaignTestServer extends TestServer {

    static final String API_PREFIX = "/api/3/";
    /** ActiveCampaign's documented limit: 5 requests per second per account. */
    public static final RateLimit DOCUMENTED_LIMIT = RateLimit.perSecond(5);

    private final Map<String, Account> accountsByToken = new ConcurrentHashMap<>();
    private final Map<String, Account> accountsByName = new ConcurrentHashMap<>();
    private final Account defaultAccount;
    private final ApiHandler handler = new ApiHandler(this);
    private volatile Clock clock = Clock.system(ZoneId.of("America/Chicago"));

    /** A server on a free port with one account, {@code crocevia}, with a random key. */
    public ActiveCampaignTestServer() {
        this(0);
    }

    /** @param port the port, 0 for a free one */
    public ActiveCampaignTestServer(int port) {
        super(port);
        defaultAccount = addAccount("crocevia", randomToken());
    }

    @Override
    public ActiveCampaignTestServer start() {
        super.start();
        return this;
    }

    /** @return the API URL to configure in a client: {@code http://127.0.0.1:<port>} (it appends /api/3) */
    public String apiUrl() {
        return baseUrl();
    }

    /**
     * Adds an account.
     *
     * @param name the account name
     * @param apiToken its key for {@code Api-Token}
     * @return the account
     */
    public Account addAccount(String name, String apiToken) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(apiToken, "apiToken");
        Account account = new Account(name, apiToken, DOCUMENTED_LIMIT);
        if (accountsByName.putIfAbsent(name, account) != null) {
            throw new IllegalArgumentException("account exists: " + name);
        }
        accountsByToken.put(apiToken, account);
        return account;
    }

    /** @return the default account */
    public Account account() {
        return defaultAccount;
    }

    /** @return the account of that name */
    public Account account(String name) {
        Account account = accountsByName.get(name);
        if (account == null) {
            throw new IllegalArgumentException("no account " + name);
        }
        return account;
    }

    /** @return the default account's key */
    public String apiToken() {
        return defaultAccount.apiToken();
    }

    /** @param clock the clock of the {@code cdate}/{@code createdDate} stamps (AC answers in US Central time) */
    public ActiveCampaignTestServer clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** Shortcut for the default account's {@link Account#orders()}. */
    public List<JsonObject> orders() {
        return defaultAccount.orders();
    }

    /** Shortcut for the default account's {@link Account#customers()}. */
    public List<JsonObject> customers() {
        return defaultAccount.customers();
    }

    /** Shortcut for the default account's {@link Account#contacts()}. */
    public List<JsonObject> contacts() {
        return defaultAccount.contacts();
    }

    /** Shortcut for the default account's {@link Account#maxRequestsPerSecond()}. */
    public int maxRequestsPerSecond() {
        return defaultAccount.maxRequestsPerSecond();
    }

    /** Shortcut for the default account's {@link Account#tooManyRequestsCount()}. */
    public int tooManyRequestsCount() {
        return defaultAccount.tooManyRequestsCount();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        handler.handle(exchange);
    }

    /** @return the first segment after {@code /api/3}: {@code ecomOrders}, {@code contact}... */
    @Override
    protected String resourceOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.startsWith(API_PREFIX)) {
            return "";
        }
        String rest = path.substring(API_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** A 429 is AC's own JSON with {@code Retry-After}; 5xx are the load balancer's nginx pages. */
    @Override
    protected void writeFault(HttpExchange exchange, Fault fault) throws IOException {
        fault.retryAfter().ifPresent(seconds ->
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds)));
        if (fault.status() == 429) {
            JsonIo.send(exchange, 429, Errors.messageBody("Too Many Requests"));
            return;
        }
        byte[] page = ProxyErrorPage.nginx(fault.status()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", ProxyErrorPage.CONTENT_TYPE);
        exchange.sendResponseHeaders(fault.status(), page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
    }

    Optional<Account> accountOf(String apiToken) {
        return apiToken == null ? Optional.empty() : Optional.ofNullable(accountsByToken.get(apiToken.strip()));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The user owning the key, as {@code GET /users/me} answers it. */
    JsonObject user(AcRequest request) {
        return Json.createObjectBuilder()
                .add("username", "admin")
                .add("firstName", "Crocevia")
                .add("lastName", "Test")
                .add("email", "admin@" + request.account().name() + ".example")
                .add("phone", "")
                .add("signature", JsonValue.NULL)
                .add("links", Json.createObjectBuilder()
                        .add("lists", request.link("users/1/lists"))
                        .add("userGroup", request.link("users/1/userGroup")))
                .add("id", "1")
                .build();
    }

    /** An AC API key: 72 lowercase hex digits. */
    private static String randomToken() {
        byte[] bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

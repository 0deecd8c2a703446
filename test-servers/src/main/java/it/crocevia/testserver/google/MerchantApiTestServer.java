package it.crocevia.testserver.google;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.Fault;
import it.crocevia.testserver.common.RateLimit;
import it.crocevia.testserver.common.SlidingWindowLimiter;
import it.crocevia.testserver.common.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Google's Merchant API (v1) for a merchant that pushes its products through an API data source,
 * and the OAuth 2.0 token endpoint its service account signs in at, over real HTTP: the Merchant
 * API under {@link #apiUrl()} ({@code https://merchantapi.googleapis.com}), the token endpoint at
 * {@link #tokenUri()} ({@code https://oauth2.googleapis.com/token}). Built from Google's reference
 * (products_v1 {@code accounts.productInputs.insert} and {@code delete}, datasources_v1
 * {@code get} and {@code list}, the v1beta-to-v1 migration guide), its service-account OAuth guide,
 * and the errors clients of the live API report.
 *
 * <p>Reproduced because a client depends on it:
 * <ul>
 *   <li>a service account whose key file ({@link #serviceAccountJson()}) names this server as its
 *       {@code token_uri}; the client signs a JWT with it and gets a bearer token
 *       ({@link TokenEndpoint}), which expires ({@link #tokenLifetime(Duration)}) or can be revoked
 *       ({@link #revokeTokens()});</li>
 *   <li>one merchant account ({@link #account()}) the service account may act on; any other account
 *       in a path is 401 "The caller does not have access to the accounts: [id]", as is this one
 *       once {@link #denyAccess()} is called; an unregistered Cloud project
 *       ({@link #unregisterProject()}) is 401 {@code GCP_NOT_REGISTERED};</li>
 *   <li>data sources: one API source ({@link #dataSourceId()}) and others to add
 *       ({@link #addDataSource});</li>
 *   <li>product inputs upserted by language, feed label and offer id, validated as
 *       {@link ProductInputRules} says, deleted by name ({@link MerchantApiHandler});</li>
 *   <li>a per-minute quota per group of methods (writes of product inputs; reads of data sources),
 *       429 {@code RESOURCE_EXHAUSTED} past it ({@link #quota(RateLimit)}); Google adjusts the
 *       quotas of products automatically and publishes no fixed number, so the default,
 *       {@link #DEFAULT_QUOTA}, is a stand-in;</li>
 *   <li>errors in Google's format ({@link GoogleApiException}).</li>
 * </ul>
 *
 * <p>Fault injection (the Merchant API only, not the token endpoint): injected failures are Google's
 * error body for their status ({@code Retry-After} on 429 when the fault carries one), and
 * {@link #failNext(int, int, int)} fails exactly the next requests, for tests that must see one 429 or
 * 503 and then success.
 *
 * <p>Left out: products ({@code accounts.products}, the processed products and their issues), patch
 * of product inputs, supplemental sources, local inventories, batching, paging of the data sources.
 */
public final class MerchantApiTestServer extends TestServer {

    /** Per-minute calls of each quota group unless a test sets another. */
    public static final RateLimit DEFAULT_QUOTA = RateLimit.perMinute(2000);
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(3599);

    private final SecureRandom random = new SecureRandom();
    private final long account;
    private final long projectNumber;
    private final ServiceAccount serviceAccount;
    private final List<DataSource> dataSources = new CopyOnWriteArrayList<>();
    private final Map<String, StoredInput> inputs = new LinkedHashMap<>();
    private final Map<String, SlidingWindowLimiter> quotas = new ConcurrentHashMap<>();
    private final TokenEndpoint tokens = new TokenEndpoint(this);
    private final MerchantApiHandler handler = new MerchantApiHandler(this);
    private final AtomicInteger quotaRefusals = new AtomicInteger();
    private volatile RateLimit quota = DEFAULT_QUOTA;
    private volatile Duration tokenLifetime = TOKEN_LIFETIME;
    private volatile Clock clock = Clock.systemUTC();
    private volatile boolean accessGranted = true;
    private volatile boolean projectRegistered = true;
    private Fault nextFailure;
    private int nextFailures;

    /** A product input as stored: its data source and the input with its name. */
    private record StoredInput(long dataSourceId, JsonObject input) {}

    /** A server on a free port. */
    public MerchantApiTestServer() {
        this(0);
    }

    /** @param port the port, 0 for a free one */
    public MerchantApiTestServer(int port) {
        super(port);
        account = 100_000_000L + random.nextInt(900_000_000);
        projectNumber = 100_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 900_000_000_000L;
        serviceAccount = ServiceAccount.generate("crocevia-feed", "crocevia-shop-" + (1000 + random.nextInt(9000)));
        addDataSource("Crocevia API", DataSource.Input.API, null, null);
    }

    @Override
    public MerchantApiTestServer start() {
        super.start();
        return this;
    }

    /** @return the URL replacing {@code https://merchantapi.googleapis.com} */
    public String apiUrl() {
        return baseUrl();
    }

    /** @return the URL replacing {@code https://oauth2.googleapis.com/token}, the audience of the assertions */
    public String tokenUri() {
        return baseUrl() + "/token";
    }

    /** @return the service account's key file, with this server's token URI */
    public String serviceAccountJson() {
        return serviceAccount.json(tokenUri());
    }

    /** @return the service account the server knows */
    public ServiceAccount serviceAccount() {
        return serviceAccount;
    }

    /** @return the merchant account id ({@code accounts/<id>}) */
    public long account() {
        return account;
    }

    /** @return the id of the API data source made with the server */
    public long dataSourceId() {
        return dataSources.get(0).id();
    }

    /**
     * Adds a primary product data source.
     *
     * @param feedLabel the only feed label it takes, or null for any (then language null too)
     * @param contentLanguage the only language it takes, or null for any
     * @return the source, with a new id
     */
    public DataSource addDataSource(String displayName, DataSource.Input input, String feedLabel,
            String contentLanguage) {
        var source = new DataSource(10_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 90_000_000_000L,
                displayName, input, feedLabel, contentLanguage);
        dataSources.add(source);
        return source;
    }

    /** @return the data sources, the first made with the server */
    public List<DataSource> dataSources() {
        return List.copyOf(dataSources);
    }

    /** Takes the account's access away from the service account (its user was removed in Merchant Center). */
    public MerchantApiTestServer denyAccess() {
        accessGranted = false;
        return this;
    }

    /** The Cloud project of the key has not called {@code developerRegistration:registerGcp}. */
    public MerchantApiTestServer unregisterProject() {
        projectRegistered = false;
        return this;
    }

    /** @param limit calls per window of each quota group (default {@link #DEFAULT_QUOTA}) */
    public MerchantApiTestServer quota(RateLimit limit) {
        quota = Objects.requireNonNull(limit);
        quotas.values().forEach(limiter -> limiter.limit(limit));
        return this;
    }

    /** @param lifetime how long a token lasts (default 3599 seconds, Google's {@code expires_in}) */
    public MerchantApiTestServer tokenLifetime(Duration lifetime) {
        tokenLifetime = Objects.requireNonNull(lifetime);
        return this;
    }

    /** @param clock the clock of token expiry and of the assertions' {@code iat}/{@code exp} checks */
    public MerchantApiTestServer clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** Makes every token handed out so far invalid: the next API call with one is 401. */
    public MerchantApiTestServer revokeTokens() {
        tokens.revokeAll();
        return this;
    }

    /**
     * Fails the next Merchant API requests, before anything else is checked.
     *
     * @param count how many
     * @param status the HTTP status (Google's body for it)
     * @param retryAfterSeconds the {@code Retry-After} to send, or a negative number for none
     */
    public synchronized MerchantApiTestServer failNext(int count, int status, int retryAfterSeconds) {
        nextFailure = new Fault(status, retryAfterSeconds);
        nextFailures = count;
        return this;
    }

    /** @return the product inputs stored, in the order first inserted */
    public synchronized List<JsonObject> products() {
        return inputs.values().stream().map(StoredInput::input).toList();
    }

    /** @return the product input of this offer id (in any language and feed label), if one is stored */
    public synchronized Optional<JsonObject> product(String offerId) {
        return products().stream().filter(p -> p.getString("offerId").equals(offerId)).findFirst();
    }

    /** @return the product input of this language, feed label and offer id, if one is stored */
    public synchronized Optional<JsonObject> product(String contentLanguage, String feedLabel, String offerId) {
        return Optional.ofNullable(inputs.get(contentLanguage + "~" + feedLabel + "~" + offerId))
                .map(StoredInput::input);
    }

    /** @return the id of the data source that holds this product input, if one is stored */
    public synchronized Optional<Long> dataSourceOf(String contentLanguage, String feedLabel, String offerId) {
        return Optional.ofNullable(inputs.get(contentLanguage + "~" + feedLabel + "~" + offerId))
                .map(StoredInput::dataSourceId);
    }

    /** @return how many access tokens the token endpoint handed out */
    public int tokensIssued() {
        return tokens.issuedCount();
    }

    /** @return how many calls the quota refused with 429 */
    public int quotaRefusals() {
        return quotaRefusals.get();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/token")) {
            tokens.handle(exchange);
            return;
        }
        Optional<Fault> failure = takeFailure();
        if (failure.isPresent()) {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            writeFault(exchange, failure.get());
            return;
        }
        handler.handle(exchange);
    }

    /**
     * @return {@code token}, or the method: {@code productInputs:insert}, {@code productInputs.delete},
     *     {@code dataSources.get}, {@code dataSources.list}
     */
    @Override
    protected String resourceOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.equals("/token")) {
            return "token";
        }
        if (path.endsWith("/productInputs:insert")) {
            return "productInputs:insert";
        }
        if (path.contains("/productInputs/")) {
            return "productInputs.delete";
        }
        if (path.contains("/dataSources/")) {
            return "dataSources.get";
        }
        return path.endsWith("/dataSources") ? "dataSources.list" : "";
    }

    /** Faults are injected into the Merchant API only: the token endpoint is another Google service. */
    @Override
    protected boolean isApiRequest(HttpExchange exchange) {
        return !exchange.getRequestURI().getPath().equals("/token");
    }

    @Override
    protected void writeFault(HttpExchange exchange, Fault fault) throws IOException {
        fault.retryAfter().ifPresent(seconds ->
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds)));
        MerchantApiHandler.send(exchange, GoogleApiException.injected(fault.status()));
    }

    Clock clock() {
        return clock;
    }

    Duration tokenLifetime() {
        return tokenLifetime;
    }

    TokenEndpoint tokens() {
        return tokens;
    }

    long projectNumber() {
        return projectNumber;
    }

    boolean projectRegistered() {
        return projectRegistered;
    }

    Optional<ServiceAccount> serviceAccount(String email) {
        return serviceAccount.email().equals(email) ? Optional.of(serviceAccount) : Optional.empty();
    }

    boolean hasAccess(String email) {
        return accessGranted && serviceAccount.email().equals(email);
    }

    /** Counts one call against its group's quota, or refuses it with 429. */
    void quota(String group) throws GoogleApiException {
        var limiter = quotas.computeIfAbsent(group, g -> new SlidingWindowLimiter(quota));
        if (limiter.tryAcquire().isPresent()) {
            quotaRefusals.incrementAndGet();
            throw GoogleApiException.quotaExceeded(group, limiter.limit().count());
        }
    }

    /** Stores a validated input in a data source, replacing (and moving) the one of the same key. */
    synchronized JsonObject store(DataSource source, JsonObject input) {
        String key = input.getString("contentLanguage") + "~" + input.getString("feedLabel") + "~"
                + input.getString("offerId");
        JsonObject named = Json.createObjectBuilder()
                .add("name", "accounts/" + account + "/productInputs/" + key)
                .add("product", "accounts/" + account + "/products/" + key)
                .addAll(Json.createObjectBuilder(input))
                .build();
        inputs.put(key, new StoredInput(source.id(), named));
        return named;
    }

    /** Deletes the input of this key from this data source; false when the source has none. */
    synchronized boolean remove(DataSource source, String key) {
        StoredInput stored = inputs.get(key);
        if (stored == null || stored.dataSourceId() != source.id()) {
            return false;
        }
        inputs.remove(key);
        return true;
    }

    private synchronized Optional<Fault> takeFailure() {
        if (nextFailures == 0) {
            return Optional.empty();
        }
        nextFailures--;
        return Optional.of(nextFailure);
    }
}

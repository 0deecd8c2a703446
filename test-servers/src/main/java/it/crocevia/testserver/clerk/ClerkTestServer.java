package it.crocevia.testserver.clerk;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.Fault;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clerk.io's data API v2 ({@code https://api.clerk.io/v2/...}) over real HTTP, for a shop that
 * pushes its catalog and sales: products, categories, orders and customers, built from
 * docs.clerk.io (authentication, pagination, errors) and Clerk's own platform plugins' calls.
 *
 * <p>Reproduced because a client depends on it:
 * <ul>
 *   <li>the public {@code key} and {@code private_key} as request parameters (JSON body for
 *       writes, query string for reads and deletes); a wrong key answers an
 *       {@code AuthenticationError};</li>
 *   <li>upserts by id: posting a record again replaces it, so a resent catalog keeps one record
 *       per id; ids match whether sent as number or string;</li>
 *   <li>validation before any write: one invalid record refuses the whole call with a
 *       {@code ParsingError} naming it;</li>
 *   <li>answers {@code {"status":"ok"}} and errors
 *       {@code {"status":"error","type","message","moreInfo","id"}} ({@link ClerkException});</li>
 *   <li>reads by ids or paged with {@code limit}/{@code offset}.</li>
 * </ul>
 *
 * <p>Fault injection: injected failures are Clerk's {@code InternalError} body with the injected
 * status (and {@code Retry-After} for 429).
 *
 * <p>Left out: search and recommendations, pages, product attributes, sorting, rate limits (Clerk
 * documents none for the data API), and Clerk's asynchronous indexing (records are visible at once).
 */
public final class ClerkTestServer extends TestServer {

    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Map<String, Store> stores = new ConcurrentHashMap<>();
    private final Store defaultStore;
    private final DataHandler handler = new DataHandler(this);

    /** A server on a free port with one store of random keys. */
    public ClerkTestServer() {
        this(0);
    }

    /** @param port the port, 0 for a free one */
    public ClerkTestServer(int port) {
        super(port);
        defaultStore = addStore("Crocevia", randomKey(32), randomKey(42));
    }

    @Override
    public ClerkTestServer start() {
        super.start();
        return this;
    }

    /** @return the URL replacing {@code https://api.clerk.io}: clients call {@code <apiUrl>/v2/products} */
    public String apiUrl() {
        return baseUrl();
    }

    /**
     * Adds a store.
     *
     * @return the store
     */
    public Store addStore(String name, String publicKey, String privateKey) {
        Store store = new Store(Objects.requireNonNull(name), Objects.requireNonNull(publicKey),
                Objects.requireNonNull(privateKey));
        if (stores.putIfAbsent(publicKey, store) != null) {
            throw new IllegalArgumentException("a store has that key already");
        }
        return store;
    }

    /** @return the default store */
    public Store store() {
        return defaultStore;
    }

    /** @return the default store's public key */
    public String publicKey() {
        return defaultStore.publicKey();
    }

    /** @return the default store's private key */
    public String privateKey() {
        return defaultStore.privateKey();
    }

    /** Shortcut for the default store's {@link Store#products()}. */
    public List<JsonObject> products() {
        return defaultStore.products();
    }

    /** Shortcut for the default store's {@link Store#categories()}. */
    public List<JsonObject> categories() {
        return defaultStore.categories();
    }

    /** Shortcut for the default store's {@link Store#orders()}. */
    public List<JsonObject> orders() {
        return defaultStore.orders();
    }

    /** Shortcut for the default store's {@link Store#customers()}. */
    public List<JsonObject> customers() {
        return defaultStore.customers();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        handler.handle(exchange);
    }

    /** @return what follows {@code /v2/}: {@code products}, {@code client/account/info}... */
    @Override
    protected String resourceOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.startsWith("/v2/") ? path.substring(4) : "";
    }

    @Override
    protected void writeFault(HttpExchange exchange, Fault fault) throws IOException {
        fault.retryAfter().ifPresent(seconds ->
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds)));
        JsonObject body = ClerkException.internal().body();
        JsonIo.send(exchange, fault.status(), Json.createObjectBuilder(body).add("code", fault.status()).build());
    }

    Optional<Store> store(String publicKey) {
        return Optional.ofNullable(stores.get(publicKey));
    }

    private static String randomKey(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }
}

package it.crocevia.testserver.prestashop;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.Fault;
import it.crocevia.testserver.common.ProxyErrorPage;
import it.crocevia.testserver.common.QueryParams;
import it.crocevia.testserver.common.TestServer;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A PrestaShop 1.7/8/9 shop's webservice ({@code /api/...}) over real HTTP, built from
 * PrestaShop's documentation and its {@code WebserviceRequest}/{@code WebserviceOutputJSON}
 * sources: key authentication (Basic user name or {@code ws_key}) with per-resource, per-method
 * permissions, XML by default and JSON with {@code output_format=JSON}, {@code display},
 * {@code filter}, {@code sort}, {@code limit}, {@code date=1}, {@code language},
 * {@code schema=blank|synopsis}, and PrestaShop's error codes and messages.
 *
 * <p>The shop URL is {@link #shopUrl()}; clients call {@code <shopUrl>/api/orders?...}. It serves
 * orders (with {@code associations.order_rows}), order_details, order_histories, order_states,
 * customers, addresses, carriers, currencies, languages, countries, categories, manufacturers,
 * products, stock_availables, tax_rule_groups, tax_rules, taxes and product images, seeded with an
 * Italian shop's reference data (its category tree and the taxes of the Italian localization pack
 * included); add shop data through {@link #data()} or {@link #generate(int, long)}. Products and
 * manufacturers are written as PrestaShop writes them ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE} with an XML body, see {@link EntityWriter}), stock_availables updated
 * ({@code PUT}, {@code PATCH}), and product images uploaded ({@link ImageService}).
 *
 * <p>Simplifications, each with what the real one does: writes only on products, manufacturers,
 * stock_availables and product images (other resources answer 405 code 25, as for a key without
 * the method); no
 * multishop ({@code id_shop} is ignored); {@code price[]} is ignored; {@code depth} is
 * ignored; ties in a sort are broken by id (MySQL leaves their order undefined, so paging on a
 * non-unique sort can skip or repeat records on a real shop); a negative {@code limit} gives an
 * empty page (MySQL fails with a syntax error); keys are compared case-insensitively, as MySQL's
 * collation does; products have no combinations, features or suppliers behind their ids, and a synopsis schema shows formats only for the writable resources. Rate limiting (429) and 502/503 pages come from the web server or CDN in front
 * of a real shop, not PrestaShop; {@link #faults()} imitates them with nginx-style HTML bodies.
 */
public final class PrestaShopTestServer extends TestServer {

    /** The PrestaShop version reported in {@code PSWS-Version} unless changed. */
    public static final String DEFAULT_VERSION = "8.1.7";
    /** The time zone of the seeded shop; dates in the output are local to it. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Rome");

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "PATCH", "DELETE", "HEAD");

    static final String REALM = "Basic realm=\"Welcome to PrestaShop Webservice, please enter the authentication "
            + "key as the login. No password required.\"";
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Store store = new Store();
    private final PrestaShopData data;
    private final WebserviceHandler handler = new WebserviceHandler(this);
    /** By upper-cased key, the methods it may use on each resource. */
    private final Map<String, Map<String, Set<String>>> keys = new ConcurrentHashMap<>();
    private final String apiKey;
    private volatile String version = DEFAULT_VERSION;
    private volatile String shopName = "Crocevia Demo";
    private volatile JsonTyping jsonTyping = JsonTyping.STRINGS;
    private volatile boolean webserviceEnabled = true;

    /** A server on a free port. */
    public PrestaShopTestServer() {
        this(0);
    }

    /** @param port the port, 0 for a free one */
    public PrestaShopTestServer(int port) {
        super(port);
        ReferenceData.seed(store);
        data = new PrestaShopData(store, Clock.system(SHOP_ZONE));
        apiKey = randomKey();
        addKey(apiKey);
    }

    @Override
    public PrestaShopTestServer start() {
        super.start();
        return this;
    }

    /** @return the shop URL a merchant would type: {@code http://127.0.0.1:<port>} */
    public String shopUrl() {
        return baseUrl();
    }

    /** @return the default webservice key, 32 characters A-Z and 0-9 like PrestaShop's generator */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Accepts another key with every permission: reading every served resource and writing those
     * this server writes ({@code products}, {@code manufacturers}, {@code stock_availables},
     * {@code images}), less the methods PrestaShop
     * forbids on a resource whatever the key ({@code POST} and {@code DELETE} of
     * {@code stock_availables}).
     *
     * @param key the key (PrestaShop keys are 32 characters)
     * @return this
     */
    public PrestaShopTestServer addKey(String key) {
        Map<String, Set<String>> methods = new HashMap<>();
        for (Resource resource : Resources.SERVED.values()) {
            Set<String> allowed = new HashSet<>(METHODS);
            allowed.removeAll(resource.forbiddenMethods);
            methods.put(resource.name, allowed);
        }
        return addKey(key, methods);
    }

    /**
     * Accepts a key that may only read ({@code GET}, {@code HEAD}) some resources; the others
     * answer 401 with code 26, and a write 405 with code 25.
     *
     * @param key the key
     * @param resources the resources it may GET
     * @return this
     */
    public PrestaShopTestServer addKey(String key, Set<String> resources) {
        Map<String, Set<String>> methods = new HashMap<>();
        resources.forEach(resource -> methods.put(resource, READ_METHODS));
        return addKey(key, methods);
    }

    /**
     * Accepts a key with the permissions the back office's webservice page sets: per resource,
     * the HTTP methods it may use (e.g. {@code products -> [GET, HEAD]} for a key that may read
     * products but not write them). Resources it does not name answer 401 with code 26; methods it
     * does not grant 405 with code 25. Methods this server does not implement on a resource
     * (writes on orders, customers and the reference data) are dropped, so they answer as for a
     * key without them.
     *
     * @param key the key
     * @param methodsByResource resource name to HTTP methods
     * @return this
     */
    public PrestaShopTestServer addKey(String key, Map<String, ? extends Collection<String>> methodsByResource) {
        Map<String, Set<String>> granted = new HashMap<>();
        methodsByResource.forEach((name, methods) -> {
            Resource resource = Resources.SERVED.get(name);
            Set<String> kept = new HashSet<>();
            for (String method : methods) {
                String upper = method.toUpperCase(Locale.ROOT);
                if (resource != null && (READ_METHODS.contains(upper) || resource.writable() && METHODS.contains(upper))) {
                    kept.add(upper);
                }
            }
            granted.put(name, Set.copyOf(kept));
        });
        keys.put(key.toUpperCase(Locale.ROOT), Map.copyOf(granted));
        return this;
    }

    /** @param key a key to stop accepting (it then answers codes 20 and 21) */
    public PrestaShopTestServer removeKey(String key) {
        keys.remove(key.toUpperCase(Locale.ROOT));
        return this;
    }

    /** @param version the version in {@code PSWS-Version}, e.g. "1.7.8.11" or "9.0.0" */
    public PrestaShopTestServer version(String version) {
        this.version = Objects.requireNonNull(version);
        return this;
    }

    /** @param shopName the shop name of the XML resource list */
    public PrestaShopTestServer shopName(String shopName) {
        this.shopName = Objects.requireNonNull(shopName);
        return this;
    }

    /** @param typing how scalars are typed in JSON (PHP before or after 8.1) */
    public PrestaShopTestServer jsonTyping(JsonTyping typing) {
        this.jsonTyping = Objects.requireNonNull(typing);
        return this;
    }

    /** @param enabled false to answer every request 503 with code 22, as a shop with the webservice off */
    public PrestaShopTestServer webserviceEnabled(boolean enabled) {
        this.webserviceEnabled = enabled;
        return this;
    }

    /** @param clock the shop's clock, for the default dates of seeded records */
    public PrestaShopTestServer clock(Clock clock) {
        data.clock(clock.withZone(SHOP_ZONE));
        return this;
    }

    /** @return the shop's data, to seed and change */
    public PrestaShopData data() {
        return data;
    }

    /**
     * Generates a realistic Italian shop: {@code orders} orders of 3 lines each, about a third as
     * many customers (registered and guests, some guests sharing an e-mail), their addresses, with
     * {@code date_upd} spread over the first half of 2025. Same seed, same data.
     *
     * @return what was generated
     */
    public GeneratedData generate(int orders, long seed) {
        return generate(orders, seed, LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2025, 6, 30, 23, 59, 59));
    }

    /**
     * Like {@link #generate(int, long)}, with {@code date_upd} spread over the given window (shop
     * time zone).
     */
    public GeneratedData generate(int orders, long seed, LocalDateTime from, LocalDateTime to) {
        return new OrderGenerator(data, seed, from, to).generate(orders);
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        handler.handle(exchange);
    }

    @Override
    protected String resourceOf(URI uri) {
        String path = uri.getPath();
        if (path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            return "";
        }
        String rest = path.length() <= 5 ? "" : path.substring(5);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    @Override
    protected boolean isApiRequest(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * A 500 is PrestaShop's own error body (its PHP error handler turns a database warning into
     * code 3); 429 and 5xx other than 500 are the HTML page of the web server in front of it.
     */
    @Override
    protected void writeFault(HttpExchange exchange, Fault fault) throws IOException {
        fault.retryAfter().ifPresent(seconds ->
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds)));
        if (fault.status() == 500) {
            QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
            boolean json = "JSON".equals(exchange.getRequestHeaders().getFirst("Output-Format"))
                    || "JSON".equals(query.string("output_format"));
            Renderer renderer = json ? new JsonRenderer(jsonTyping) : new XmlRenderer(baseUrl() + "/api/", shopName);
            WsResponse response = new WsResponse(exchange, System.nanoTime(), renderer, version);
            response.authenticated();
            response.error(new WebserviceException(500, 3, "[PHP Warning #2] PDOStatement::execute(): MySQL server "
                    + "has gone away (/var/www/html/classes/db/DbPDO.php, line 171)"));
            return;
        }
        WebserviceHandler.sendPlain(exchange, fault.status(), ProxyErrorPage.CONTENT_TYPE,
                ProxyErrorPage.nginx(fault.status()));
    }

    Store store() {
        return store;
    }

    String version() {
        return version;
    }

    String shopName() {
        return shopName;
    }

    JsonTyping jsonTyping() {
        return jsonTyping;
    }

    boolean webserviceEnabled() {
        return webserviceEnabled;
    }

    /** @return the methods the key may use by resource, or null for an unknown key */
    Map<String, Set<String>> permissions(String key) {
        return keys.get(key.toUpperCase(Locale.ROOT));
    }

    private static String randomKey() {
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }
}

package it.crocevia.testserver.magento;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.Fault;
import it.crocevia.testserver.common.ProxyErrorPage;
import it.crocevia.testserver.common.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Magento Open Source / Adobe Commerce 2.4 shop's REST API ({@code /rest/V1/...},
 * {@code /rest/<store_code>/V1/...}, {@code /rest/all/V1/...}) over real HTTP, built
 * from Adobe's web API documentation and Magento's sources ({@code Magento\Framework\Webapi},
 * {@code Magento\Webapi\Controller\Rest}, {@code Magento\Framework\Api\SearchCriteria}, the Sales,
 * Customer, Store, Directory, Tax, Catalog and CatalogInventory service contracts): integration
 * bearer tokens with ACL
 * resources, search criteria with MySQL's matching and Magento's paging, the data interfaces'
 * JSON shapes and types, and Magento's error bodies.
 *
 * <p>The shop URL is {@link #shopUrl()}; clients call {@code <shopUrl>/rest/V1/orders?...} with
 * {@code Authorization: Bearer <token>}. It serves orders, customers, store views, groups,
 * websites and configurations, currencies, countries and tax rules/rates of an Italian shop, its
 * category tree and the options of its {@code manufacturer} attribute, and a catalog whose
 * products, their images and stock clients can also write (see {@link ProductRepository},
 * {@link ImageContents} and {@link StockRegistry}); add shop data through {@link #data()} or {@link #generate(int, long)}.
 * See the package documentation for the quirks reproduced.
 *
 * <p>Configuration a test can change: the accepted tokens and their ACL resources, whether
 * integration tokens are accepted as bearer tokens, the {@linkplain InputLimits web API input
 * limits} (on by default, at Magento's values: at most 300 per page and 20 when no page size is
 * given; a fresh 2.4.4+ installation has them off, {@link InputLimits#OFF}), and what a page past
 * the last one answers ({@link PastLastPage}, 2.4's empty page by default).
 *
 * <p>Order statuses have no core REST list in Magento 2 (see {@link Services}): a client works with
 * the states and statuses it meets on orders and Magento's default set.
 *
 * <p>Simplifications, each with what the real one does: writes only on products and stock (other
 * writes answer 404, as a route that is not declared); only the routes listed in the package
 * documentation (Magento has many
 * more, e.g. {@code /V1/orders/items}, which here is read as the order id "items"); JSON only
 * (Magento also renders XML for {@code Accept: application/xml} and reads XML bodies);
 * no OAuth 1.0a signatures; ACL resources by name without Magento's resource tree; rate limiting
 * (429) and 502/503/504 come from the web server or CDN in front of a real shop, and
 * {@link #faults()} imitates them with nginx's HTML pages, while an injected 500 is Magento's own
 * masked error.
 */
public final class MagentoTestServer extends TestServer {

    private static final String TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final ShopDatabase database = new ShopDatabase();
    private final MagentoData data = new MagentoData(database);
    private final Tokens tokens = new Tokens();
    private final String accessToken;
    private final RestHandler handler;
    private volatile InputLimits inputLimits = InputLimits.DEFAULT_ON;
    private volatile PastLastPage pastLastPage = PastLastPage.EMPTY;

    /** A server on a free port. */
    public MagentoTestServer() {
        this(0);
    }

    /** @param port the port, 0 for a free one */
    public MagentoTestServer(int port) {
        super(port);
        accessToken = randomToken();
        addToken(accessToken);
        handler = new RestHandler(this);
    }

    @Override
    public MagentoTestServer start() {
        super.start();
        return this;
    }

    /** @return the shop URL a merchant would type: {@code http://127.0.0.1:<port>} */
    public String shopUrl() {
        return baseUrl();
    }

    /**
     * @return the default integration access token: 32 lowercase letters and digits, as Magento's
     *     {@code Oauth\Helper\Oauth::generateToken} makes them; it may use every served route
     */
    public String accessToken() {
        return accessToken;
    }

    /** Accepts another integration token with access to every resource. */
    public MagentoTestServer addToken(String token) {
        return addToken(token, Set.of(Tokens.ALL));
    }

    /**
     * Accepts an integration token allowed only some ACL resources (e.g.
     * {@code Magento_Sales::actions_view}); other routes answer 401.
     */
    public MagentoTestServer addToken(String token, Set<String> aclResources) {
        tokens.add(Objects.requireNonNull(token), aclResources);
        return this;
    }

    /** Stops accepting a token (the integration was deactivated or its token reissued). */
    public MagentoTestServer removeToken(String token) {
        tokens.remove(token);
        return this;
    }

    /**
     * @param enabled false to reproduce a 2.4.4+ shop where "Allow OAuth Access Tokens to be used
     *     as standalone Bearer tokens" is off (its default): every integration token is refused
     */
    public MagentoTestServer integrationTokensAsBearer(boolean enabled) {
        tokens.asBearer(enabled);
        return this;
    }

    /** @param limits the web API input limits (default {@link InputLimits#DEFAULT_ON}) */
    public MagentoTestServer inputLimits(InputLimits limits) {
        this.inputLimits = Objects.requireNonNull(limits);
        return this;
    }

    /** @param behaviour what a page past the last one answers (default {@link PastLastPage#EMPTY}, 2.4) */
    public MagentoTestServer pastLastPage(PastLastPage behaviour) {
        this.pastLastPage = Objects.requireNonNull(behaviour);
        return this;
    }

    /** @param clock the shop's clock, for the default dates of seeded records (read as UTC) */
    public MagentoTestServer clock(Clock clock) {
        data.clock(clock);
        return this;
    }

    /** @return the shop's data, to seed and change */
    public MagentoData data() {
        return data;
    }

    /**
     * Generates a realistic Italian shop: {@code orders} orders of 3 lines each (some configurable,
     * stored as parent and child items), about a third as many customers (accounts and guests,
     * some guests reusing another's e-mail under another name), with {@code updated_at} spread
     * over the first half of 2025 (UTC). Same seed, same data.
     *
     * @return what was generated
     */
    public GeneratedData generate(int orders, long seed) {
        return generate(orders, seed, LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2025, 6, 30, 23, 59, 59));
    }

    /** Like {@link #generate(int, long)}, with {@code updated_at} spread over the given window (UTC). */
    public GeneratedData generate(int orders, long seed, LocalDateTime from, LocalDateTime to) {
        return new OrderGenerator(data, seed, from, to).generate(orders);
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        handler.handle(exchange);
    }

    /** @return the first segment after {@code V1}: {@code orders}, {@code customers}, {@code store}... */
    @Override
    protected String resourceOf(URI uri) {
        String rest = RestHandler.restPath(uri.getPath() == null ? "" : uri.getPath());
        if (rest == null) {
            return "";
        }
        List<String> parts = Route.parts(rest);
        int v1 = parts.indexOf("V1");
        return v1 >= 0 && v1 + 1 < parts.size() && v1 <= 1 ? parts.get(v1 + 1) : "";
    }

    @Override
    protected boolean isApiRequest(HttpExchange exchange) {
        return RestHandler.restPath(exchange.getRequestURI().getPath()) != null;
    }

    /**
     * A 500 is Magento's own masked error ({@code {"message":"Internal Error. Details are available
     * in Magento log file. Report ID: webapi-..."}}); 429 and 502/503/504 are the HTML page of the
     * web server in front of it.
     */
    @Override
    protected void writeFault(HttpExchange exchange, Fault fault) throws IOException {
        fault.retryAfter().ifPresent(seconds ->
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds)));
        if (fault.status() == 500) {
            Responses.error(exchange, Errors.internal());
            return;
        }
        byte[] page = ProxyErrorPage.nginx(fault.status()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", ProxyErrorPage.CONTENT_TYPE);
        exchange.sendResponseHeaders(fault.status(), page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
    }

    ShopDatabase database() {
        return database;
    }

    Tokens tokens() {
        return tokens;
    }

    InputLimits inputLimits() {
        return inputLimits;
    }

    PastLastPage pastLastPage() {
        return pastLastPage;
    }

    private static String randomToken() {
        SecureRandom random = new SecureRandom();
        StringBuilder token = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
        }
        return token.toString();
    }
}

package it.crocevia.testserver.whatsapp;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.Fault;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.PeakRate;
import it.crocevia.testserver.common.RateLimit;
import it.crocevia.testserver.common.SlidingWindowLimiter;
import it.crocevia.testserver.common.TestServer;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WhatsApp Business Cloud API ({@code https://graph.facebook.com/<version>/<phone-number-id>/messages})
 * over real HTTP, for a business that sends template notifications: sending template and text
 * messages and reading the phone number (the connection test), built from Meta's Cloud API
 * reference and error code list.
 *
 * <p>Reproduced because a client depends on it:
 * <ul>
 *   <li>{@code Authorization: Bearer <token>} (or {@code access_token=}); a wrong token answers 401
 *       {@code OAuthException} code 190, an expired one ({@link #expireToken}) 190/463, an unknown
 *       phone number id Graph's 400 code 100/33;</li>
 *   <li>template messages ({@code messaging_product:"whatsapp"}, {@code to}, {@code type:"template"},
 *       {@code template:{name, language:{code}, components:[{type:"body", parameters:[...]}]}})
 *       only for templates registered in that language ({@link #addTemplate}; else 132001, 404)
 *       and with as many body parameters as the template has (else 132000);</li>
 *   <li>free-form text only inside the 24-hour customer service window opened by the customer's
 *       last message ({@link #customerWrote}); outside it 131047 "Re-engagement message";</li>
 *   <li>success as {@code {"messaging_product":"whatsapp","contacts":[{"input","wa_id"}],
 *       "messages":[{"id":"wamid...","message_status":"accepted"}]}};</li>
 *   <li>the phone number's throughput (default 80 messages a second, 130429) and, when configured
 *       ({@link #pairRateLimit}), the pair rate limit to one customer (131056); the server measures
 *       the busiest second and counts refusals.</li>
 * </ul>
 *
 * <p>Simplifications: Meta reports some failures (131047 among them) asynchronously in the
 * {@code failed} status webhook; here every failure is answered synchronously. No webhooks, media,
 * interactive messages or header/button parameters (they are accepted, not checked).
 */
public final class WhatsAppTestServer extends TestServer {

    /** Cloud API's default throughput per business phone number: 80 messages per second. */
    public static final RateLimit DEFAULT_THROUGHPUT = RateLimit.perSecond(80);
    private static final Duration SERVICE_WINDOW = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Set<String> expiredTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, PhoneNumber> phoneNumbers = new ConcurrentHashMap<>();
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastCustomerMessage = new ConcurrentHashMap<>();
    private final Map<String, SlidingWindowLimiter> throughput = new ConcurrentHashMap<>();
    private final Map<String, SlidingWindowLimiter> pairs = new ConcurrentHashMap<>();
    private final PeakRate perSecond = new PeakRate(Duration.ofSeconds(1));
    private final AtomicInteger refused = new AtomicInteger();
    private final List<SentMessage> sent = new ArrayList<>();
    private final CloudApiHandler handler = new CloudApiHandler(this);
    private final String accessToken;
    private final PhoneNumber phoneNumber;
    private volatile RateLimit throughputLimit = DEFAULT_THROUGHPUT;
    private volatile RateLimit pairLimit;
    private volatile Clock clock = Clock.systemUTC();

    /** A server on a free port with one phone number and one access token, both random. */
    public WhatsAppTestServer() {
        this(0);
    }

    /** @param port the port, 0 for a free one */
    public WhatsAppTestServer(int port) {
        super(port);
        accessToken = "EAAG" + randomText(150);
        tokens.add(accessToken);
        phoneNumber = new PhoneNumber(Long.toString(100_000_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE)
                % 900_000_000_000_000L), "+39 02 0000 0000", "Crocevia Test");
        phoneNumbers.put(phoneNumber.id(), phoneNumber);
    }

    @Override
    public WhatsAppTestServer start() {
        super.start();
        return this;
    }

    /** @return the URL replacing {@code https://graph.facebook.com}: clients post to {@code <graphUrl>/v20.0/<id>/messages} */
    public String graphUrl() {
        return baseUrl();
    }

    /** @return the default system user access token */
    public String accessToken() {
        return accessToken;
    }

    /** @return the default business phone number */
    public PhoneNumber phoneNumber() {
        return phoneNumber;
    }

    /** @return the default phone number's id */
    public String phoneNumberId() {
        return phoneNumber.id();
    }

    /** Accepts another access token. */
    public WhatsAppTestServer addAccessToken(String token) {
        tokens.add(Objects.requireNonNull(token));
        return this;
    }

    /** The token expired: requests with it answer 190 with subcode 463. */
    public WhatsAppTestServer expireToken(String token) {
        tokens.remove(token);
        expiredTokens.add(token);
        return this;
    }

    /** Registers another business phone number. */
    public WhatsAppTestServer addPhoneNumber(PhoneNumber number) {
        phoneNumbers.put(number.id(), number);
        return this;
    }

    /** Registers an approved template translation. */
    public WhatsAppTestServer addTemplate(String name, String language, int bodyParameters) {
        Template template = new Template(name, language, bodyParameters);
        templates.put(name + "|" + language, template);
        return this;
    }

    /** The customer wrote to the business now: free-form messages to them are allowed for 24 hours. */
    public WhatsAppTestServer customerWrote(String waId) {
        return customerWrote(waId, clock.instant());
    }

    /** The customer wrote at that moment. */
    public WhatsAppTestServer customerWrote(String waId, Instant at) {
        lastCustomerMessage.put(digits(waId), at);
        return this;
    }

    /** @param limit messages per phone number (default 80 a second); over it 130429 */
    public WhatsAppTestServer throughputLimit(RateLimit limit) {
        throughputLimit = Objects.requireNonNull(limit);
        throughput.values().forEach(limiter -> limiter.limit(limit));
        return this;
    }

    /** @param limit messages from a phone number to one customer (none by default); over it 131056 */
    public WhatsAppTestServer pairRateLimit(RateLimit limit) {
        pairLimit = limit;
        pairs.clear();
        return this;
    }

    /** @param clock the clock of the customer service window */
    public WhatsAppTestServer clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** @return every accepted message, oldest first */
    public synchronized List<SentMessage> messages() {
        return List.copyOf(sent);
    }

    /** @return the accepted messages to one customer */
    public synchronized List<SentMessage> messagesTo(String waId) {
        String id = digits(waId);
        return sent.stream().filter(m -> m.waId().equals(id)).toList();
    }

    /** @return the most sends (accepted or refused by a limit) within any one second */
    public int maxMessagesPerSecond() {
        return perSecond.peak();
    }

    /** @return how many sends were refused with 130429 or 131056 */
    public int rateLimitedCount() {
        return refused.get();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        handler.handle(exchange);
    }

    /** @return {@code messages} for sends, {@code phone_number} for the number's node */
    @Override
    protected String resourceOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.endsWith("/messages") ? "messages" : "phone_number";
    }

    /**
     * Graph's own errors: 500 is code 1 "An unknown error has occurred.", 503 code 2 "Service
     * temporarily unavailable", 429 code 4 "Application request limit reached".
     */
    @Override
    protected void writeFault(HttpExchange exchange, Fault fault) throws IOException {
        fault.retryAfter().ifPresent(seconds ->
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds)));
        GraphException error = switch (fault.status()) {
            case 429 -> GraphException.of(429, "OAuthException", 4, 0, "(#4) Application request limit reached", null);
            case 503 -> GraphException.of(503, "OAuthException", 2, 0, "Service temporarily unavailable", null);
            default -> GraphException.of(fault.status(), "OAuthException", 1, 0, "An unknown error has occurred.", null);
        };
        JsonIo.send(exchange, error.status, error.body);
    }

    void authorize(String token) throws GraphException {
        if (token != null && expiredTokens.contains(token)) {
            throw GraphErrors.expiredToken();
        }
        if (token == null || !tokens.contains(token)) {
            throw GraphErrors.invalidToken();
        }
    }

    Optional<PhoneNumber> phoneNumber(String id) {
        return Optional.ofNullable(phoneNumbers.get(id));
    }

    Optional<Template> template(String name, String language) {
        return Optional.ofNullable(templates.get(name + "|" + language));
    }

    boolean inServiceWindow(String waId) {
        Instant last = lastCustomerMessage.get(waId);
        return last != null && Duration.between(last, clock.instant()).compareTo(SERVICE_WINDOW) < 0;
    }

    /** Counts a send and applies the throughput and pair limits. */
    void admit(PhoneNumber phone, String waId) throws GraphException {
        perSecond.record();
        if (throughput.computeIfAbsent(phone.id(), id -> new SlidingWindowLimiter(throughputLimit)).tryAcquire().isPresent()) {
            refused.incrementAndGet();
            throw GraphErrors.throughput();
        }
        RateLimit pair = pairLimit;
        if (pair != null && pairs.computeIfAbsent(phone.id() + "|" + waId, key -> new SlidingWindowLimiter(pair))
                .tryAcquire().isPresent()) {
            refused.incrementAndGet();
            throw GraphErrors.pairRateLimit();
        }
    }

    synchronized SentMessage record(PhoneNumber phone, String waId, String type, String template, String language,
            List<String> parameters, String text) {
        SentMessage message = new SentMessage("wamid.HBgM" + randomText(40), phone.id(), waId, type, template, language,
                List.copyOf(parameters), text, clock.instant());
        sent.add(message);
        return message;
    }

    private static String digits(String waId) {
        return waId.replaceAll("\\D", "");
    }

    private static String randomText(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
    }
}

package it.crocevia.testserver.telegram;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.Fault;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.ProxyErrorPage;
import it.crocevia.testserver.common.RateLimit;
import it.crocevia.testserver.common.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Telegram Bot API ({@code https://api.telegram.org/bot<token>/<method>}) over real HTTP, for
 * a bot that sends notifications: {@code getMe} (the connection test) and {@code sendMessage}
 * ({@code chat_id}, {@code text}, {@code parse_mode}, {@code disable_notification}), with the
 * parameters in the query string, a form or a JSON body, built from core.telegram.org/bots/api and
 * the bots FAQ.
 *
 * <p>Reproduced because a client depends on it:
 * <ul>
 *   <li>answers {@code {"ok":true,"result":...}}, errors
 *       {@code {"ok":false,"error_code":N,"description":"..."}} with the same HTTP status: 401
 *       {@code Unauthorized} for a wrong token, 404 {@code Not Found} for an unknown method, 400
 *       {@code Bad Request: chat not found} for a chat the bot does not know (configure them with
 *       {@link #addPrivateChat}, {@link #addGroup}, {@link #addChannel}), {@code chat_id is empty},
 *       {@code message text is empty}, {@code message is too long} (4096), {@code can't parse
 *       entities: ...} for bad HTML or MarkdownV2 ({@link Formatting}), 403 {@code Forbidden: bot was
 *       blocked by the user} ({@link #blockedBy});</li>
 *   <li>flood control: about one message per second per chat (short bursts tolerated), 20 a minute
 *       per group, 30 a second overall, answered 429 {@code Too Many Requests: retry after N} with
 *       {@code parameters.retry_after}; configurable ({@link #perChatLimit}, {@link #perGroupLimit},
 *       {@link #globalLimit}); the server measures the busiest second, overall and per chat, and
 *       counts the 429s;</li>
 *   <li>method names are case-insensitive; GET and POST both work.</li>
 * </ul>
 *
 * <p>Fault injection: an injected 429 is Telegram's own (with {@code retry_after}), 500 its
 * {@code Internal Server Error}; 502/503/504 the nginx pages in front of the API.
 *
 * <p>Left out: every other method (updates, webhooks, media, keyboards are passed through but not
 * checked), multipart uploads, {@code entities} in the answer, the Markdown entity syntax itself.
 */
public final class TelegramTestServer extends TestServer {

    private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private final long botId;
    private final String token;
    private final Map<Long, Chat> chats = new ConcurrentHashMap<>();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private final Map<Long, Long> lastMessageIds = new ConcurrentHashMap<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private final FloodControl floodControl = new FloodControl();
    private final BotApiHandler handler = new BotApiHandler(this);
    private volatile String username = "crocevia_test_bot";
    private volatile Clock clock = Clock.systemUTC();

    /** A server on a free port, with a bot of random token and no chats. */
    public TelegramTestServer() {
        this(0);
    }

    /** @param port the port, 0 for a free one */
    public TelegramTestServer(int port) {
        super(port);
        SecureRandom random = new SecureRandom();
        botId = 7_000_000_000L + random.nextInt(1_000_000_000);
        StringBuilder secret = new StringBuilder("AA");
        for (int i = 0; i < 33; i++) {
            secret.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
        }
        token = botId + ":" + secret;
    }

    @Override
    public TelegramTestServer start() {
        super.start();
        return this;
    }

    /** @return the API URL replacing {@code https://api.telegram.org}: clients call {@code <apiUrl>/bot<token>/sendMessage} */
    public String apiUrl() {
        return baseUrl();
    }

    /** @return the bot's token, {@code <bot id>:<35 characters>} as BotFather issues them */
    public String token() {
        return token;
    }

    /** @return the bot's user id */
    public long botId() {
        return botId;
    }

    /** @param username the bot's username, for {@code getMe} */
    public TelegramTestServer username(String username) {
        this.username = Objects.requireNonNull(username);
        return this;
    }

    /** Lets the bot write to a user who started it (a positive id). */
    public TelegramTestServer addPrivateChat(long userId, String firstName) {
        return addChat(new Chat(userId, "private", firstName, null));
    }

    /** Lets the bot write to a group it is a member of (a negative id; -100... is a supergroup). */
    public TelegramTestServer addGroup(long chatId, String title) {
        return addChat(new Chat(chatId, Long.toString(chatId).startsWith("-100") ? "supergroup" : "group", title, null));
    }

    /** Lets the bot post in a channel it administers, also addressable as {@code @username}. */
    public TelegramTestServer addChannel(long chatId, String title, String username) {
        return addChat(new Chat(chatId, "channel", title, username));
    }

    /** Adds any chat. */
    public TelegramTestServer addChat(Chat chat) {
        chats.put(chat.id(), chat);
        return this;
    }

    /** The user blocked the bot (or the bot was removed from the group): sends answer 403. */
    public TelegramTestServer blockedBy(long chatId) {
        blocked.add(chatId);
        return this;
    }

    /** @param limit messages per chat (default 3 in any 3 seconds: one a second with short bursts) */
    public TelegramTestServer perChatLimit(RateLimit limit) {
        floodControl.perChat(limit);
        return this;
    }

    /** @param limit messages per group (default 20 a minute) */
    public TelegramTestServer perGroupLimit(RateLimit limit) {
        floodControl.perGroup(limit);
        return this;
    }

    /** @param limit messages overall (default 30 a second) */
    public TelegramTestServer globalLimit(RateLimit limit) {
        floodControl.global(limit);
        return this;
    }

    /** @param clock the clock of the messages' {@code date} */
    public TelegramTestServer clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** @return every message sent, oldest first */
    public synchronized List<SentMessage> messages() {
        return List.copyOf(sent);
    }

    /** @return the messages sent to one chat, oldest first */
    public synchronized List<SentMessage> messagesTo(long chatId) {
        return sent.stream().filter(m -> m.chatId() == chatId).toList();
    }

    /** @return the most {@code sendMessage} calls within any one second, refused ones included */
    public int maxMessagesPerSecond() {
        return floodControl.maxPerSecond();
    }

    /** @return the most {@code sendMessage} calls to one chat within any one second */
    public int maxMessagesPerSecond(long chatId) {
        return floodControl.maxPerSecond(chatId);
    }

    /** @return how many messages were refused with 429 */
    public int tooManyRequestsCount() {
        return floodControl.refused();
    }

    /** Forgets the sent messages, measured rates and flood-control state (not chats or limits). */
    public synchronized void clearMessages() {
        sent.clear();
        floodControl.reset();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        handler.handle(exchange);
    }

    /** @return the method name, lower case: {@code sendmessage}, {@code getme} */
    @Override
    protected String resourceOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        int slash = path.indexOf('/', 1);
        return path.startsWith("/bot") && slash > 0 ? path.substring(slash + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** 429 and 500 are Telegram's JSON; 502/503/504 the nginx pages in front of it. */
    @Override
    protected void writeFault(HttpExchange exchange, Fault fault) throws IOException {
        if (fault.status() == 429) {
            JsonIo.send(exchange, 429, BotApiException.tooManyRequests(fault.retryAfter().orElse(1)).body());
            return;
        }
        if (fault.status() < 502 || fault.status() > 504) {
            JsonIo.send(exchange, fault.status(), Json.createObjectBuilder().add("ok", false)
                    .add("error_code", fault.status()).add("description", "Internal Server Error").build());
            return;
        }
        byte[] page = ProxyErrorPage.nginx(fault.status()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", ProxyErrorPage.CONTENT_TYPE);
        exchange.sendResponseHeaders(fault.status(), page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
    }

    JsonObject me() {
        return Json.createObjectBuilder()
                .add("id", botId)
                .add("is_bot", true)
                .add("first_name", "Crocevia")
                .add("username", username)
                .add("can_join_groups", true)
                .add("can_read_all_group_messages", false)
                .add("supports_inline_queries", false)
                .build();
    }

    /** @param chatId a numeric id or {@code @username} */
    Optional<Chat> chat(String chatId) {
        if (chatId.startsWith("@")) {
            String name = chatId.substring(1);
            return chats.values().stream().filter(c -> name.equalsIgnoreCase(c.username())).findFirst();
        }
        try {
            return Optional.ofNullable(chats.get(Long.parseLong(chatId)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean blocks(long chatId) {
        return blocked.contains(chatId);
    }

    FloodControl floodControl() {
        return floodControl;
    }

    synchronized SentMessage record(Chat chat, String text, String parseMode, boolean silent) {
        long id = lastMessageIds.merge(chat.id(), 1L, Long::sum);
        SentMessage message = new SentMessage(id, chat.id(), text, parseMode, silent, clock.instant());
        sent.add(message);
        return message;
    }
}

package it.crocevia.testserver.telegram;

import it.crocevia.testserver.common.PeakRate;
import it.crocevia.testserver.common.RateLimit;
import it.crocevia.testserver.common.SlidingWindowLimiter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Telegram's broadcasting limits (core.telegram.org/bots/faq, "My bot is hitting limits"): in a
 * single chat no more than about one message per second ("short bursts that go over this limit"
 * are tolerated, then 429), in a group no more than 20 messages per minute, and about 30 messages
 * per second overall. A message over a limit answers 429 with {@code retry_after}. The three
 * limits are configurable so tests need not wait long; the defaults are the documented ones, the
 * per-chat burst read as "3 in any 3 seconds".
 *
 * <p>Also measures what clients sent (all attempts, refused ones included): the busiest second
 * overall and per chat.
 */
final class FloodControl {

    static final RateLimit PER_CHAT = new RateLimit(3, Duration.ofSeconds(3));
    static final RateLimit PER_GROUP = RateLimit.perMinute(20);
    static final RateLimit GLOBAL = RateLimit.perSecond(30);

    private volatile RateLimit perChat = PER_CHAT;
    private volatile RateLimit perGroup = PER_GROUP;
    private final SlidingWindowLimiter global = new SlidingWindowLimiter(GLOBAL);
    private final Map<Long, SlidingWindowLimiter> chats = new ConcurrentHashMap<>();
    private final Map<Long, SlidingWindowLimiter> groups = new ConcurrentHashMap<>();
    private final PeakRate overall = new PeakRate(Duration.ofSeconds(1));
    private final Map<Long, PeakRate> perChatPeaks = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();

    void perChat(RateLimit limit) {
        perChat = limit;
        chats.values().forEach(limiter -> limiter.limit(limit));
    }

    void perGroup(RateLimit limit) {
        perGroup = limit;
        groups.values().forEach(limiter -> limiter.limit(limit));
    }

    void global(RateLimit limit) {
        global.limit(limit);
    }

    /**
     * Counts one message to the chat and admits it if every limit allows.
     *
     * @throws BotApiException 429 with the seconds until the limit that refused allows again
     */
    void admit(Chat chat) throws BotApiException {
        overall.record();
        perChatPeaks.computeIfAbsent(chat.id(), id -> new PeakRate(Duration.ofSeconds(1))).record();
        Optional<Duration> wait = global.tryAcquire();
        if (wait.isEmpty() && chat.isGroup()) {
            wait = groups.computeIfAbsent(chat.id(), id -> new SlidingWindowLimiter(perGroup)).tryAcquire();
        }
        if (wait.isEmpty()) {
            wait = chats.computeIfAbsent(chat.id(), id -> new SlidingWindowLimiter(perChat)).tryAcquire();
        }
        if (wait.isPresent()) {
            refused.incrementAndGet();
            throw BotApiException.tooManyRequests(SlidingWindowLimiter.retryAfterSeconds(wait.get()));
        }
    }

    int maxPerSecond() {
        return overall.peak();
    }

    int maxPerSecond(long chatId) {
        PeakRate peak = perChatPeaks.get(chatId);
        return peak == null ? 0 : peak.peak();
    }

    int refused() {
        return refused.get();
    }

    void reset() {
        global.reset();
        chats.clear();
        groups.clear();
        overall.reset();
        perChatPeaks.clear();
        refused.set(0);
    }
}

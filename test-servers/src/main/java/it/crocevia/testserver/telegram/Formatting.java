package it.crocevia.testserver.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code parse_mode} checks a client meets first: Telegram parses the markup before sending
 * and refuses the whole message when it cannot ({@code 400 Bad Request: can't parse entities: ...}).
 *
 * <ul>
 *   <li>{@code HTML}: only the documented tags ({@code b strong i em u ins s strike del span
 *       tg-spoiler a code pre blockquote tg-emoji}), properly nested and closed; a {@code <} that is
 *       not such a tag must be written {@code &lt;}.</li>
 *   <li>{@code MarkdownV2}: the reserved characters that never open an entity
 *       ({@code . ! - = + # { }}) must be escaped with a preceding backslash.</li>
 *   <li>{@code Markdown} (legacy): accepted as is.</li>
 * </ul>
 * Simplification: entity syntax itself (unbalanced {@code *bold}, broken links) is not checked.
 */
final class Formatting {

    static final Set<String> MODES = Set.of("HTML", "MARKDOWNV2", "MARKDOWN");
    private static final Set<String> HTML_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");
    private static final String MARKDOWN_V2_RESERVED = ".!-=+#{}";

    private Formatting() {}

    static void check(String text, String parseMode) throws BotApiException {
        if (parseMode == null || parseMode.isEmpty()) {
            return;
        }
        String mode = parseMode.toUpperCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw BotApiException.badRequest("unsupported parse_mode");
        }
        if (mode.equals("HTML")) {
            html(text);
        } else if (mode.equals("MARKDOWNV2")) {
            markdownV2(text);
        }
    }

    private static void html(String text) throws BotApiException {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '<') {
                i++;
                continue;
            }
            int end = text.indexOf('>', i);
            boolean closing = i + 1 < text.length() && text.charAt(i + 1) == '/';
            String inner = end < 0 ? "" : text.substring(i + (closing ? 2 : 1), end).strip();
            String name = inner.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
            if (end < 0 || !HTML_TAGS.contains(name)) {
                throw entities("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(text, i));
            }
            if (closing) {
                if (open.isEmpty() || !open.peek().equals(name)) {
                    throw entities("Unexpected end tag at byte offset " + byteOffset(text, i));
                }
                open.pop();
            } else {
                open.push(name);
            }
            i = end + 1;
        }
        if (!open.isEmpty()) {
            throw entities("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
    }

    private static void markdownV2(String text) throws BotApiException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (MARKDOWN_V2_RESERVED.indexOf(c) >= 0) {
                throw entities("Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
            }
        }
    }

    private static int byteOffset(String text, int index) {
        return text.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    private static BotApiException entities(String reason) {
        return BotApiException.badRequest("can't parse entities: " + reason);
    }
}

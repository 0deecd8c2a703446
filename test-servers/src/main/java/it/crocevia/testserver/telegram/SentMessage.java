package it.crocevia.testserver.telegram;

import java.time.Instant;

/**
 * A message the bot sent, as the server stored it.
 *
 * @param messageId its id within the chat
 * @param chatId the chat
 * @param text the text as sent (with its markup)
 * @param parseMode {@code HTML}, {@code MarkdownV2}, {@code Markdown} or null
 * @param disableNotification whether it was sent silently
 * @param date when it was sent
 */
public record SentMessage(long messageId, long chatId, String text, String parseMode, boolean disableNotification,
        Instant date) {}

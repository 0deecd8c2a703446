/**
 * A test server of the Telegram Bot API for a notifying bot ({@code getMe}, {@code sendMessage}),
 * with Telegram's error bodies and flood control enforced and measured. See
 * {@link it.crocevia.testserver.telegram.TelegramTestServer}.
 */
package it.crocevia.testserver.telegram;

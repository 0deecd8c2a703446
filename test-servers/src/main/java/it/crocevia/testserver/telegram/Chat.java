package it.crocevia.testserver.telegram;

/**
 * A chat the bot can write to. Telegram gives users positive ids and groups, supergroups and
 * channels negative ones ({@code -100...} for supergroups and channels).
 *
 * @param id the chat id
 * @param type {@code private}, {@code group}, {@code supergroup} or {@code channel}
 * @param title the user's first name for a private chat, the title otherwise
 * @param username the public {@code @username} (without @) of a channel or supergroup, or null
 */
public record Chat(long id, String type, String title, String username) {

    /** @return whether Telegram's per-group limit (20 messages a minute) applies */
    public boolean isGroup() {
        return type.equals("group") || type.equals("supergroup");
    }
}

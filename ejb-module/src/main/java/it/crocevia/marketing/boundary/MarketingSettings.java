package it.crocevia.marketing.boundary;

/**
 * Dati Account as an operator fills it: description, platform, the platform's identifier
 * (ActiveCampaign's Nome Account or its pasted URL, Clerk's public key, Telegram's chat id,
 * WhatsApp's phone-number id) and secret (null or blank on an update: keep the saved one), and the
 * account's choices.
 */
public record MarketingSettings(String description, MarketingPlatform platform, String accountName, String secret,
        MarketingOptions options) {
}

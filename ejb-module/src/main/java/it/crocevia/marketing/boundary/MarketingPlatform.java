package it.crocevia.marketing.boundary;

/**
 * The marketing platforms of Gestisci Integrazioni (seed 002), each a licensed module. The labels
 * are the manual's; the two credential fields mean something different on each platform.
 */
public enum MarketingPlatform {
    /** Account name (third-level name of the API URL) and API key. */
    ACTIVECAMPAIGN("ActiveCampaign"),
    /** Public key and private key. */
    CLERK("Clerk.io"),
    /** WhatsApp Business Cloud API: phone-number id and access token. */
    WHATSAPP("WA Smart Business"),
    /** Bot API: chat id and bot token. */
    TELEGRAM("Telegram");

    private final String label;

    MarketingPlatform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package it.crocevia.marketing.control;

import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.marketing.boundary.MarketingPlatform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where each marketing platform's API is ({@code java:global/crocevia/*-url}, from the
 * environment: the tests point them at the project's test servers) and the clients for an
 * account's settings.
 */
@ApplicationScoped
public class Platforms {

    @Resource(lookup = "java:global/crocevia/activecampaign-url")
    String activeCampaignUrl;

    @Resource(lookup = "java:global/crocevia/clerk-url")
    String clerkUrl;

    @Resource(lookup = "java:global/crocevia/telegram-url")
    String telegramUrl;

    @Resource(lookup = "java:global/crocevia/whatsapp-url")
    String whatsAppUrl;

    /** The associated data of a secret's encryption: a ciphertext only opens where it belongs. */
    public static String purpose(String platform) {
        return "marketing-account:" + platform;
    }

    /** Test Connessione for these settings. */
    public ConnectionCheck test(MarketingPlatform platform, String accountName, String secret) {
        return switch (platform) {
            case ACTIVECAMPAIGN -> activeCampaign(accountName, secret, ActiveCampaignClient.pacer()).test();
            case CLERK -> clerk(accountName, secret).test();
            case TELEGRAM -> telegram(secret, TelegramClient.pacer(accountName)).test(accountName);
            case WHATSAPP -> whatsApp(accountName, secret).test();
        };
    }

    public ActiveCampaignClient activeCampaign(String accountName, String apiKey, RatePacer pacer) {
        return new ActiveCampaignClient(activeCampaignUrl, accountName, apiKey, pacer);
    }

    public ClerkClient clerk(String publicKey, String privateKey) {
        return new ClerkClient(clerkUrl, publicKey, privateKey);
    }

    public TelegramClient telegram(String botToken, RatePacer pacer) {
        return new TelegramClient(telegramUrl, botToken, pacer);
    }

    public WhatsAppClient whatsApp(String phoneNumberId, String accessToken) {
        return new WhatsAppClient(whatsAppUrl, phoneNumberId, accessToken);
    }
}

package it.crocevia.marketing.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An integration account as the console and the API show it; the secret only masked. */
public record MarketingAccountView(long id, long version, String description, MarketingPlatform platform,
        String platformLabel, boolean active, boolean moduleEnabled, String accountName, String secretMasked,
        MarketingOptions options, long pending, long failed, LocalDateTime updatedAt) implements Serializable {
}

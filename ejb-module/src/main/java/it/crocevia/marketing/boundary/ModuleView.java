package it.crocevia.marketing.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A licensed module (Impostazioni → Moduli) and who switched it last. */
public record ModuleView(MarketingPlatform platform, String label, boolean enabled, LocalDateTime updatedAt,
        String updatedBy) implements Serializable {
}

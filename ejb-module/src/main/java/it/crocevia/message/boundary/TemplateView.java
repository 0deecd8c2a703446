package it.crocevia.message.boundary;

import java.time.LocalDateTime;
import java.util.List;

/** A message template as the console shows it, with the placeholders it may use. */
public record TemplateView(TemplateKind kind, String language, String subject, String body, LocalDateTime updatedAt,
        String updatedBy, List<String> placeholders) {
}

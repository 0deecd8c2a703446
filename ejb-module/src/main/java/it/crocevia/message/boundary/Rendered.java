package it.crocevia.message.boundary;

/** A template with its placeholders filled in: what the recipient reads. */
public record Rendered(String subject, String body) {
}

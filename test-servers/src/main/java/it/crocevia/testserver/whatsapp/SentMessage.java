package it.crocevia.testserver.whatsapp;

import java.time.Instant;
import java.util.List;

/**
 * A message the Cloud API accepted.
 *
 * @param id its {@code wamid.}
 * @param phoneNumberId the business phone number that sent it
 * @param waId the recipient's WhatsApp id (the digits of {@code to})
 * @param type {@code template} or {@code text}
 * @param template the template name, or null for text
 * @param language the template language, or null for text
 * @param parameters the template's body parameters, in order
 * @param text the text of a text message, or null
 * @param at when it was accepted
 */
public record SentMessage(String id, String phoneNumberId, String waId, String type, String template, String language,
        List<String> parameters, String text, Instant at) {}

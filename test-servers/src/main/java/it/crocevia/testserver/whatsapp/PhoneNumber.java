package it.crocevia.testserver.whatsapp;

/**
 * A business phone number registered for the Cloud API.
 *
 * @param id its phone number id, the node messages are posted to
 * @param displayPhoneNumber the number as shown, e.g. {@code +39 02 1234 5678}
 * @param verifiedName the business name WhatsApp shows
 */
public record PhoneNumber(String id, String displayPhoneNumber, String verifiedName) {}

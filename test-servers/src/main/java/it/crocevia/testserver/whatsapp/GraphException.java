package it.crocevia.testserver.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;

/**
 * A Graph API error as the Cloud API answers it:
 * {@code {"error":{"message","type","code","error_data":{"messaging_product","details"},
 * "error_subcode","fbtrace_id"}}}. Meta asks clients to act on {@code code} and {@code details}
 * (titles in {@code message} will change); {@code error_subcode} is gone from v16.0 on except in
 * Graph's own authentication errors.
 */
final class GraphException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String TRACE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final SecureRandom RANDOM = new SecureRandom();

    final int status;
    final int code;
    final transient JsonObject body;

    private GraphException(int status, int code, JsonObject body) {
        super(body.toString(), null, false, false);
        this.status = status;
        this.code = code;
        this.body = body;
    }

    /**
     * @param status HTTP status
     * @param type {@code OAuthException} or {@code GraphMethodException}
     * @param code the error code
     * @param subcode the subcode, or 0 for none
     * @param message the message
     * @param details the WhatsApp {@code error_data.details}, or null for a plain Graph error
     */
    static GraphException of(int status, String type, int code, int subcode, String message, String details) {
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("message", message)
                .add("type", type)
                .add("code", code);
        if (details != null) {
            error.add("error_data", Json.createObjectBuilder().add("messaging_product", "whatsapp").add("details", details));
        }
        if (subcode != 0) {
            error.add("error_subcode", subcode);
        }
        error.add("fbtrace_id", traceId());
        return new GraphException(status, code, Json.createObjectBuilder().add("error", error).build());
    }

    private static String traceId() {
        StringBuilder id = new StringBuilder("A");
        for (int i = 0; i < 22; i++) {
            id.append(TRACE_ALPHABET.charAt(RANDOM.nextInt(TRACE_ALPHABET.length())));
        }
        return id.toString();
    }
}

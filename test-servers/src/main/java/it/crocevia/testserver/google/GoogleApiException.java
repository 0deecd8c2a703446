package it.crocevia.testserver.google;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A Google API error as every Google REST API answers it (cloud.google.com/apis/design/errors):
 * {@code {"error":{"code":<HTTP status>,"message","status":"<canonical code>","details":[...]}}}
 * with the details Google's AIP-193 asks for: a {@code google.rpc.ErrorInfo} (a machine-readable
 * {@code reason} in a {@code domain}), a {@code google.rpc.BadRequest} naming the fields at fault for
 * {@code INVALID_ARGUMENT}, a {@code google.rpc.ResourceInfo} naming what was not found for
 * {@code NOT_FOUND}. A client should act on {@code status}, the reason and the details, never on the
 * wording of {@code message}.
 */
final class GoogleApiException extends Exception {

    private static final long serialVersionUID = 1L;
    static final String DOMAIN = "merchantapi.googleapis.com";
    private static final String TYPE = "type.googleapis.com/google.rpc.";

    final int httpStatus;
    final String status;
    private final transient List<JsonObject> details = new ArrayList<>();
    private String wwwAuthenticate;

    private GoogleApiException(int httpStatus, String status, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.status = status;
    }

    /** 400 {@code INVALID_ARGUMENT} for one field: the message starts with the field's path in brackets. */
    static GoogleApiException invalidField(String field, String description) {
        return badRequest("[" + field + "] " + description, field, description);
    }

    /** 400 for a body Google's front end cannot map onto the request message (unknown names, wrong types). */
    static GoogleApiException invalidPayload(String field, String message) {
        return badRequest(message, field, message);
    }

    private static GoogleApiException badRequest(String message, String field, String description) {
        var error = new GoogleApiException(400, "INVALID_ARGUMENT", message);
        error.details.add(Json.createObjectBuilder().add("@type", TYPE + "BadRequest")
                .add("fieldViolations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("field", field).add("description", description))).build());
        return error;
    }

    /** 401 {@code UNAUTHENTICATED}, with the {@code WWW-Authenticate} challenge Google sends. */
    static GoogleApiException unauthenticated(String reason, String message) {
        var error = new GoogleApiException(401, "UNAUTHENTICATED", message).reason(reason, "googleapis.com");
        error.wwwAuthenticate = "Bearer realm=\"https://accounts.google.com/\""
                + ("CREDENTIALS_MISSING".equals(reason) ? "" : ", error=\"invalid_token\"");
        return error;
    }

    /**
     * 401 of the Merchant API itself for a valid token: one that may not act on this account (no
     * details, as clients of the live API report it) or whose Cloud project is not registered.
     */
    static GoogleApiException merchantUnauthenticated(String reason, String message) {
        var error = new GoogleApiException(401, "UNAUTHENTICATED", message);
        return reason == null ? error : error.reason(reason, DOMAIN);
    }

    static GoogleApiException permissionDenied(String reason, String message) {
        return new GoogleApiException(403, "PERMISSION_DENIED", message).reason(reason, "googleapis.com");
    }

    static GoogleApiException notFound(String resourceType, String resourceName) {
        var error = new GoogleApiException(404, "NOT_FOUND", "Requested entity was not found.");
        error.details.add(Json.createObjectBuilder().add("@type", TYPE + "ResourceInfo")
                .add("resourceType", resourceType).add("resourceName", resourceName).build());
        return error;
    }

    static GoogleApiException methodNotFound(String path) {
        return new GoogleApiException(404, "NOT_FOUND", "The requested URL " + path + " was not found on this server.");
    }

    static GoogleApiException quotaExceeded(String group, int perMinute) {
        return new GoogleApiException(429, "RESOURCE_EXHAUSTED", "[quota/request_rate_too_high] Quota exceeded for "
                + "quota group '" + group + "': at most " + perMinute + " requests in the window.")
                .reason("RATE_LIMIT_EXCEEDED", DOMAIN);
    }

    static GoogleApiException v1betaShutDown() {
        return new GoogleApiException(409, "ABORTED", "Merchant API v1beta has been shut down; use v1.")
                .reason("V1BETA_RAMP_DOWN", DOMAIN);
    }

    /** What Google's front end answers for an injected server failure of this status. */
    static GoogleApiException injected(int httpStatus) {
        return switch (httpStatus) {
            case 429 -> new GoogleApiException(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).");
            case 502, 503 -> new GoogleApiException(httpStatus, "UNAVAILABLE", "The service is currently unavailable.");
            case 504 -> new GoogleApiException(504, "DEADLINE_EXCEEDED", "The request timed out. Please try again.");
            case 500 -> new GoogleApiException(500, "INTERNAL", "Internal error encountered.");
            default -> new GoogleApiException(httpStatus, httpStatus < 500 ? "FAILED_PRECONDITION" : "UNKNOWN",
                    "Injected failure.");
        };
    }

    private GoogleApiException reason(String reason, String domain) {
        details.add(Json.createObjectBuilder().add("@type", TYPE + "ErrorInfo").add("reason", reason)
                .add("domain", domain).build());
        return this;
    }

    /** @return the {@code WWW-Authenticate} header to send, or null */
    String wwwAuthenticate() {
        return wwwAuthenticate;
    }

    JsonObject body() {
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("code", httpStatus)
                .add("message", getMessage())
                .add("status", status);
        if (!details.isEmpty()) {
            var array = Json.createArrayBuilder();
            details.forEach(array::add);
            error.add("details", array);
        }
        return Json.createObjectBuilder().add("error", error).build();
    }
}

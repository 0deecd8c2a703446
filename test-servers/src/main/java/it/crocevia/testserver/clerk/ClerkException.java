package it.crocevia.testserver.clerk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Clerk.io error (docs.clerk.io, "Errors"): {@code {"status":"error","message",
 * "moreInfo":"http://my.clerk.io/error/<id>","type","id"}} with the types
 * {@code AuthenticationError} (invalid API key or disabled account), {@code ParsingError} (not
 * JSON, missing parameters or wrong types), {@code LogicalError} and {@code InternalError}. The
 * documentation gives no HTTP statuses; this server answers 401, 400, 400 and 500 and repeats the
 * status as {@code code}, so a client must look at {@code status} in the body, never only at the
 * HTTP status.
 */
final class ClerkException extends Exception {

    private static final long serialVersionUID = 1L;

    final int httpStatus;
    final String type;

    private ClerkException(int httpStatus, String type, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.type = type;
    }

    static ClerkException authentication(String message) {
        return new ClerkException(401, "AuthenticationError", message);
    }

    static ClerkException parsing(String message) {
        return new ClerkException(400, "ParsingError", message);
    }

    static ClerkException logical(String message) {
        return new ClerkException(400, "LogicalError", message);
    }

    static ClerkException internal() {
        return new ClerkException(500, "InternalError", "An internal error occurred.");
    }

    static ClerkException notFound() {
        return new ClerkException(404, "ParsingError", "Unknown endpoint.");
    }

    JsonObject body() {
        String id = HexFormat.of().formatHex(randomBytes());
        return Json.createObjectBuilder()
                .add("status", "error")
                .add("code", httpStatus)
                .add("type", type)
                .add("message", getMessage())
                .add("moreInfo", "http://my.clerk.io/error/" + id)
                .add("id", id)
                .build();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}

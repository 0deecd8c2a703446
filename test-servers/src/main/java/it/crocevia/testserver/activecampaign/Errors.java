package it.crocevia.testserver.activecampaign;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * ActiveCampaign v3's two error envelopes: validation failures as a JSON:API-style
 * {@code {"errors":[{"title","detail","code","source":{"pointer":"/data/attributes/<field>"}}]}}
 * with 422 (match on {@code code}, never on the prose {@code title}), and everything else as a bare
 * {@code {"message": ...}}, e.g. {@code 404 {"message":"No Result found for Subscriber with id 1"}}.
 *
 * <p>Sources: the v3 reference (an invalid or missing {@code Api-Token} answers 403; a malformed
 * body answers 400 with {@code {}}), client libraries' recorded answers (the 422 shapes of
 * {@code email_invalid} and {@code duplicate}, the connection's "was not provided" titles). Not
 * documented, so chosen here: the bodies of 403 and 429 and the titles of ecommerce validation
 * errors; clients must rely on status and {@code code} only.
 */
final class Errors {

    private Errors() {}

    /** One entry of the 422 {@code errors} array. */
    record FieldError(String title, String code, String field) {}

    static AcException forbidden() {
        return message(403, "Forbidden");
    }

    static AcException tooManyRequests() {
        return message(429, "Too Many Requests");
    }

    static AcException noRoute() {
        return message(404, "Not Found");
    }

    /** @param type AC's internal name, e.g. {@code EcomOrder} or {@code Subscriber} (contacts) */
    static AcException notFound(String type, String id) {
        return message(404, "No Result found for " + type + " with id " + id);
    }

    /** A body that is not JSON: the reference documents 400 with an empty object. */
    static AcException badRequest() {
        return new AcException(400, Json.createObjectBuilder().build());
    }

    static AcException unprocessable(List<FieldError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldError error : errors) {
            array.add(Json.createObjectBuilder()
                    .add("title", error.title())
                    .add("detail", "")
                    .add("code", error.code())
                    .add("source", Json.createObjectBuilder().add("pointer", "/data/attributes/" + error.field())));
        }
        return new AcException(422, Json.createObjectBuilder().add("errors", array).build());
    }

    static AcException duplicate(String title, String field) {
        return unprocessable(List.of(new FieldError(title, "duplicate", field)));
    }

    /** What {@code POST /contact/sync} answers for a missing or malformed e-mail. */
    static AcException emailInvalid() {
        JsonObject error = Json.createObjectBuilder()
                .add("title", "Contact Email Address is not valid.")
                .add("detail", "")
                .add("code", "email_invalid")
                .add("error", "must_be_valid_email_address")
                .add("source", Json.createObjectBuilder().add("pointer", "/data/attributes/email"))
                .build();
        return new AcException(422, Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error)).build());
    }

    static JsonObject messageBody(String message) {
        return Json.createObjectBuilder().add("message", message).build();
    }

    private static AcException message(int status, String message) {
        return new AcException(status, messageBody(message));
    }
}

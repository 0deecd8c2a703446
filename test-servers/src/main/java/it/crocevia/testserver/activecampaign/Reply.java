package it.crocevia.testserver.activecampaign;

import jakarta.json.JsonObject;

/** A successful answer: status and body. */
record Reply(int status, JsonObject body) {

    static Reply ok(JsonObject body) {
        return new Reply(200, body);
    }

    static Reply created(JsonObject body) {
        return new Reply(201, body);
    }
}

package it.crocevia.testserver.activecampaign;

import jakarta.json.JsonObject;

/** An error answered with ActiveCampaign's status and body. */
final class AcException extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;
    final transient JsonObject body;

    AcException(int status, JsonObject body) {
        super(body.toString(), null, false, false);
        this.status = status;
        this.body = body;
    }
}

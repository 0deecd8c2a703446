package it.crocevia.testserver.activecampaign;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;

/**
 * Ecommerce connections (one per integrated store): {@code POST /connections} with
 * {@code service}, {@code externalid}, {@code name}, {@code logoUrl}, {@code linkUrl} (all
 * required; AC titles a missing one "The connection service was not provided."), at most one per
 * service and externalid (422 {@code duplicate}), {@code GET /connections[?filters[service]=&
 * filters[externalid]=]} and {@code GET /connections/{id}}.
 */
final class Connections {

    private static final String[] REQUIRED = {"service", "externalid", "name", "logoUrl", "linkUrl"};

    private Connections() {}

    static Reply create(AcRequest request) throws AcException, IOException {
        JsonObject fields = request.wrapped("connection");
        Validation check = new Validation("connection", fields);
        String[] values = new String[REQUIRED.length];
        for (int i = 0; i < REQUIRED.length; i++) {
            values[i] = check.requiredText(REQUIRED[i]);
        }
        check.throwIfInvalid();
        Account account = request.account();
        synchronized (account) {
            boolean taken = !account.connections.where(c -> c.getString("service").equals(values[0])
                    && c.getString("externalid").equals(values[1])).isEmpty();
            if (taken) {
                throw Errors.duplicate("A connection for this service and externalid already exists.", "externalid");
            }
            String id = account.connections.nextId();
            JsonObject connection = Json.createObjectBuilder()
                    .add("service", values[0])
                    .add("externalid", values[1])
                    .add("name", values[2])
                    .add("isInternal", "0")
                    .add("connectionType", "ecommerce")
                    .add("status", "1")
                    .add("syncStatus", "0")
                    .add("logoUrl", values[3])
                    .add("linkUrl", values[4])
                    .add("cdate", request.timestamp())
                    .add("udate", request.timestamp())
                    .add("links", Json.createObjectBuilder()
                            .add("options", request.link("connections/" + id + "/options"))
                            .add("customers", request.link("connections/" + id + "/customers")))
                    .add("id", id)
                    .build();
            account.connections.put(connection);
            return Reply.created(Json.createObjectBuilder().add("connection", connection).build());
        }
    }

    static Reply list(AcRequest request) {
        String service = request.filter("service");
        String externalid = request.filter("externalid");
        Account account = request.account();
        synchronized (account) {
            var matches = account.connections.where(c -> (service == null || c.getString("service").equals(service))
                    && (externalid == null || c.getString("externalid").equals(externalid)));
            return Reply.ok(Listing.page(request, "connections", matches));
        }
    }

    static Reply get(AcRequest request, String id) throws AcException {
        Account account = request.account();
        synchronized (account) {
            JsonObject connection = account.connections.get(id).orElseThrow(() -> Errors.notFound("Connection", id));
            return Reply.ok(Json.createObjectBuilder().add("connection", connection).build());
        }
    }

    static boolean exists(Account account, String id) {
        return id != null && account.connections.get(id).isPresent();
    }
}

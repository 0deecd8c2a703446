package it.crocevia.testserver.activecampaign;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Ecommerce customers: {@code POST /ecomCustomers} ({@code connectionid}, {@code externalid},
 * {@code email} required; optional {@code acceptsMarketing}), at most one per connection and
 * externalid (422 {@code duplicate} on {@code externalid}, so a client must look up before
 * creating), {@code PUT /ecomCustomers/{id}} (changes only the fields given),
 * {@code GET /ecomCustomers[?filters[email|externalid|connectionid]=]} and
 * {@code GET /ecomCustomers/{id}}. Ids and counters are strings, as AC sends them.
 */
final class EcomCustomers {

    private EcomCustomers() {}

    static Reply create(AcRequest request) throws AcException, IOException {
        JsonObject fields = request.wrapped("ecomCustomer");
        Validation check = new Validation("ecomCustomer", fields);
        Long connectionid = check.requiredInteger("connectionid", 1);
        String externalid = check.requiredText("externalid");
        String email = check.requiredText("email");
        check.throwIfInvalid();
        Account account = request.account();
        synchronized (account) {
            String connection = Long.toString(connectionid);
            requireConnection(account, connection);
            if (!account.customers.where(c -> c.getString("connectionid").equals(connection)
                    && c.getString("externalid").equals(externalid)).isEmpty()) {
                throw Errors.duplicate("A customer with this externalid already exists for this connection.",
                        "externalid");
            }
            String id = account.customers.nextId();
            JsonObject customer = Json.createObjectBuilder()
                    .add("connectionid", connection)
                    .add("externalid", externalid)
                    .add("email", email)
                    .add("totalRevenue", "0")
                    .add("totalOrders", "0")
                    .add("totalProducts", "0")
                    .add("avgRevenuePerOrder", "0")
                    .add("avgProductCategory", "")
                    .add("tstamp", request.timestamp())
                    .add("acceptsMarketing", acceptsMarketing(fields, "0"))
                    .add("links", Json.createObjectBuilder()
                            .add("connection", request.link("ecomCustomers/" + id + "/connection"))
                            .add("orders", request.link("ecomCustomers/" + id + "/orders")))
                    .add("id", id)
                    .add("connection", connection)
                    .build();
            account.customers.put(customer);
            return Reply.created(Json.createObjectBuilder().add("ecomCustomer", customer).build());
        }
    }

    static Reply update(AcRequest request, String id) throws AcException, IOException {
        JsonObject fields = request.wrapped("ecomCustomer");
        Validation check = new Validation("ecomCustomer", fields);
        Long connectionid = check.optionalInteger("connectionid", 1);
        check.throwIfInvalid();
        Account account = request.account();
        synchronized (account) {
            JsonObject current = account.customers.get(id).orElseThrow(() -> Errors.notFound("EcomCustomer", id));
            JsonObjectBuilder updated = Json.createObjectBuilder(current);
            String connection = connectionid == null ? current.getString("connectionid") : Long.toString(connectionid);
            requireConnection(account, connection);
            String externalid = Validation.text(fields, "externalid");
            String newExternalid = externalid == null ? current.getString("externalid") : externalid;
            if (!account.customers.where(c -> !c.getString("id").equals(id)
                    && c.getString("connectionid").equals(connection)
                    && c.getString("externalid").equals(newExternalid)).isEmpty()) {
                throw Errors.duplicate("A customer with this externalid already exists for this connection.",
                        "externalid");
            }
            updated.add("connectionid", connection).add("connection", connection).add("externalid", newExternalid);
            String email = Validation.text(fields, "email");
            if (email != null) {
                updated.add("email", email);
            }
            updated.add("acceptsMarketing", acceptsMarketing(fields, current.getString("acceptsMarketing")));
            updated.add("tstamp", request.timestamp());
            JsonObject saved = updated.build();
            account.customers.put(saved);
            return Reply.ok(Json.createObjectBuilder().add("ecomCustomer", saved).build());
        }
    }

    static Reply list(AcRequest request) {
        String email = request.filter("email");
        String externalid = request.filter("externalid");
        String connectionid = request.filter("connectionid");
        Account account = request.account();
        synchronized (account) {
            var matches = account.customers.where(c ->
                    (email == null || c.getString("email").toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
                    && (externalid == null || c.getString("externalid").equals(externalid))
                    && (connectionid == null || c.getString("connectionid").equals(connectionid)));
            return Reply.ok(Listing.page(request, "ecomCustomers", matches));
        }
    }

    static Reply get(AcRequest request, String id) throws AcException {
        Account account = request.account();
        synchronized (account) {
            JsonObject customer = account.customers.get(id).orElseThrow(() -> Errors.notFound("EcomCustomer", id));
            return Reply.ok(Json.createObjectBuilder().add("ecomCustomer", customer).build());
        }
    }

    static void requireConnection(Account account, String connectionid) throws AcException {
        if (!Connections.exists(account, connectionid)) {
            throw Errors.unprocessable(List.of(new Errors.FieldError(
                    "No connection with id " + connectionid + " exists.", "related_missing", "connectionid")));
        }
    }

    private static String acceptsMarketing(JsonObject fields, String fallback) {
        String value = Validation.text(fields, "acceptsMarketing");
        if (value == null && fields.containsKey("acceptsMarketing")
                && fields.get("acceptsMarketing").getValueType() == JsonValue.ValueType.TRUE) {
            return "1";
        }
        return value == null ? fallback : value;
    }
}

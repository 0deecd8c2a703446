package it.crocevia.testserver.activecampaign;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ecommerce orders ("DeepData"): {@code POST /ecomOrders} with the fields AC requires
 * ({@code externalid}, {@code source} 0 or 1, {@code email}, {@code totalPrice} in cents ≥ 0,
 * {@code currency} as a 3-letter code, {@code connectionid}, {@code customerid},
 * {@code externalCreatedDate}) and {@code orderProducts} each with {@code externalid}, {@code name},
 * {@code price} in cents and {@code quantity}; at most one order per connection and externalid
 * (422 {@code duplicate}, so a client that looks up by {@code filters[externalid]} before creating
 * keeps one order per shop order), {@code PUT /ecomOrders/{id}} (given fields only; given
 * {@code orderProducts} replace the lines), {@code GET /ecomOrders[?filters[...]]},
 * {@code GET /ecomOrders/{id}} and {@code GET /ecomOrders/{id}/orderProducts}.
 *
 * <p>The create answer is AC's documented one: {@code connections}, {@code ecomOrderProducts},
 * {@code ecomOrderDiscounts} and {@code ecomOrder}. Simplification: only orders with an
 * {@code externalid} (no abandoned carts by {@code externalcheckoutid}).
 */
final class EcomOrders {

    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final String[] OPTIONAL_TEXT = {"orderUrl", "shippingMethod", "orderNumber", "externalUpdatedDate"};
    private static final String[] AMOUNTS = {"shippingAmount", "taxAmount", "discountAmount"};

    private EcomOrders() {}

    static Reply create(AcRequest request) throws AcException, IOException {
        JsonObject fields = request.wrapped("ecomOrder");
        Validation check = new Validation("ecomOrder", fields);
        String externalid = check.requiredText("externalid");
        Long source = check.requiredInteger("source", 0);
        if (source != null && source > 1) {
            check.invalid("source", "The ecomOrder source must be 0 (historical) or 1 (real-time).");
        }
        check.requiredText("email");
        check.requiredInteger("totalPrice", 0);
        String currency = check.requiredText("currency");
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            check.invalid("currency", "The ecomOrder currency must be a 3-letter ISO code.");
        }
        Long connectionid = check.requiredInteger("connectionid", 1);
        Long customerid = check.requiredInteger("customerid", 1);
        check.requiredText("externalCreatedDate");
        for (String amount : AMOUNTS) {
            check.optionalInteger(amount, 0);
        }
        List<JsonObject> lines = lines(fields, check);
        check.throwIfInvalid();
        Account account = request.account();
        synchronized (account) {
            String connection = Long.toString(connectionid);
            String customer = Long.toString(customerid);
            EcomCustomers.requireConnection(account, connection);
            requireCustomer(account, customer);
            requireUnique(account, connection, externalid, null);
            String id = account.orders.nextId();
            JsonObjectBuilder order = Json.createObjectBuilder()
                    .add("externalid", externalid)
                    .add("source", Long.toString(source))
                    .add("email", Validation.text(fields, "email"))
                    .add("currency", currency.toUpperCase(Locale.ROOT))
                    .add("connectionid", connection)
                    .add("customerid", customer)
                    .add("totalPrice", Validation.integer(fields.get("totalPrice")))
                    .add("externalCreatedDate", Validation.text(fields, "externalCreatedDate"))
                    .add("createdDate", request.timestamp())
                    .add("state", 1)
                    .add("connection", connection)
                    .add("customer", customer)
                    .add("orderDate", Validation.text(fields, "externalCreatedDate"));
            copyOptional(fields, order);
            JsonObject saved = finish(request, order, id, lines);
            return Reply.created(Json.createObjectBuilder()
                    .add("connections", Json.createArrayBuilder().add(account.connections.get(connection).orElseThrow()))
                    .add("ecomOrderProducts", rendered(account, id))
                    .add("ecomOrderDiscounts", Json.createArrayBuilder())
                    .add("ecomOrder", saved)
                    .build());
        }
    }

    static Reply update(AcRequest request, String id) throws AcException, IOException {
        JsonObject fields = request.wrapped("ecomOrder");
        Validation check = new Validation("ecomOrder", fields);
        check.optionalInteger("totalPrice", 0);
        check.optionalInteger("source", 0);
        for (String amount : AMOUNTS) {
            check.optionalInteger(amount, 0);
        }
        List<JsonObject> lines = fields.containsKey("orderProducts") ? lines(fields, check) : null;
        check.throwIfInvalid();
        Account account = request.account();
        synchronized (account) {
            JsonObject current = account.orders.get(id).orElseThrow(() -> Errors.notFound("EcomOrder", id));
            String externalid = Validation.text(fields, "externalid");
            if (externalid != null) {
                requireUnique(account, current.getString("connectionid"), externalid, id);
            }
            JsonObjectBuilder order = Json.createObjectBuilder(current);
            for (String field : new String[] {"externalid", "email", "externalCreatedDate"}) {
                String value = Validation.text(fields, field);
                if (value != null) {
                    order.add(field, value);
                }
            }
            if (fields.containsKey("source")) {
                order.add("source", Long.toString(Validation.integer(fields.get("source"))));
            }
            if (fields.containsKey("totalPrice")) {
                order.add("totalPrice", Validation.integer(fields.get("totalPrice")));
            }
            String currency = Validation.text(fields, "currency");
            if (currency != null) {
                order.add("currency", currency.toUpperCase(Locale.ROOT));
            }
            copyOptional(fields, order);
            List<JsonObject> keptLines = lines;
            if (keptLines == null) {
                keptLines = account.orderProducts(id);
            } else {
                account.orderProducts(id).forEach(line -> account.orderProducts.remove(line.getString("id")));
            }
            JsonObject saved = lines == null ? finishWithoutLines(request, order, id, keptLines.size())
                    : finish(request, order, id, keptLines);
            return Reply.ok(Json.createObjectBuilder().add("ecomOrder", saved).build());
        }
    }

    static Reply list(AcRequest request) {
        String externalid = request.filter("externalid");
        String connectionid = request.filter("connectionid");
        String customerid = request.filter("customerid");
        String email = request.filter("email");
        Account account = request.account();
        synchronized (account) {
            var matches = account.orders.where(o -> (externalid == null || o.getString("externalid").equals(externalid))
                    && (connectionid == null || o.getString("connectionid").equals(connectionid))
                    && (customerid == null || o.getString("customerid").equals(customerid))
                    && (email == null || o.getString("email").equalsIgnoreCase(email)));
            return Reply.ok(Listing.page(request, "ecomOrders", matches));
        }
    }

    static Reply get(AcRequest request, String id) throws AcException {
        Account account = request.account();
        synchronized (account) {
            JsonObject order = account.orders.get(id).orElseThrow(() -> Errors.notFound("EcomOrder", id));
            return Reply.ok(Json.createObjectBuilder().add("ecomOrder", order).build());
        }
    }

    static Reply products(AcRequest request, String id) throws AcException {
        Account account = request.account();
        synchronized (account) {
            account.orders.get(id).orElseThrow(() -> Errors.notFound("EcomOrder", id));
            return Reply.ok(Json.createObjectBuilder().add("ecomOrderProducts", rendered(account, id)).build());
        }
    }

    private static List<JsonObject> lines(JsonObject fields, Validation check) {
        JsonValue value = fields.get("orderProducts");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            check.invalid("orderProducts", "The ecomOrder orderProducts must be an array.");
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue line = array.get(i);
            Validation lineCheck = line instanceof JsonObject object ? new Validation("orderProduct", object) : null;
            if (lineCheck == null || lineCheck.requiredText("externalid") == null | lineCheck.requiredText("name") == null
                    | lineCheck.requiredInteger("price", 0) == null | lineCheck.requiredInteger("quantity", 1) == null) {
                check.invalid("orderProducts/" + i, "The ecomOrder orderProducts[" + i
                        + "] needs externalid, name, price (cents, >= 0) and quantity (>= 1).");
            }
        }
        return array.stream().filter(JsonObject.class::isInstance).map(JsonValue::asJsonObject).toList();
    }

    private static void copyOptional(JsonObject fields, JsonObjectBuilder order) {
        for (String field : OPTIONAL_TEXT) {
            String value = Validation.text(fields, field);
            if (value != null) {
                order.add(field, value);
            }
        }
        for (String amount : AMOUNTS) {
            Long value = fields.containsKey(amount) ? Validation.integer(fields.get(amount)) : null;
            if (value != null) {
                order.add(amount, value);
            }
        }
    }

    private static JsonObject finish(AcRequest request, JsonObjectBuilder order, String id, List<JsonObject> lines) {
        Account account = request.account();
        JsonObject draft = order.build();
        JsonArrayBuilder lineIds = Json.createArrayBuilder();
        for (JsonObject line : lines) {
            String lineId = account.orderProducts.nextId();
            JsonObjectBuilder product = Json.createObjectBuilder()
                    .add("orderid", id)
                    .add("connectionid", draft.getString("connectionid"))
                    .add("externalid", Validation.text(line, "externalid"))
                    .add("name", Validation.text(line, "name"))
                    .add("price", Validation.integer(line.get("price")))
                    .add("quantity", Validation.integer(line.get("quantity")));
            for (String field : new String[] {"sku", "description", "category", "imageUrl", "productUrl"}) {
                String value = Validation.text(line, field);
                if (value != null) {
                    product.add(field, value);
                }
            }
            account.orderProducts.put(product.add("createdDate", request.timestamp())
                    .add("id", lineId).add("ecomOrder", id).build());
            lineIds.add(lineId);
        }
        return finishWithoutLines(request, Json.createObjectBuilder(draft).add("orderProducts", lineIds), id, lines.size());
    }

    private static JsonObject finishWithoutLines(AcRequest request, JsonObjectBuilder order, String id, int lines) {
        JsonObject saved = order
                .add("totalProducts", lines)
                .add("updatedDate", request.timestamp())
                .add("tstamp", request.timestamp())
                .add("links", Json.createObjectBuilder()
                        .add("connection", request.link("ecomOrders/" + id + "/connection"))
                        .add("customer", request.link("ecomOrders/" + id + "/customer"))
                        .add("orderProducts", request.link("ecomOrders/" + id + "/orderProducts")))
                .add("id", id)
                .build();
        request.account().orders.put(saved);
        return saved;
    }

    private static JsonArrayBuilder rendered(Account account, String orderId) {
        JsonArrayBuilder products = Json.createArrayBuilder();
        account.orderProducts(orderId).forEach(products::add);
        return products;
    }

    private static void requireCustomer(Account account, String customerid) throws AcException {
        if (account.customers.get(customerid).isEmpty()) {
            throw Errors.unprocessable(List.of(new Errors.FieldError(
                    "No customer with id " + customerid + " exists.", "related_missing", "customerid")));
        }
    }

    private static void requireUnique(Account account, String connection, String externalid, String exceptId)
            throws AcException {
        boolean taken = !account.orders.where(o -> !o.getString("id").equals(exceptId)
                && o.getString("connectionid").equals(connection)
                && o.getString("externalid").equals(externalid)).isEmpty();
        if (taken) {
            throw Errors.duplicate("An order with this externalid already exists for this connection.", "externalid");
        }
    }
}

package it.crocevia.marketing.control;

import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ActiveCampaign's API v3 (developers.activecampaign.com) as the integration uses it: the key in
 * the {@code Api-Token} header, the account's own URL ({@code https://NAME.api-us1.com}), contacts
 * synced by e-mail, and the ecommerce connection, customers and orders upserted by external id:
 * looked up ({@code filters[externalid]}) before they are created, since a second create is
 * refused. Every call waits its turn on the account's {@link RatePacer}: ActiveCampaign allows 5
 * requests per second per account.
 */
public final class ActiveCampaignClient {

    /** ActiveCampaign's documented limit, 5 per second, kept with a margin: 5 per 1.2 s. */
    public static RatePacer pacer() {
        return new RatePacer(5, Duration.ofMillis(1_200));
    }

    private static final Pattern ACCOUNT_URL = Pattern.compile(
            "^(?:https?://)?([A-Za-z0-9][A-Za-z0-9-]{0,62})\\.(?:api-[a-z0-9]+|activehosted)\\.com(?:[/:?#].*)?$");
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$");

    private final String base;
    private final Map<String, String> auth;
    private final RatePacer pacer;

    /**
     * @param urlTemplate the API address with {@code *} for the account name
     *     ({@code https://*.api-us1.com}; the tests point it at the test server)
     */
    public ActiveCampaignClient(String urlTemplate, String accountName, String apiKey, RatePacer pacer) {
        this.base = urlTemplate.replace("*", accountName).replaceAll("/+$", "") + "/api/3/";
        this.auth = Map.of("Api-Token", apiKey);
        this.pacer = pacer;
    }

    /**
     * The account name from what an operator typed: the name itself, or the API URL pasted from
     * ActiveCampaign's Settings → Developer ({@code https://NAME.api-us1.com} → {@code NAME}).
     */
    public static Optional<String> accountName(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip();
        Matcher url = ACCOUNT_URL.matcher(t);
        if (url.matches()) {
            return Optional.of(url.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return NAME.matcher(t).matches() ? Optional.of(t.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** Test Connessione: who the key belongs to. */
    public ConnectionCheck test() {
        try {
            var answer = call("GET", "users/me", null);
            return switch (answer.status()) {
                case 200 -> answer.body().containsKey("user")
                        ? new ConnectionCheck(Outcome.OK, answer.body().getJsonObject("user").getString("username", "?"))
                        : new ConnectionCheck(Outcome.NOT_THE_PLATFORM, "no user in the answer");
                case 401, 403 -> new ConnectionCheck(Outcome.BAD_CREDENTIALS, "HTTP " + answer.status());
                case 404 -> new ConnectionCheck(Outcome.NOT_THE_PLATFORM, "HTTP 404");
                default -> new ConnectionCheck(Outcome.REMOTE_ERROR, "HTTP " + answer.status());
            };
        } catch (DeliveryException e) {
            return new ConnectionCheck(Outcome.UNREACHABLE, e.getMessage());
        }
    }

    /** The ecommerce connection of this shop (service "crocevia", external id), created once. */
    public String connection(String externalId, String name, String linkUrl) throws DeliveryException {
        var found = JsonHttp.expectSuccess(call("GET", "connections?filters[service]=crocevia&filters[externalid]="
                + encode(externalId), null), "connections");
        JsonArray list = found.body().getJsonArray("connections");
        if (list != null && !list.isEmpty()) {
            return list.getJsonObject(0).getString("id");
        }
        var created = JsonHttp.expectSuccess(call("POST", "connections", Json.createObjectBuilder()
                .add("connection", Json.createObjectBuilder().add("service", "crocevia").add("externalid", externalId)
                        .add("name", name).add("logoUrl", linkUrl).add("linkUrl", linkUrl)).build()), "connections");
        return created.body().getJsonObject("connection").getString("id");
    }

    /** The contact of this e-mail, created or updated ({@code contact/sync}). */
    public String syncContact(String email, String firstName, String lastName, String phone) throws DeliveryException {
        var contact = Json.createObjectBuilder().add("email", email);
        addIfPresent(contact, "firstName", firstName);
        addIfPresent(contact, "lastName", lastName);
        addIfPresent(contact, "phone", phone);
        var answer = JsonHttp.expectSuccess(call("POST", "contact/sync",
                Json.createObjectBuilder().add("contact", contact).build()), "contact/sync");
        return answer.body().getJsonObject("contact").getString("id");
    }

    /** The ecommerce customer with this external id, looked up by it and created when absent. */
    public String customer(String connectionId, String externalId, String email) throws DeliveryException {
        Optional<String> known = find("ecomCustomers", connectionId, externalId);
        var body = Json.createObjectBuilder().add("ecomCustomer", Json.createObjectBuilder()
                .add("connectionid", connectionId).add("externalid", externalId).add("email", email)
                .add("acceptsMarketing", "0")).build();
        if (known.isPresent()) {
            JsonHttp.expectSuccess(call("PUT", "ecomCustomers/" + known.get(), body), "ecomCustomers");
            return known.get();
        }
        return JsonHttp.expectSuccess(call("POST", "ecomCustomers", body), "ecomCustomers").body()
                .getJsonObject("ecomCustomer").getString("id");
    }

    /** An order as ActiveCampaign wants it: amounts in cents, ISO dates. */
    public record Order(String externalId, String orderNumber, String email, String currency, long totalCents,
            long shippingCents, long taxCents, long discountCents, OffsetDateTime created, OffsetDateTime updated,
            List<Product> products) {
    }

    /** An order line. */
    public record Product(String externalId, String name, long priceCents, int quantity, String sku) {
    }

    /**
     * The order, created or (when ActiveCampaign already has one with this external id) updated:
     * an order sent twice stays one order.
     */
    public String order(String connectionId, String customerId, Order order, String knownId) throws DeliveryException {
        Optional<String> known = knownId != null ? Optional.of(knownId)
                : find("ecomOrders", connectionId, order.externalId());
        var products = Json.createArrayBuilder();
        for (var p : order.products()) {
            var product = Json.createObjectBuilder().add("externalid", p.externalId()).add("name", p.name())
                    .add("price", p.priceCents()).add("quantity", p.quantity());
            addIfPresent(product, "sku", p.sku());
            products.add(product);
        }
        var body = Json.createObjectBuilder().add("ecomOrder", Json.createObjectBuilder()
                .add("externalid", order.externalId()).add("source", 1).add("email", order.email())
                .add("orderNumber", order.orderNumber()).add("orderProducts", products)
                .add("totalPrice", order.totalCents()).add("shippingAmount", order.shippingCents())
                .add("taxAmount", order.taxCents()).add("discountAmount", order.discountCents())
                .add("currency", order.currency()).add("connectionid", connectionId).add("customerid", customerId)
                .add("externalCreatedDate", order.created().toString())
                .add("externalUpdatedDate", order.updated().toString())).build();
        if (known.isPresent()) {
            JsonHttp.expectSuccess(call("PUT", "ecomOrders/" + known.get(), body), "ecomOrders");
            return known.get();
        }
        return JsonHttp.expectSuccess(call("POST", "ecomOrders", body), "ecomOrders").body()
                .getJsonObject("ecomOrder").getString("id");
    }

    private Optional<String> find(String resource, String connectionId, String externalId) throws DeliveryException {
        var answer = JsonHttp.expectSuccess(call("GET", resource + "?filters[connectionid]=" + encode(connectionId)
                + "&filters[externalid]=" + encode(externalId), null), resource);
        JsonArray list = answer.body().getJsonArray(resource);
        return list == null || list.isEmpty() ? Optional.empty()
                : Optional.of(list.getJsonObject(0).getString("id"));
    }

    private JsonHttp.Answer call(String method, String path, JsonObject body) throws DeliveryException {
        try {
            pacer.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", 0, true, null);
        }
        return JsonHttp.send(method, URI.create(base + path.replace("[", "%5B").replace("]", "%5D")), auth, body);
    }

    private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(name, value);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

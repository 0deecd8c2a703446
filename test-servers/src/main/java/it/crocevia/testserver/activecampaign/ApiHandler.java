package it.crocevia.testserver.activecampaign;

import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.JsonIo;
import it.crocevia.testserver.common.QueryParams;
import it.crocevia.testserver.common.SlidingWindowLimiter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One request to {@code /api/3/...}, checked in the order a client meets the checks: the
 * {@code Api-Token} (403 when missing or unknown), the account's rate limit (429 with
 * {@code Retry-After}), then the route (404) and the resource's own validation (422).
 *
 * <p>Every answer carries {@code RateLimit-Limit} and {@code RateLimit-Remaining}, as AC
 * documents them.
 */
final class ApiHandler {

    private final ActiveCampaignTestServer server;

    ApiHandler(ActiveCampaignTestServer server) {
        this.server = server;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Account account = null;
        try {
            if (!path.startsWith(ActiveCampaignTestServer.API_PREFIX)) {
                drain(exchange);
                throw Errors.noRoute();
            }
            account = server.accountOf(exchange.getRequestHeaders().getFirst("Api-Token")).orElse(null);
            if (account == null) {
                drain(exchange);
                throw Errors.forbidden();
            }
            Optional<Duration> wait = account.admit();
            if (wait.isPresent()) {
                drain(exchange);
                exchange.getResponseHeaders().set("Retry-After",
                        Integer.toString(SlidingWindowLimiter.retryAfterSeconds(wait.get())));
                throw Errors.tooManyRequests();
            }
            List<String> segments = List.of(path.substring(ActiveCampaignTestServer.API_PREFIX.length()).split("/"));
            AcRequest request = new AcRequest(exchange, account, segments,
                    QueryParams.parse(exchange.getRequestURI().getRawQuery()), server.now(), server.baseUrl());
            Reply reply = route(request, exchange.getRequestMethod());
            send(exchange, account, reply.status(), reply.body());
        } catch (AcException e) {
            send(exchange, account, e.status, e.body);
        }
    }

    private Reply route(AcRequest request, String method) throws AcException, IOException {
        List<String> p = request.path();
        String resource = p.get(0);
        String id = p.size() > 1 ? p.get(1) : null;
        boolean get = method.equals("GET");
        boolean post = method.equals("POST");
        boolean put = method.equals("PUT");
        if (get) {
            drain(request.exchange());
        }
        switch (resource) {
            case "users" -> {
                if (get && p.size() == 2 && id.equals("me")) {
                    return Reply.ok(Json.createObjectBuilder().add("user", server.user(request)).build());
                }
            }
            case "contact" -> {
                if (post && p.size() == 2 && id.equals("sync")) {
                    return Contacts.sync(request);
                }
            }
            case "contacts" -> {
                if (get && p.size() == 1) {
                    return Contacts.list(request);
                }
                if (get && p.size() == 2) {
                    return Contacts.get(request, id);
                }
            }
            case "connections" -> {
                if (get && p.size() == 1) {
                    return Connections.list(request);
                }
                if (post && p.size() == 1) {
                    return Connections.create(request);
                }
                if (get && p.size() == 2) {
                    return Connections.get(request, id);
                }
            }
            case "ecomCustomers" -> {
                if (get && p.size() == 1) {
                    return EcomCustomers.list(request);
                }
                if (post && p.size() == 1) {
                    return EcomCustomers.create(request);
                }
                if (get && p.size() == 2) {
                    return EcomCustomers.get(request, id);
                }
                if (put && p.size() == 2) {
                    return EcomCustomers.update(request, id);
                }
            }
            case "ecomOrders" -> {
                if (get && p.size() == 1) {
                    return EcomOrders.list(request);
                }
                if (post && p.size() == 1) {
                    return EcomOrders.create(request);
                }
                if (get && p.size() == 2) {
                    return EcomOrders.get(request, id);
                }
                if (put && p.size() == 2) {
                    return EcomOrders.update(request, id);
                }
                if (get && p.size() == 3 && p.get(2).equals("orderProducts")) {
                    return EcomOrders.products(request, id);
                }
            }
            default -> {
                // no such resource
            }
        }
        throw Errors.noRoute();
    }

    private static void send(HttpExchange exchange, Account account, int status, JsonObject body) throws IOException {
        if (account != null) {
            exchange.getResponseHeaders().set("RateLimit-Limit", Integer.toString(account.limiter().limit().count()));
            exchange.getResponseHeaders().set("RateLimit-Remaining", Integer.toString(account.limiter().remaining()));
        }
        JsonIo.send(exchange, status, body);
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}

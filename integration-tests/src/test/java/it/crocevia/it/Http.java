package it.crocevia.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the REST API, signed in with a bearer token of the test provider. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private final HttpClient client;
    private final URI base;
    private final String token;
    private final String language;
    private final String erpKey;

    private Http(HttpClient client, URI base, String token, String language, String erpKey) {
        this.client = client;
        this.base = base;
        this.token = token;
        this.language = language;
        this.erpKey = erpKey;
    }

    static Http as(URI base, String username, String... roles) {
        return new Http(CLIENT, base, TestServices.oidc().accessToken(username, "crocevia-console", roles), "it", null);
    }

    static Http anonymous(URI base) {
        return new Http(CLIENT, base, null, "it", null);
    }

    /** A customer's browser on the portal: no token, and cookies of its own (its session). */
    static Http customer(URI base) {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager()).build();
        return new Http(client, base, null, "it", null);
    }

    /** The ERP, signed in with its own key instead of a token. */
    static Http erp(URI base, String key) {
        return new Http(CLIENT, base, null, "it", key);
    }

    Http inLanguage(String tag) {
        return new Http(client, base, token, tag, erpKey);
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A file the API hands out, asking for {@code accept} (and JSON, for an error). */
    Reply download(String path, String accept) throws IOException, InterruptedException {
        return send(request(path).setHeader("Accept", accept + ", application/json").GET());
    }

    Reply put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Accept-Language", language);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (erpKey != null) {
            builder.header("X-Crocevia-Erp-Key", erpKey);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""),
                String.join("\n", response.headers().allValues("Set-Cookie")));
    }

    record Reply(int status, String body, String location, String contentType, String disposition, String setCookie) {

        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        JsonObject object() {
            return json().asJsonObject();
        }
    }
}

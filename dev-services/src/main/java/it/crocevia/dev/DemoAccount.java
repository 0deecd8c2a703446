package it.crocevia.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Makes sure the demo account exists, through Crocevia's own REST API and a token of the
 * development OIDC provider, so that a new user can press "Sincro Ordini" at once.
 */
final class DemoAccount {

    static final String DESCRIPTION = "Negozio demo (PrestaShop)";

    private DemoAccount() {
    }

    /** @return whether the demo account is there (created now or by an earlier run) */
    static boolean ensure(URI console, DevOidcProvider oidc, String shopUrl, String key, PrintStream out) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = oidc.accessToken("demo", DevOidcProvider.CLIENT_ID, "operator");
        try {
            var list = client.send(request(console.resolve("api/v1/accounts"), token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (list.statusCode() == 200 && list.body().contains("\"" + DESCRIPTION + "\"")) {
                return true;
            }
            String json = """
                    {"description": "%s", "platform": "PRESTASHOP", "shopUrl": "%s", "secret": "%s",
                     "syncOrders": true, "updateCustomers": true}""".formatted(DESCRIPTION, shopUrl, key);
            var created = client.send(request(console.resolve("api/v1/accounts"), token)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() == 201) {
                return true;
            }
            out.println("The demo account could not be created (HTTP " + created.statusCode() + "): " + created.body());
        } catch (IOException e) {
            out.println("The demo account could not be created: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static HttpRequest.Builder request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }
}

package it.crocevia.catalog.control;

import it.crocevia.catalog.boundary.MerchantCheck;
import it.crocevia.catalog.boundary.MerchantCheck.Outcome;
import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.ProductRejectedException;
import it.crocevia.connector.boundary.RemoteException;
import it.crocevia.platform.boundary.RetryAfter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Google's Merchant API (v1, {@code https://merchantapi.googleapis.com}) for one merchant account and
 * one API data source, signed in as a service account ({@link GoogleAccessTokens}): the adapter
 * through which a Google Shopping account pushes its articles.
 *
 * <ul>
 *   <li>{@link #insert}: {@code POST /products/v1/accounts/{a}/productInputs:insert?dataSource=...};
 *       Google replaces the input of the same language, feed label and offer id, so sending one
 *       again never makes a second;</li>
 *   <li>{@link #delete}: {@code DELETE /products/v1/accounts/{a}/productInputs/{id}?dataSource=...},
 *       the id being {@code language~feedLabel~offerId} in unpadded base64url, as Google requires for
 *       an offer id with {@code /} or {@code ~} and recommends for all;</li>
 *   <li>{@link #check}: reads the data source ({@code GET /datasources/v1/...}), which proves the key,
 *       the project's registration, the access to the account and the data source at once.</li>
 * </ul>
 *
 * <p>Failures: Google's 429 and 5xx, and no answer at all, are tried again with exponential backoff
 * (a {@code Retry-After} is honoured), a few times, then {@link RemoteException}. Unlike a shop's
 * POST, the insert is retried too: being an upsert, doing it twice leaves what doing it once
 * leaves. A token the API refuses is dropped and the call made once more with a new one. A 400 for
 * the product is a {@link ProductRejectedException} with Google's message (the job reports it and
 * goes on); a refused key, account or data source is a {@link RemoteException}, since no other
 * product would fare better. The key and the tokens are never logged; request paths carry only the
 * account and data source ids.
 */
public final class MerchantApi {

    public static final String DEFAULT_URL = "https://merchantapi.googleapis.com";
    private static final Logger LOG = Logger.getLogger(MerchantApi.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final String JSON = "application/json";

    /** How often and how long to wait before giving up on Google. */
    record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

        static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30));

        /** The wait after failed attempt {@code attempt} (1-based): doubling, capped, with jitter. */
        Duration backoff(int attempt) {
            long base = Math.min(firstDelay.toMillis() << Math.min(attempt - 1, 20), maxDelay.toMillis());
            return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
        }
    }

    /** Google's answer: HTTP status, JSON body, and its error when it is one. */
    private record Reply(int status, JsonObject body, GoogleError error) {}

    /**
     * What went wrong with a call as a whole (not with one product): the outcome "Test connessione"
     * shows, and the message of the {@link RemoteException} a job gets.
     */
    private static final class Trouble extends Exception {

        private static final long serialVersionUID = 1L;
        private final Outcome outcome;

        Trouble(Outcome outcome, String message, Throwable cause) {
            super(message, cause);
            this.outcome = outcome;
        }
    }

    private final String base;
    private final String serviceAccountJson;
    private final String account;
    private final String dataSource;
    private final RetryPolicy retry;
    private final Clock clock;
    private GoogleAccessTokens tokens;

    /**
     * @param apiUrl the Merchant API's address; {@code null} or blank: {@link #DEFAULT_URL}
     * @param serviceAccountJson the service account's JSON key file (read at the first call, so a bad
     *     one is {@link Outcome#BAD_KEY} for {@link #check()}, not an exception here)
     * @param accountId the merchant account id ({@code 123456} or {@code accounts/123456})
     * @param dataSourceId the API data source's id ({@code 104628} or its full name)
     * @throws IllegalArgumentException when an id is not a number
     */
    public MerchantApi(String apiUrl, String serviceAccountJson, String accountId, String dataSourceId) {
        this(apiUrl, serviceAccountJson, accountId, dataSourceId, RetryPolicy.DEFAULT, Clock.systemUTC());
    }

    MerchantApi(String apiUrl, String serviceAccountJson, String accountId, String dataSourceId, RetryPolicy retry,
            Clock clock) {
        this.base = apiUrl == null || apiUrl.isBlank() ? DEFAULT_URL : apiUrl.strip().replaceAll("/+$", "");
        this.serviceAccountJson = serviceAccountJson;
        this.account = id(accountId, "accounts/", "merchant account");
        this.dataSource = id(dataSourceId, "accounts/" + account + "/dataSources/", "data source");
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Inserts (or replaces) one product input in the data source.
     *
     * @param productInput a {@code ProductInput}, as {@link MerchantProductMapper} makes it
     * @return the input as Google stored it, with its {@code name} and {@code product}
     * @throws ProductRejectedException Google refused this product; the message is Google's
     * @throws RemoteException Google could not be reached, or refused the key, the account or the data source
     */
    public JsonObject insert(JsonObject productInput) {
        Reply reply = answer("POST", "/products/v1/accounts/" + account + "/productInputs:insert?dataSource="
                + encode(dataSourceName()), productInput.toString());
        if (reply.status() == 200) {
            return reply.body();
        }
        if (reply.status() == 400 && !reply.error().concerns("data_source")) {
            throw new ProductRejectedException(reply.error().message());
        }
        throw failure(reply, "insert of " + productInput.getString("offerId", "a product"));
    }

    /**
     * Deletes one product input from the data source.
     *
     * @param offerId the offer id (the article code)
     * @param contentLanguage its language ({@code it})
     * @param feedLabel its feed label ({@code IT})
     * @return true when it was deleted, false when the data source had no such input
     * @throws RemoteException Google could not be reached, or refused the key, the account or the data source
     */
    public boolean delete(String offerId, String contentLanguage, String feedLabel) {
        String id = contentLanguage + "~" + feedLabel + "~" + offerId.strip().replaceAll("\\s+", " ");
        Reply reply = answer("DELETE", "/products/v1/accounts/" + account + "/productInputs/"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8))
                + "?dataSource=" + encode(dataSourceName()), null);
        if (reply.status() == 200) {
            return true;
        }
        if (reply.status() == 404 && reply.error().resourceType().endsWith("/ProductInput")) {
            return false;
        }
        throw failure(reply, "delete of " + offerId);
    }

    /** "Test connessione": signs in and reads the data source. Never throws. */
    public MerchantCheck check() {
        Reply reply;
        try {
            reply = call("GET", "/datasources/v1/" + dataSourceName(), null);
        } catch (Trouble t) {
            return new MerchantCheck(t.outcome, t.getMessage());
        }
        if (reply.status() == 200) {
            String input = reply.body().getString("input", "");
            String name = reply.body().getString("displayName", dataSourceName());
            return "API".equals(input) ? new MerchantCheck(Outcome.OK, name)
                    : new MerchantCheck(Outcome.DATA_SOURCE_NOT_API, name + " takes " + input + " input, not API");
        }
        if (reply.status() == 404) {
            return new MerchantCheck(Outcome.DATA_SOURCE_MISSING, dataSourceName() + ": " + reply.error().message());
        }
        return new MerchantCheck(Outcome.REMOTE_ERROR, "HTTP " + reply.status() + ": " + reply.error().message());
    }

    private String dataSourceName() {
        return "accounts/" + account + "/dataSources/" + dataSource;
    }

    /** {@link #call}, with a failure of the whole call as the job sees it. */
    private Reply answer(String method, String path, String body) {
        try {
            return call(method, path, body);
        } catch (Trouble t) {
            var outcome = switch (t.outcome) {
                case UNREACHABLE -> ConnectionCheck.Outcome.UNREACHABLE;
                case BAD_KEY, NO_ACCESS, PROJECT_NOT_REGISTERED -> ConnectionCheck.Outcome.BAD_CREDENTIALS;
                default -> ConnectionCheck.Outcome.REMOTE_ERROR;
            };
            throw new RemoteException(outcome, "Merchant API: " + t.getMessage(), t.getCause());
        }
    }

    private RemoteException failure(Reply reply, String what) {
        String problem = reply.status() == 404 && reply.error().resourceType().endsWith("/DataSource")
                ? "the data source " + dataSourceName() + " does not exist"
                : "HTTP " + reply.status() + " " + reply.error().status() + ": " + reply.error().message();
        return new RemoteException(ConnectionCheck.Outcome.REMOTE_ERROR, "Merchant API " + what + ": " + problem, null);
    }

    /**
     * One call with its retries. Returns Google's answer when it is a success or an error of the
     * request (4xx but 401, 403 and 429); throws when the key, the account or the project is
     * refused, or when Google stays unavailable.
     */
    private Reply call(String method, String path, String body) throws Trouble {
        URI uri = URI.create(base + path);
        boolean freshToken = false;
        Trouble last = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            Duration wait;
            try {
                var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", JSON)
                        .header("Authorization", "Bearer " + tokens().token())
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                if (body != null) {
                    request.header("Content-Type", JSON);
                }
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                JsonObject json = GoogleAccessTokens.json(response.body());
                var reply = new Reply(status, json, GoogleError.of(json));
                if (status == 401 && reply.error().badToken(response) && !freshToken) {
                    tokens.forget();
                    freshToken = true;
                    attempt--;
                    continue;
                }
                if (status == 401 || status == 403) {
                    throw refused(reply);
                }
                if (status != 429 && status < 500) {
                    return reply;
                }
                last = new Trouble(Outcome.REMOTE_ERROR, "HTTP " + status + " " + reply.error().status() + " from "
                        + method + " " + uri.getRawPath() + ": " + reply.error().message(), null);
                wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), MAX_RETRY_AFTER)
                        .orElse(retry.backoff(attempt));
            } catch (GoogleAccessTokens.Refused e) {
                if (!e.retryable()) {
                    throw new Trouble(Outcome.BAD_KEY, "Google refused the service account key: " + e.getMessage(), e);
                }
                last = new Trouble(Outcome.REMOTE_ERROR, "the token endpoint answered " + e.getMessage(), e);
                wait = retry.backoff(attempt);
            } catch (IOException e) {
                last = new Trouble(Outcome.UNREACHABLE, "no answer from " + uri.getHost() + ": " + e, e);
                wait = retry.backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Trouble(Outcome.UNREACHABLE, "interrupted while calling " + uri.getHost(), e);
            }
            if (attempt < retry.maxAttempts()) {
                LOG.log(Level.FINE, "Merchant API {0} {1}: attempt {2} of {3} failed ({4}); retrying in {5} ms",
                        new Object[] {method, uri.getRawPath(), attempt, retry.maxAttempts(), last.getMessage(),
                            wait.toMillis()});
                sleep(wait);
            }
        }
        throw new Trouble(last.outcome, last.getMessage() + " (after " + retry.maxAttempts() + " attempts)",
                last.getCause());
    }

    /** The tokens of the key, read at the first call. */
    private synchronized GoogleAccessTokens tokens() throws Trouble {
        if (tokens == null) {
            try {
                tokens = new GoogleAccessTokens(HTTP, ServiceAccountKey.parse(serviceAccountJson), clock, TIMEOUT);
            } catch (IllegalArgumentException e) {
                throw new Trouble(Outcome.BAD_KEY, e.getMessage(), null);
            }
        }
        return tokens;
    }

    /** A 401 or 403 for a token Google accepted: the project, the account, or the key's rights. */
    private static Trouble refused(Reply reply) {
        GoogleError error = reply.error();
        if ("GCP_NOT_REGISTERED".equals(error.reason()) || error.message().contains("is not registered")) {
            return new Trouble(Outcome.PROJECT_NOT_REGISTERED, error.message(), null);
        }
        if (reply.status() == 401 && error.badToken(null)) {
            return new Trouble(Outcome.BAD_KEY, "Google refused a new token: " + error.message(), null);
        }
        return new Trouble(Outcome.NO_ACCESS, error.message(), null);
    }

    private static void sleep(Duration wait) throws Trouble {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Trouble(Outcome.UNREACHABLE, "interrupted while waiting to retry", e);
        }
    }

    private static String id(String value, String prefix, String what) {
        String id = value == null ? "" : value.strip();
        if (id.startsWith(prefix)) {
            id = id.substring(prefix.length());
        }
        if (!id.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("the " + what + " id must be a number: " + value);
        }
        return id;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Google's error body ({@code {"error":{"code","message","status","details"}}}): its message, its
     * canonical status, and from the details the {@code ErrorInfo} reason, the {@code ResourceInfo}
     * type and the {@code BadRequest} fields.
     */
    record GoogleError(String message, String status, String reason, String resourceType, List<String> fields) {

        static GoogleError of(JsonObject body) {
            JsonObject error = body.get("error") instanceof JsonObject e ? e : JsonValue.EMPTY_JSON_OBJECT;
            String reason = "";
            String resourceType = "";
            List<String> fields = new ArrayList<>();
            JsonArray details = error.get("details") instanceof JsonArray d ? d : JsonValue.EMPTY_JSON_ARRAY;
            for (JsonObject detail : details.getValuesAs(JsonObject.class)) {
                String type = detail.getString("@type", "");
                if (type.endsWith("google.rpc.ErrorInfo")) {
                    reason = detail.getString("reason", "");
                } else if (type.endsWith("google.rpc.ResourceInfo")) {
                    resourceType = detail.getString("resourceType", "");
                } else if (type.endsWith("google.rpc.BadRequest")
                        && detail.get("fieldViolations") instanceof JsonArray violations) {
                    violations.getValuesAs(JsonObject.class).forEach(v -> fields.add(v.getString("field", "")));
                }
            }
            return new GoogleError(error.getString("message", body.isEmpty() ? "no error body" : body.toString()),
                    error.getString("status", ""), reason, resourceType, List.copyOf(fields));
        }

        /** Whether a field at fault is this one or inside it. */
        boolean concerns(String field) {
            return fields.stream().anyMatch(f -> f.equals(field) || f.startsWith(field + "."));
        }

        /**
         * Whether Google refused the token itself (missing, expired, revoked), rather than what the
         * token's account may do: its {@code WWW-Authenticate} says {@code invalid_token}, or the
         * reason is one of Google's authentication layer.
         */
        boolean badToken(HttpResponse<String> response) {
            boolean challenge = response != null && response.headers().firstValue("WWW-Authenticate")
                    .map(value -> value.contains("invalid_token")).orElse(false);
            return challenge || reason.startsWith("ACCESS_TOKEN") || reason.equals("CREDENTIALS_MISSING");
        }
    }
}

package it.crocevia.dev;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import kotlin.jvm.functions.Function1;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpServer;
import no.nav.security.mock.oauth2.http.Ssl;
import okhttp3.HttpUrl;

/**
 * The HTTP server of the development provider: mock-oauth2-server's own, plus one rewrite of the
 * interactive login form before the server reads it.
 *
 * <p>Why here: mock-oauth2-server merges the claims typed on its login page into the tokens it
 * issues for that login, but it never shows the typed username to an {@code OAuth2TokenCallback}
 * (it only uses it as the subject). Putting the {@code roles} and {@code preferred_username} claims
 * into the submitted claims JSON is the one place where both the username and the typed claims are
 * known, and the server then carries them into the ID token, the access token and refreshed tokens.
 */
final class LoginRolesHttpServer implements OAuth2HttpServer {

    /** The users of the development provider who get a role without typing any claims. */
    static final Set<String> ROLE_USERS = Set.of("admin", "operator", "viewer");

    private static final System.Logger LOG = System.getLogger(LoginRolesHttpServer.class.getName());
    private static final String AUTHORIZE_PATH = "/authorize";

    private final OAuth2HttpServer delegate;
    private final Queue<String> endSessionQueries = new ConcurrentLinkedQueue<>();

    LoginRolesHttpServer(OAuth2HttpServer delegate) {
        this.delegate = delegate;
    }

    /** The query strings of the RP-initiated logouts received so far (tests check that sign-out reached us). */
    List<String> endSessionQueries() {
        return List.copyOf(endSessionQueries);
    }

    /**
     * The claims a login gets: the typed ones, with {@code preferred_username} set to the username
     * and {@code roles} taken from the typed claims if present, else {@code [username]} for
     * {@code admin}, {@code operator} and {@code viewer}, else none ({@code []}: no access).
     *
     * @param username what was typed in the username field
     * @param typedClaims what was typed in the claims field: JSON, or blank
     * @return the claims as a JSON object
     */
    static String loginClaims(String username, String typedClaims) {
        Map<String, Object> claims = new LinkedHashMap<>(parseObject(typedClaims));
        claims.put("preferred_username", username);
        claims.computeIfAbsent("roles", k -> ROLE_USERS.contains(username) ? List.of(username) : List.of());
        return JSONObjectUtils.toJSONString(claims);
    }

    private static Map<String, Object> parseObject(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "Ignoring the claims typed at login, they are not a JSON object: {0}",
                    e.getMessage());
            return Map.of();
        }
    }

    private OAuth2HttpRequest rewriteLogin(OAuth2HttpRequest request) {
        boolean loginSubmit = "POST".equals(request.getMethod())
                && request.getOriginalUrl().encodedPath().endsWith(AUTHORIZE_PATH)
                && request.getBody() != null;
        if (!loginSubmit) {
            return request;
        }
        Map<String, String> form = parseForm(request.getBody());
        String username = form.get("username");
        if (username == null) {
            return request; // let the server report the missing username
        }
        form.put("claims", loginClaims(username, form.get("claims")));
        return request.copy(request.getHeaders(), request.getMethod(), request.getOriginalUrl(), toForm(form));
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String toForm(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Function1<OAuth2HttpRequest, OAuth2HttpResponse> withLoginRoles(
            Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> handler) {
        return request -> {
            if (request.getOriginalUrl().encodedPath().endsWith("/endsession")) {
                String query = request.getOriginalUrl().encodedQuery();
                endSessionQueries.add(query == null ? "" : query);
            }
            return handler.invoke(rewriteLogin(request));
        };
    }

    @Override
    public OAuth2HttpServer start(Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> handler) {
        delegate.start(withLoginRoles(handler));
        return this;
    }

    @Override
    public OAuth2HttpServer start(int port, Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> handler) {
        delegate.start(port, withLoginRoles(handler));
        return this;
    }

    @Override
    public OAuth2HttpServer start(InetAddress address, int port,
            Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> handler) {
        delegate.start(address, port, withLoginRoles(handler));
        return this;
    }

    @Override
    public OAuth2HttpServer stop() {
        delegate.stop();
        return this;
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public int port() {
        return delegate.port();
    }

    @Override
    public HttpUrl url(String path) {
        return delegate.url(path);
    }

    @Override
    public Ssl sslConfig() {
        return delegate.sslConfig();
    }
}

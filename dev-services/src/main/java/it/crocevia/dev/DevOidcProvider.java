package it.crocevia.dev;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A development OpenID Connect provider (mock-oauth2-server) for the console's operator sign-in,
 * so that neither the developer nor the tests need a real identity provider.
 *
 * <p>Its login page accepts any username; the tokens of a login carry {@code preferred_username}
 * (WildFly's principal attribute) and a top-level {@code roles} claim (the role source WildFly's
 * elytron-oidc-client reads): {@code admin}, {@code operator} and {@code viewer} get the role of that
 * name, anybody else none, unless the claims typed on the login page contain {@code roles}
 * (the rule is in {@code LoginRolesHttpServer.loginClaims}).
 *
 * <p>The issuer is {@link #issuerUrl()}, on 127.0.0.1: mock-oauth2-server derives the issuer from
 * the address it is called on, so clients must use that same address. Every client id and secret is
 * accepted; Crocevia uses {@link #CLIENT_ID} and {@link #CLIENT_SECRET}.
 */
public final class DevOidcProvider implements AutoCloseable {

    /** The issuer's path segment: the provider URL is {@code http://127.0.0.1:<port>/crocevia}. */
    public static final String ISSUER_ID = "crocevia";
    /** The console's client id. */
    public static final String CLIENT_ID = "crocevia-console";
    /** The console's client secret (any secret is accepted). */
    public static final String CLIENT_SECRET = "crocevia-dev-secret";

    private static final System.Logger LOG = System.getLogger(DevOidcProvider.class.getName());
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final int requestedPort;
    /** Kept outside the server so that the signing keys stay the same for the provider's life. */
    private final OAuth2TokenProvider tokenProvider = new OAuth2TokenProvider();
    private MockOAuth2Server server;
    private LoginRolesHttpServer httpServer;
    private int port;

    /** @param port the TCP port on 127.0.0.1, or 0 for a free one chosen at {@link #start()} */
    public DevOidcProvider(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.requestedPort = port;
    }

    /** Starts the provider with interactive login. */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("The OIDC provider is already running on port " + port);
        }
        OAuth2Config config = new OAuth2Config(
                true, // interactive login: the login page where one types a username and claims
                null,
                null,
                false,
                tokenProvider,
                Set.of(new ClientTokenCallback()),
                httpServer = new LoginRolesHttpServer(new MockWebServerWrapper()));
        MockOAuth2Server candidate = new MockOAuth2Server(config);
        candidate.start(loopback(), requestedPort);
        server = candidate;
        port = config.getHttpServer().port();
        LOG.log(Level.INFO, "Development OIDC provider started at {0}", issuerUrl());
    }

    /** Stops the provider (a no-op when it is not running). */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.shutdown();
                LOG.log(Level.INFO, "Development OIDC provider at {0} stopped", issuerUrl());
            } finally {
                server = null;
            }
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** @return the port the provider listens on (before the first start: the port asked for, maybe 0) */
    public synchronized int port() {
        return port != 0 ? port : requestedPort;
    }

    /**
     * The query strings of the RP-initiated logouts ({@code end_session_endpoint}) received since
     * the provider started, oldest first.
     */
    public synchronized List<String> endSessionRequests() {
        return httpServer == null ? List.of() : httpServer.endSessionQueries();
    }

    /** @return the OIDC provider URL, {@code http://127.0.0.1:<port>/crocevia} */
    public String issuerUrl() {
        return "http://127.0.0.1:" + port() + "/" + ISSUER_ID;
    }

    /**
     * Issues an access token without a browser login, for calling the REST API as a Bearer token.
     * It is signed with the provider's keys (its JWKS verifies it) and carries what WildFly checks:
     * {@code iss}, {@code sub}, {@code exp} and {@code typ: Bearer}, plus the role claims.
     *
     * @param username the {@code sub} and {@code preferred_username}
     * @param clientId the {@code azp} and the {@code aud}
     * @param roles the {@code roles} claim (may be empty)
     * @return the signed JWT, valid for one hour
     */
    public String accessToken(String username, String clientId, String... roles) {
        if (server == null) {
            throw new IllegalStateException("The OIDC provider is not running");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuerUrl());
        claims.put("sub", username);
        claims.put("aud", List.of(clientId));
        claims.put("azp", clientId);
        claims.put("typ", "Bearer");
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("preferred_username", username);
        claims.put("roles", List.of(roles));
        return tokenProvider.jwt(claims, TOKEN_LIFETIME, ISSUER_ID).serialize();
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The defaults for tokens of the {@code crocevia} issuer: audience and {@code azp} are the
     * client's id, one hour of validity. For an interactive login the server replaces the subject
     * with the typed username and adds the login's claims (roles, preferred_username).
     */
    private static final class ClientTokenCallback implements OAuth2TokenCallback {

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return clientId(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return JOSEObjectType.JWT.getType();
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return List.of(clientId(request));
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            return Map.of("azp", clientId(request));
        }

        @Override
        public long tokenExpiry() {
            return TOKEN_LIFETIME.toSeconds();
        }

        private static String clientId(TokenRequest request) {
            ClientAuthentication authentication = request.getClientAuthentication();
            if (authentication != null) {
                return authentication.getClientID().getValue();
            }
            return request.getClientID() != null ? request.getClientID().getValue() : CLIENT_ID;
        }
    }
}

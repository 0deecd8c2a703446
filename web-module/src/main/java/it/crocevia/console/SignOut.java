package it.crocevia.console;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Signs the operator out here and at the identity provider (OpenID Connect RP-initiated
 * logout): the local session ends, then the browser goes to the provider's
 * {@code end_session_endpoint} with the ID token as hint, and comes back to the
 * signed-out page. Without this, the next visit would sign the operator straight back in.
 */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    @Resource(lookup = "java:global/crocevia/oidc-provider-url")
    String providerUrl;

    @Resource(lookup = "java:global/crocevia/oidc-client-id")
    String clientId;

    private volatile String endSessionEndpoint;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var oidc = (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
        String idToken = oidc == null ? null : oidc.getIDTokenString();
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // the OIDC logout may already have ended it
            }
        }
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/signed-out.xhtml";
        String endpoint = endSessionEndpoint();
        if (endpoint == null) {
            response.sendRedirect(back);
            return;
        }
        var target = new StringBuilder(endpoint).append(endpoint.contains("?") ? '&' : '?')
                .append("client_id=").append(encode(clientId))
                .append("&post_logout_redirect_uri=").append(encode(back));
        if (idToken != null) {
            target.append("&id_token_hint=").append(encode(idToken));
        }
        response.sendRedirect(target.toString());
    }

    private String endSessionEndpoint() {
        if (endSessionEndpoint == null) {
            try {
                var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                var discovery = HttpRequest.newBuilder(URI.create(providerUrl + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(5)).GET().build();
                var body = client.send(discovery, HttpResponse.BodyHandlers.ofString()).body();
                try (var reader = Json.createReader(new StringReader(body))) {
                    endSessionEndpoint = reader.readObject().getString("end_session_endpoint", null);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot read the identity provider''s discovery document at {0}: {1}",
                        new Object[] {providerUrl, e.toString()});
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return endSessionEndpoint;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

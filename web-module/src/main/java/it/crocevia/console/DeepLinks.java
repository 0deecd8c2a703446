package it.crocevia.console;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Keeps a console link's query string through the SSO sign-in. Elytron's OIDC client sends the
 * browser back, after the provider, to the requested path without its query (ELY-2242: the
 * redirect URI may not carry one), so a link such as {@code accounts/edit.xhtml?id=3} used to land
 * on an empty new-account form.
 *
 * <p>Runs before the security handlers: when the answer to a GET with a query is the redirect to
 * the provider's authorization endpoint, the path and query are kept in a short-lived cookie; when
 * the answer to the provider's callback ({@code code} and {@code state}) is the redirect to that
 * same path, the query is put back and the cookie removed. Only the query of the same path on the
 * same host is ever restored, so the cookie cannot send anyone elsewhere.
 */
public final class DeepLinks implements ServletExtension {

    static final String COOKIE = "crocevia-deep-link";
    private static final int KEPT_SECONDS = 600;
    private static final int MAX_LENGTH = 2000;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        String contextPath = deployment.getContextPath();
        deployment.addOuterHandlerChainWrapper(next -> new Handler(next, contextPath));
    }

    /**
     * The redirect {@code location} with the kept link's query, when the link is a path of this
     * application with a query and the redirect goes to that same path without one; else nothing.
     */
    static Optional<String> restored(String location, String link, String contextPath) {
        int query = link.indexOf('?');
        if (query < 0 || !link.startsWith(contextPath + "/") || link.startsWith("//")
                || link.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        URI target;
        try {
            target = URI.create(location);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (target.getRawQuery() != null || !link.substring(0, query).equals(target.getRawPath())) {
            return Optional.empty();
        }
        String origin = target.isAbsolute() ? target.getScheme() + "://" + target.getRawAuthority() : "";
        return Optional.of(origin + link);
    }

    private record Handler(HttpHandler next, String contextPath) implements HttpHandler {

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (Methods.GET.equals(exchange.getRequestMethod())) {
                var params = exchange.getQueryParameters();
                if (params.containsKey("code") && params.containsKey("state")) {
                    Cookie kept = exchange.getRequestCookie(COOKIE);
                    if (kept != null) {
                        exchange.addResponseCommitListener(done -> restore(done, kept.getValue()));
                    }
                } else if (!exchange.getQueryString().isEmpty()) {
                    String link = exchange.getRequestURI() + "?" + exchange.getQueryString();
                    if (link.length() <= MAX_LENGTH) {
                        exchange.addResponseCommitListener(done -> keep(done, link));
                    }
                }
            }
            next.handleRequest(exchange);
        }

        /** The answer sends the browser to the provider to sign in: the link waits for its return. */
        private void keep(HttpServerExchange exchange, String link) {
            String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
            if (isRedirect(exchange) && location != null && location.contains("response_type=code")) {
                exchange.setResponseCookie(cookie(exchange, URLEncoder.encode(link, StandardCharsets.UTF_8),
                        KEPT_SECONDS));
            }
        }

        /** The answer to the provider's callback goes to the link's path: it gets its query back. */
        private void restore(HttpServerExchange exchange, String value) {
            exchange.setResponseCookie(cookie(exchange, "", 0));
            String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
            if (isRedirect(exchange) && location != null) {
                restored(location, URLDecoder.decode(value, StandardCharsets.UTF_8), contextPath)
                        .ifPresent(target -> exchange.getResponseHeaders().put(Headers.LOCATION, target));
            }
        }

        private static boolean isRedirect(HttpServerExchange exchange) {
            int status = exchange.getStatusCode();
            return status == 302 || status == 303 || status == 307;
        }

        private Cookie cookie(HttpServerExchange exchange, String value, int maxAge) {
            return new CookieImpl(COOKIE, value).setPath(contextPath.isEmpty() ? "/" : contextPath).setHttpOnly(true)
                    .setSecure("https".equals(exchange.getRequestScheme())).setSameSiteMode("Lax").setMaxAge(maxAge);
        }
    }
}

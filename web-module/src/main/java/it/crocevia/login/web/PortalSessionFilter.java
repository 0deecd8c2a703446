package it.crocevia.login.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * In front of the customer portal and its API: checks the customer's sign-in on every request,
 * keeps signed-out visitors off the private pages (the portal's home, the password change) and
 * a customer who must change the password on the change page; no page is cached, framed, or
 * sends its address (which may hold a reset token) as a Referer.
 */
@WebFilter(urlPatterns = {"/portal/*", "/api/portal/*"})
public class PortalSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PRIVATE_PAGES = Set.of("/portal/home.xhtml", "/portal/change.xhtml");
    private static final String CHANGE_PAGE = "/portal/change.xhtml";

    @Inject
    PortalSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        var current = sessions.check(request);
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (PRIVATE_PAGES.contains(path)) {
            if (current.isEmpty()) {
                response.sendRedirect(request.getContextPath() + "/portal/login.xhtml");
                return;
            }
            if (current.get().mustChange() && !CHANGE_PAGE.equals(path)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

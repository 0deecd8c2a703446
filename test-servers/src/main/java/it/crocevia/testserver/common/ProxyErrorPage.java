package it.crocevia.testserver.common;

import java.util.Locale;

/**
 * The HTML error page of the nginx in front of a shop, for injected 429 and 502/503/504: those
 * come from the web server, CDN or load balancer, never from the platform's PHP, so a client must
 * cope with a body that is not the platform's JSON or XML.
 */
public final class ProxyErrorPage {

    /** The content type nginx sends with its error pages. */
    public static final String CONTENT_TYPE = "text/html";

    private static final String NGINX_PAGE = "<html>\r\n<head><title>%1$d %2$s</title></head>\r\n<body>\r\n"
            + "<center><h1>%1$d %2$s</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private ProxyErrorPage() {}

    /**
     * @param status an HTTP error status
     * @return nginx's page for it
     */
    public static String nginx(int status) {
        return String.format(Locale.ROOT, NGINX_PAGE, status, reason(status));
    }

    private static String reason(int status) {
        return switch (status) {
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Error";
        };
    }
}

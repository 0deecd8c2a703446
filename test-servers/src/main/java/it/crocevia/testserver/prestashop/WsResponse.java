package it.crocevia.testserver.prestashop;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import it.crocevia.testserver.common.ResponseBody;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The headers PrestaShop's webservice puts on its answers: {@code Access-Time},
 * {@code X-Powered-By}, {@code Execution-Time} (seconds, PHP's {@code round(..., 3)}),
 * {@code Content-Sha1} of the body and, only once the key is authenticated, {@code PSWS-Version}.
 *
 * <p>Simplification: bodies larger than {@link #BUFFER_LIMIT} are streamed, so they carry no
 * {@code Content-Sha1} and their {@code Execution-Time} stops when streaming starts.
 */
final class WsResponse {

    static final int BUFFER_LIMIT = 8 * 1024 * 1024;

    /** Writes a body. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final HttpExchange exchange;
    private final long startNanos;
    private final Renderer renderer;
    private final String version;
    private boolean authenticated;

    WsResponse(HttpExchange exchange, long startNanos, Renderer renderer, String version) {
        this.exchange = exchange;
        this.startNanos = startNanos;
        this.renderer = renderer;
        this.version = version;
        Headers headers = exchange.getResponseHeaders();
        headers.set("Access-Time", Long.toString(System.currentTimeMillis() / 1000));
        headers.set("X-Powered-By", "PrestaShop Webservice");
    }

    void authenticated() {
        authenticated = true;
    }

    void send(int status, Body body) throws IOException {
        send(status, renderer.contentType(), body);
    }

    /** An answer in a given type: the XML of the images resource, or an image's bytes. */
    void send(int status, String contentType, Body body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        try (ResponseBody out = new ResponseBody(exchange, status, BUFFER_LIMIT, complete -> {
            finalHeaders();
            complete.ifPresent(bytes -> exchange.getResponseHeaders().set("Content-Sha1", sha1(bytes)));
        })) {
            body.write(out);
        }
    }

    void error(WebserviceException e) throws IOException {
        if (e.challenge) {
            exchange.getResponseHeaders().set("WWW-Authenticate", PrestaShopTestServer.REALM);
        }
        send(e.status, out -> renderer.errors(out, e.errors));
    }

    /** PrestaShop's answer for a single record that does not exist: 404 and no body at all. */
    void notFoundWithoutBody() throws IOException {
        noContent(404);
    }

    /** An answer without body or content type, such as a successful {@code DELETE}'s 200. */
    void noContent(int status) throws IOException {
        finalHeaders();
        exchange.sendResponseHeaders(status, -1);
        exchange.getResponseBody().close();
    }

    private void finalHeaders() {
        Headers headers = exchange.getResponseHeaders();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        headers.set("Execution-Time",
                BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        if (authenticated) {
            headers.set("PSWS-Version", version);
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is always available", e);
        }
    }
}

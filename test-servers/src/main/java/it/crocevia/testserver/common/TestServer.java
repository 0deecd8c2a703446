package it.crocevia.testserver.common;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Base of the platform test servers: the JDK HTTP server bound to 127.0.0.1 with a fixed pool of
 * worker threads, fault injection before every API request, and a request log.
 *
 * <p>A subclass implements {@link #handle(HttpExchange)} (the platform's API), names the resource
 * a request addresses for the log, and writes injected failures in the platform's own error
 * format. Port 0 picks a free port, so parallel test classes never collide.
 */
public abstract class TestServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TestServer.class.getName());
    private static final int THREADS = 8;
    private static final int BACKLOG = 128;
    private static final int RECENT_REQUESTS = 2_000;

    static {
        // The JDK server leaves Nagle's algorithm on; with the client's delayed ACK every response
        // written in two segments would then stall 40 ms. Real web servers set TCP_NODELAY.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final int requestedPort;
    private final Faults faults = new Faults();
    private final RequestLog requests = new RequestLog(RECENT_REQUESTS);
    private HttpServer server;
    private ExecutorService executor;

    /** @param port the port to bind, 0 for a free one */
    protected TestServer(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("invalid port " + port);
        }
        this.requestedPort = port;
    }

    /**
     * Binds and starts serving.
     *
     * @return this
     */
    public synchronized TestServer start() {
        if (server != null) {
            return this;
        }
        try {
            HttpServer created = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), BACKLOG);
            executor = Executors.newFixedThreadPool(THREADS, runnable -> {
                Thread thread = new Thread(runnable, getClass().getSimpleName() + "-worker");
                thread.setDaemon(true);
                return thread;
            });
            created.setExecutor(executor);
            created.createContext("/", this::dispatch);
            created.start();
            server = created;
            LOG.log(System.Logger.Level.INFO, "{0} listening on {1}", getClass().getSimpleName(), baseUrl());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind port " + requestedPort, e);
        }
    }

    /** Stops serving and frees the port; a stopped server can be started again. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        executor = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** @return the bound port */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress().getPort();
    }

    /** @return {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** @return the faults injected into API requests, changeable while running */
    public Faults faults() {
        return faults;
    }

    /** @return what clients asked */
    public RequestLog requests() {
        return requests;
    }

    /**
     * Serves one request that was not failed by fault injection. It must send the response
     * headers; the exchange is closed afterwards.
     *
     * @param exchange the request
     * @throws IOException when the client goes away
     */
    protected abstract void handle(HttpExchange exchange) throws IOException;

    /**
     * @param uri a request URI
     * @return the platform resource it addresses, for {@link RequestLog#count(String)}
     */
    protected abstract String resourceOf(URI uri);

    /**
     * @param exchange a request
     * @return whether faults may be injected into it (API requests only, by default all)
     */
    protected boolean isApiRequest(HttpExchange exchange) {
        return true;
    }

    /**
     * Answers an injected failure. The default is a plain-text body; platforms override it with
     * their own error format.
     *
     * @param exchange the request
     * @param fault the failure to answer
     * @throws IOException when the client goes away
     */
    protected void writeFault(HttpExchange exchange, Fault fault) throws IOException {
        fault.retryAfter().ifPresent(seconds ->
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds)));
        sendText(exchange, fault.status(), "text/plain; charset=utf-8", "HTTP " + fault.status());
    }

    /**
     * Sends a small complete body.
     *
     * @param exchange the request
     * @param status HTTP status
     * @param contentType value of {@code Content-Type}
     * @param body the body
     * @throws IOException when the client goes away
     */
    protected static void sendText(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || bytes.length == 0;
        exchange.sendResponseHeaders(status, noBody ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!noBody) {
                out.write(bytes);
            }
        }
    }

    private void dispatch(HttpExchange exchange) {
        URI requestUri = exchange.getRequestURI();
        var slot = requests.arrived(Instant.now(), exchange.getRequestMethod(), requestUri, resourceOf(requestUri));
        try {
            Optional<Fault> fault = Optional.empty();
            if (isApiRequest(exchange)) {
                pause(faults.currentDelay());
                fault = faults.next();
            }
            if (fault.isPresent()) {
                drain(exchange.getRequestBody());
                writeFault(exchange, fault.get());
            } else {
                handle(exchange);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away: {0}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, () -> "test server failed on " + exchange.getRequestURI(), e);
            answerCrash(exchange);
        } finally {
            requests.answered(slot, exchange.getResponseCode());
            exchange.close();
        }
    }

    private static void answerCrash(HttpExchange exchange) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            sendText(exchange, 500, "text/plain; charset=utf-8", "test server error");
        } catch (IOException ignored) {
            LOG.log(System.Logger.Level.DEBUG, "client went away while answering a crash");
        }
    }

    private static void drain(InputStream body) throws IOException {
        try (body) {
            body.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

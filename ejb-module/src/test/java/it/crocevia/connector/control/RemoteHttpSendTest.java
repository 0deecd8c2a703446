package it.crocevia.connector.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import it.crocevia.connector.boundary.ConnectionCheck.Outcome;
import it.crocevia.connector.boundary.RemoteException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link RemoteHttp#send}: idempotent methods are retried, a POST never is. */
class RemoteHttpSendTest {

    private static final RemoteHttp.RetryPolicy FOUR_ATTEMPTS = new RemoteHttp.RetryPolicy(4, Duration.ofMillis(1),
            Duration.ofMillis(2), Duration.ofSeconds(5));

    private HttpServer server;
    /** How many answers are 503 before the server answers 200. */
    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                    + " " + body);
            int status = failures.getAndDecrement() > 0 ? 503 : 200;
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPutIsRetriedWithItsBody() {
        failures.set(2);

        var reply = http().send("PUT", uri(), Map.of(), "<x/>", "application/xml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(received).containsExactly("PUT application/xml <x/>", "PUT application/xml <x/>",
                "PUT application/xml <x/>");
    }

    @Test
    void aPostIsSentOnceEvenWhenItFails() {
        failures.set(1);

        assertThatThrownBy(() -> http().send("POST", uri(), Map.of(), "{}", "application/json"))
                .isInstanceOf(RemoteException.class).hasMessageContaining("not retried")
                .extracting(e -> ((RemoteException) e).outcome()).isEqualTo(Outcome.REMOTE_ERROR);
        assertThat(received).containsExactly("POST application/json {}");
    }

    @Test
    void aPostThatReachesNobodyIsUnreachable() {
        server.stop(0);

        assertThatThrownBy(() -> http().send("POST", uri(), Map.of(), "{}", "application/json"))
                .isInstanceOf(RemoteException.class).extracting(e -> ((RemoteException) e).outcome())
                .isEqualTo(Outcome.UNREACHABLE);
    }

    private RemoteHttp http() {
        return new RemoteHttp(RemoteHttp.newClient(), FOUR_ATTEMPTS);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/x");
    }
}

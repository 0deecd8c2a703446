package it.crocevia.dev;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for WildFly in LauncherTest (started by a fake {@code standalone.sh}): records its
 * arguments and the environment variables the launcher sets, then serves the health check, which
 * answers "DOWN" twice before "UP" so that the launcher has to wait for it.
 */
public final class FakeWildFly {

    static final List<String> RECORDED_ENV = List.of("DB_URL", "BATCH_DB_URL", "DB_USER", "DB_PASSWORD",
            "OIDC_PROVIDER_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "JBOSS_HOME", "LAUNCH_JBOSS_IN_BACKGROUND");

    public static void main(String[] args) throws IOException {
        Path baseDir = null;
        int port = 8080;
        for (String arg : args) {
            if (arg.startsWith("-Djboss.server.base.dir=")) {
                baseDir = Path.of(arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("-Djboss.http.port=")) {
                port = Integer.parseInt(arg.substring(arg.indexOf('=') + 1));
            }
        }
        List<String> record = new ArrayList<>(List.of(args));
        for (String name : RECORDED_ENV) {
            record.add(name + "=" + System.getenv(name));
        }
        Files.write(baseDir.resolve("fake-wildfly.txt"), record);
        System.out.println("fake WildFly starting on port " + port);

        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/crocevia/api/health", exchange -> {
            boolean up = calls.incrementAndGet() > 2;
            byte[] body = ("{\"status\": \"" + (up ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}

package it.crocevia.dev;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.RemoteHttp;
import it.crocevia.connector.prestashop.PrestaShopAdapter;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the benchmarks run against: an embedded MariaDB, the development OIDC provider and the real
 * WildFly with the built EAR ({@code ear/target/server}, {@code ear/target/crocevia.ear}), all under
 * {@code target/benchmark} of the project root, on fixed ports (HTTP {@value #HTTP_PORT}, management
 * {@value #MANAGEMENT_PORT}). Nothing runs until {@link #start()}; {@link #close()} stops the server,
 * then the provider, then the database.
 */
final class BenchmarkStack implements AutoCloseable {

    static final int HTTP_PORT = 18480;
    static final int MANAGEMENT_PORT = 19990;

    private final EmbeddedMariaDb db;
    private final DevOidcProvider oidc;
    private final WildFlyServer wildFly;
    private final URI console = URI.create("http://127.0.0.1:" + HTTP_PORT + "/crocevia/");

    /**
     * @param root the project root
     * @param work the benchmark's work directory, see {@link #freshWorkDir(Path)}
     */
    BenchmarkStack(Path root, Path work) {
        this.db = new EmbeddedMariaDb(work.resolve("mariadb/data"), work.resolve("mariadb/base"), 0);
        this.oidc = new DevOidcProvider(0);
        this.wildFly = new WildFlyServer(root.resolve("ear/target/server"), work.resolve("wildfly"),
                root.resolve("ear/target/crocevia.ear"));
    }

    /** @return {@code target/benchmark} of the project root, emptied (a run starts from nothing) */
    static Path freshWorkDir(Path root) throws IOException {
        Path work = root.resolve("target/benchmark");
        deleteTree(work);
        Files.createDirectories(work);
        return work;
    }

    /**
     * The adapter the server builds for a PrestaShop account, used outside the server to measure
     * what merely fetching and parsing costs.
     */
    static PrestaShopAdapter prestaShopAdapter(PrestaShopTestServer shop) {
        return new PrestaShopAdapter(new ShopConnection(0, Marketplace.PRESTASHOP, shop.shopUrl(), shop.apiKey(),
                null), new RemoteHttp(RemoteHttp.newClient(), RemoteHttp.RetryPolicy.DEFAULT));
    }

    /** Starts MariaDB, the OIDC provider and WildFly, and waits until the application answers its health check. */
    void start() throws Exception {
        db.start();
        oidc.start();
        var env = new LinkedHashMap<>(System.getenv());
        env.putAll(Map.of("DB_URL", db.jdbcUrl(EmbeddedMariaDb.DATABASE),
                "BATCH_DB_URL", db.jdbcUrl(EmbeddedMariaDb.BATCH_DATABASE), "DB_USER", EmbeddedMariaDb.USER,
                "DB_PASSWORD", EmbeddedMariaDb.PASSWORD, "OIDC_PROVIDER_URL", oidc.issuerUrl(),
                "OIDC_CLIENT_ID", DevOidcProvider.CLIENT_ID, "OIDC_CLIENT_SECRET", DevOidcProvider.CLIENT_SECRET));
        wildFly.start(env, List.of("-Djboss.http.port=" + HTTP_PORT, "-Djboss.socket.binding.port-offset=0",
                "-Djboss.management.http.port=" + MANAGEMENT_PORT));
        awaitHealthy(console.resolve("api/health"));
    }

    /** @return the REST API as a user of the development provider with these roles */
    Api api(String username, String... roles) {
        return new Api(console, oidc.accessToken(username, DevOidcProvider.CLIENT_ID, roles));
    }

    /** @return a sampler of the server JVM's heap, sampling from now until closed */
    HeapSampler heapSampler() throws Exception {
        return HeapSampler.attach(wildFly.javaPid().orElseThrow());
    }

    /** @return the pid of the server's JVM */
    long serverPid() {
        return wildFly.javaPid().orElseThrow();
    }

    /** @return a new connection to the application's schema, as the application's user */
    Connection connection() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(EmbeddedMariaDb.DATABASE), EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD);
    }

    /** @return a new connection to the application's schema, as another user (see {@link #asAdministrator(String)}) */
    Connection connection(String user, String password) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(EmbeddedMariaDb.DATABASE), user, password);
    }

    /** Runs SQL as MariaDB's administrator: for what the application user may not do, such as granting FILE. */
    void asAdministrator(String sql) {
        db.runAsAdministrator(sql);
    }

    /**
     * What reached MariaDB: how many statements and rows, so a change to the write path shows
     * whether INSERTs travel in batches or one by one.
     */
    /** @return the last line of the server's console that contains {@code text}, if any of the last 200 does */
    Optional<String> serverLogLine(String text) {
        var lines = wildFly.consoleTail(200);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return Optional.of(lines.get(i));
            }
        }
        return Optional.empty();
    }

    private void awaitHealthy(URI health) throws Exception {
        var client = HttpClient.newHttpClient();
        for (int i = 0; i < 300; i++) {
            if (!wildFly.isAlive()) {
                throw new IllegalStateException("WildFly ended: " + String.join("\n", wildFly.consoleTail(40)));
            }
            try {
                var r = client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("WildFly did not become healthy");
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Stops WildFly, then the OIDC provider, then MariaDB; each is stopped even when an earlier stop fails. */
    @Override
    public void close() {
        try (db; oidc; wildFly) {
            // closed in reverse order by the try-with-resources
        }
    }
}

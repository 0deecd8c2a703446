package it.crocevia.dev;

import it.crocevia.account.boundary.Marketplace;
import it.crocevia.connector.boundary.OrderQuery;
import it.crocevia.connector.boundary.RemoteOrder;
import it.crocevia.connector.boundary.ShopConnection;
import it.crocevia.connector.control.RemoteHttp;
import it.crocevia.connector.prestashop.PrestaShopAdapter;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.MemoryMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The order import benchmark of the README: N generated orders (3 lines each, with customers) on
 * the local PrestaShop test server, imported by "Sincro Ordini" in the real server against an
 * embedded MariaDB. It prints the import rate, the rate of merely fetching and parsing the same
 * pages with the same adapter, and the server's peak heap (sampled over JMX during the import).
 *
 * <p>Run after {@code mvn install -DskipTests}: {@code ./benchmark.sh orders [N]}.
 */
public final class OrderImportBenchmark {

    private static final LocalDateTime FROM = LocalDateTime.of(2026, 10, 1, 0, 0);
    private static final int HTTP_PORT = 18480;

    private OrderImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = root.resolve("target/benchmark");
        deleteTree(work);
        Files.createDirectories(work);

        System.out.printf("Generating %,d orders on the PrestaShop test server...%n", orders);
        try (var shop = new PrestaShopTestServer().start();
                var db = new EmbeddedMariaDb(work.resolve("mariadb/data"), work.resolve("mariadb/base"), 0);
                var oidc = new DevOidcProvider(0);
                var wildFly = new WildFlyServer(root.resolve("ear/target/server"), work.resolve("wildfly"),
                        root.resolve("ear/target/crocevia.ear"))) {
            shop.generate(orders, 42L, FROM, FROM.plusDays(30));

            double fetchRate = fetchAndParse(shop, orders);
            System.out.printf("Fetch and parse only: %,.0f orders/s%n", fetchRate);

            db.start();
            oidc.start();
            var env = new LinkedHashMap<>(System.getenv());
            env.putAll(Map.of("DB_URL", db.jdbcUrl(EmbeddedMariaDb.DATABASE),
                    "BATCH_DB_URL", db.jdbcUrl(EmbeddedMariaDb.BATCH_DATABASE), "DB_USER", EmbeddedMariaDb.USER,
                    "DB_PASSWORD", EmbeddedMariaDb.PASSWORD, "OIDC_PROVIDER_URL", oidc.issuerUrl(),
                    "OIDC_CLIENT_ID", DevOidcProvider.CLIENT_ID, "OIDC_CLIENT_SECRET", DevOidcProvider.CLIENT_SECRET));
            wildFly.start(env, List.of("-Djboss.http.port=" + HTTP_PORT, "-Djboss.socket.binding.port-offset=0",
                    "-Djboss.management.http.port=19990"));
            URI console = URI.create("http://127.0.0.1:" + HTTP_PORT + "/crocevia/");
            awaitHealthy(console.resolve("api/health"), wildFly);

            var api = new Api(console, oidc.accessToken("bench", DevOidcProvider.CLIENT_ID, "operator"));
            long accountId = api.post("api/v1/accounts", """
                    {"description": "Benchmark", "platform": "PRESTASHOP", "shopUrl": "%s", "secret": "%s",
                     "syncOrders": true}""".formatted(shop.shopUrl(), shop.apiKey())).getJsonNumber("id").longValue();

            try (var heap = HeapSampler.attach(wildFly.javaPid().orElseThrow())) {
                long started = System.nanoTime();
                api.post("api/v1/order-syncs/" + accountId, "");
                JsonObject run;
                do {
                    Thread.sleep(500);
                    run = api.get("api/v1/sync-runs/" + api.lastRunId);
                } while ("RUNNING".equals(run.getString("status")));
                double seconds = (System.nanoTime() - started) / 1e9;
                int imported = run.getInt("imported");
                System.out.println();
                System.out.printf("Orders in the shop:      %,d (3 lines each)%n", orders);
                System.out.printf("Run status:              %s, imported %,d, skipped %,d, customers created %,d%n",
                        run.getString("status"), imported, run.getInt("skipped"), run.getInt("customersCreated"));
                System.out.printf("Import:                  %.1f s, %,.0f orders/s%n", seconds, imported / seconds);
                System.out.printf("Fetch and parse only:    %,.0f orders/s (import at %.0f%% of it)%n", fetchRate,
                        100 * (imported / seconds) / fetchRate);
                System.out.printf("Server peak heap used:   %,d MiB (max heap %,d MiB); after GC at most %,d MiB%n",
                        heap.peakUsed() >> 20, heap.max() >> 20, heap.peakLive() >> 20);
                printStatementCounts(db);
            }
        }
    }

    /**
     * What reached MariaDB: how many statements and rows, so a change to the write path shows
     * whether INSERTs travel in batches or one by one.
     */
    private static void printStatementCounts(EmbeddedMariaDb db) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(db.jdbcUrl(EmbeddedMariaDb.DATABASE), EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD); var s = c.createStatement()) {
            var status = new LinkedHashMap<String, String>();
            try (var rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_insert', "
                    + "'Com_stmt_execute', 'Com_stmt_prepare', 'Com_commit', 'Innodb_rows_inserted')")) {
                while (rs.next()) {
                    status.put(rs.getString(1), rs.getString(2));
                }
            }
            System.out.println("MariaDB counters:        " + status);
        }
    }

    /** The same paging as the sync, with the same adapter, without storing anything. */
    private static double fetchAndParse(PrestaShopTestServer shop, int expected) {
        var adapter = new PrestaShopAdapter(new ShopConnection(0, Marketplace.PRESTASHOP, shop.shopUrl(),
                shop.apiKey(), null), new RemoteHttp(RemoteHttp.newClient(), RemoteHttp.RetryPolicy.DEFAULT));
        long started = System.nanoTime();
        LocalDateTime cursor = FROM.minusDays(1);
        int offset = 0;
        int read = 0;
        while (true) {
            var page = adapter.orders(new OrderQuery(cursor, FROM.plusDays(60), Set.of(), 500), offset);
            read += page.size();
            if (page.last()) {
                break;
            }
            var latest = page.orders().stream().map(RemoteOrder::updatedAt).max(Comparator.naturalOrder())
                    .orElse(cursor);
            if (latest.isAfter(cursor)) {
                cursor = latest;
                offset = 0;
            } else {
                offset += 500;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (read < expected) {
            throw new IllegalStateException("read " + read + " of " + expected + " orders");
        }
        return expected / seconds;
    }

    private static void awaitHealthy(URI health, WildFlyServer wildFly) throws Exception {
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

    /** Crocevia's REST API with a bearer token. */
    private static final class Api {
        private final HttpClient client = HttpClient.newHttpClient();
        private final URI base;
        private final String token;
        private long lastRunId;

        Api(URI base, String token) {
            this.base = base;
            this.token = token;
        }

        JsonObject post(String path, String json) throws Exception {
            var r = client.send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
            }
            var body = parse(r.body());
            if (body.containsKey("runId")) {
                lastRunId = body.getJsonNumber("runId").longValue();
            }
            return body;
        }

        JsonObject get(String path) throws Exception {
            var r = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            return parse(r.body());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Accept", "application/json");
        }

        private static JsonObject parse(String body) {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /** Samples the server JVM's used heap every 50 ms over a local JMX attach, keeping the maximum. */
    private static final class HeapSampler implements AutoCloseable {
        private final javax.management.remote.JMXConnector connector;
        private final MemoryMXBean memory;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread sampler;

        private HeapSampler(javax.management.remote.JMXConnector connector, MemoryMXBean memory,
                List<java.lang.management.MemoryPoolMXBean> heapPools) {
            this.connector = connector;
            this.memory = memory;
            this.sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    long live = heapPools.stream().map(java.lang.management.MemoryPoolMXBean::getCollectionUsage)
                            .filter(u -> u != null).mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                    peakLive.accumulateAndGet(live, Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapSampler attach(long pid) throws Exception {
            var vm = com.sun.tools.attach.VirtualMachine.attach(Long.toString(pid));
            String address = vm.startLocalManagementAgent();
            vm.detach();
            var connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            var server = connector.getMBeanServerConnection();
            var memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                    MemoryMXBean.class);
            var heapPools = ManagementFactory.getPlatformMXBeans(server, java.lang.management.MemoryPoolMXBean.class)
                    .stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).toList();
            return new HeapSampler(connector, memory, heapPools);
        }

        long peakUsed() {
            return peak.get();
        }

        /** The most the heap held right after a collection: the live data, without garbage. */
        long peakLive() {
            return peakLive.get();
        }

        long max() {
            return memory.getHeapMemoryUsage().getMax();
        }

        @Override
        public void close() throws IOException {
            sampler.interrupt();
            connector.close();
        }
    }
}

package it.crocevia.dev;

import it.crocevia.connector.boundary.OrderQuery;
import it.crocevia.connector.boundary.RemoteOrder;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order import benchmark of the README: N generated orders (3 lines each, with customers) on
 * the local PrestaShop test server, imported by "Sincro Ordini" in the real server against an
 * embedded MariaDB. It prints the import rate, the rate of merely fetching and parsing the same
 * pages with the same adapter, and the server's peak heap (from its garbage-collection notifications).
 *
 * <p>Run after {@code mvn install -DskipTests}: {@code ./benchmark.sh orders [N]}.
 */
public final class OrderImportBenchmark {

    /** At most this many orders warm the server up in each warm-up round before the measured import. */
    private static final int WARM_UP_MAX = 100_000;
    /**
     * Warm-up rounds end when a round's rate is within this fraction of the round before: the
     * server's JIT has then compiled the import's hot code (one round leaves its compiler busy for
     * most of the measured import on 2 cores, and the figure then measures the compiler).
     */
    private static final double STEADY = 0.08;
    /** The JIT's progress is gradual: two early rounds can be close while the third is much faster. */
    private static final int WARM_UP_ROUNDS_MIN = 3;
    private static final int WARM_UP_ROUNDS_MAX = 6;
    /**
     * Measured imports, each between two fetch-and-parse measurements: on this kind of machine one
     * import's ratio moved between 49% and 75% from run to run, so the benchmark prints the median.
     */
    private static final int MEASURED_ROUNDS = 3;
    private static final LocalDateTime FROM = LocalDateTime.of(2026, 10, 1, 0, 0);

    private OrderImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = BenchmarkStack.freshWorkDir(root);

        int warmUp = Math.min(WARM_UP_MAX, orders);
        System.out.printf("Generating %,d orders on the PrestaShop test server (and %,d on a second one to warm up)...%n",
                orders, warmUp);
        try (var shop = new PrestaShopTestServer().start(); var warmShop = new PrestaShopTestServer().start();
                var stack = new BenchmarkStack(root, work)) {
            shop.generate(orders, 42L, FROM, FROM.plusDays(30));
            warmShop.generate(warmUp, 7L, FROM, FROM.plusDays(30));

            // the client's JIT warms up too, by the same rule as the server's
            double previousFetch = 0;
            for (int round = 1; round <= WARM_UP_ROUNDS_MAX; round++) {
                double rate = fetchAndParse(warmShop, warmUp);
                System.out.printf("Warm-up fetch and parse %d: %,.0f orders/s%n", round, rate);
                if (round >= WARM_UP_ROUNDS_MIN && steady(previousFetch, rate)) {
                    break;
                }
                previousFetch = rate;
            }
            stack.start();
            var api = stack.api("bench", "operator");
            // attached before the warm-up: the JMX agent's start and first calls run cold code in the server
            try (var heap = stack.heapSampler()) {
                double previous = 0;
                for (int round = 1; round <= WARM_UP_ROUNDS_MAX; round++) {
                    var warm = importAll(api, account(api, "Warm-up " + round, warmShop));
                    forgetCustomersAndOrders(stack);
                    System.out.printf("Warm-up import %d: %,d orders, %.1f s, %,.0f orders/s%n", round,
                            warm.imported(), warm.seconds(), warm.rate());
                    if (round >= WARM_UP_ROUNDS_MIN && steady(previous, warm.rate())) {
                        break;
                    }
                    previous = warm.rate();
                }

                heap.reset();
                var rates = new ArrayList<Double>();
                var fetchRates = new ArrayList<Double>();
                var ratios = new ArrayList<Double>();
                Import measured = null;
                Map<String, Long> counters = Map.of();
                for (int round = 1; round <= MEASURED_ROUNDS; round++) {
                    if (round > 1) {
                        forgetCustomersAndOrders(stack);
                    }
                    awaitPurge(stack);
                    long accountId = account(api, "Benchmark " + round, shop);
                    var countersBefore = MariaDbCounters.read(stack, MariaDbCounters.READS_AND_UPDATES);
                    // Fetch and parse is measured right before and right after each import, the server idle:
                    // this machine's speed drifts by 20% over minutes, and the ratio should compare like with like.
                    double fetchBefore = fetchAndParse(shop, orders);
                    System.out.printf("Measured import %d of %d: %,d orders...%n", round, MEASURED_ROUNDS, orders);
                    measured = importAll(api, accountId);
                    counters = MariaDbCounters.since(countersBefore,
                            MariaDbCounters.read(stack, MariaDbCounters.READS_AND_UPDATES));
                    awaitPurge(stack);
                    double fetchAfter = fetchAndParse(shop, orders);
                    double fetchRate = (fetchBefore + fetchAfter) / 2;
                    rates.add(measured.rate());
                    fetchRates.add(fetchRate);
                    ratios.add(measured.rate() / fetchRate);
                    System.out.printf("  %.1f s, %,.0f orders/s; fetch and parse %,.0f just before, %,.0f just after: "
                            + "import at %.0f%% of their mean%n", measured.seconds(), measured.rate(), fetchBefore,
                            fetchAfter, 100 * measured.rate() / fetchRate);
                    stack.serverLogLine("Order sync run " + api.lastRunId() + " ").ifPresent(line -> System.out
                            .printf("  %s%n", line.substring(line.indexOf("Order sync run"))));
                }
                var run = measured.run();
                System.out.println();
                System.out.printf("Orders in the shop:      %,d (3 lines each)%n", orders);
                System.out.printf("Run status (last):       %s, imported %,d, skipped %,d, customers created %,d%n",
                        run.getString("status"), measured.imported(), run.getInt("skipped"),
                        run.getInt("customersCreated"));
                System.out.printf("Import:                  %,.0f orders/s, the median of %d measured imports "
                        + "(after the warm-up)%n", median(rates), MEASURED_ROUNDS);
                System.out.printf("Fetch and parse only:    %,.0f orders/s, the median of the imports' means%n",
                        median(fetchRates));
                System.out.printf("Import / fetch and parse: %.0f%%, the median of %s%n", 100 * median(ratios),
                        ratios.stream().map(r -> String.format("%.0f%%", 100 * r)).toList());
                heap.print();
                System.out.println("MariaDB, during the last import: " + counters);
            }
        }
    }

    /** The middle value (of an odd number of values). */
    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** A finished import: the run's report and how long it took from the request to its end. */
    private record Import(JsonObject run, double seconds) {

        int imported() {
            return run.getInt("imported");
        }

        double rate() {
            return imported() / seconds;
        }
    }

    /**
     * Waits (at most a minute) until MariaDB has purged the rows the warm-up's clean-up deleted, so
     * that the measured import does not pay for the warm-up's deletes.
     */
    private static void awaitPurge(BenchmarkStack stack) throws Exception {
        for (int i = 0; i < 240; i++) {
            long history = MariaDbCounters.read(stack, List.of("Innodb_history_list_length"))
                    .getOrDefault("Innodb_history_list_length", 0L);
            if (history < 100) {
                return;
            }
            Thread.sleep(250);
        }
    }

    /** A rate within {@link #STEADY} of the round before (none before the first round). */
    private static boolean steady(double previous, double rate) {
        return previous > 0 && Math.abs(rate - previous) <= STEADY * previous;
    }

    private static long account(Api api, String description, PrestaShopTestServer shop) throws Exception {
        return api.post("api/v1/accounts", """
                {"description": "%s", "platform": "PRESTASHOP", "shopUrl": "%s", "secret": "%s",
                 "syncOrders": true}""".formatted(description, shop.shopUrl(), shop.apiKey()))
                .getJsonNumber("id").longValue();
    }

    /**
     * Benchmark set-up, not the product: the warm-up's orders and customer records go, so the
     * measured import meets an empty database (the generated shops may share e-mails).
     */
    private static void forgetCustomersAndOrders(BenchmarkStack stack) throws java.sql.SQLException {
        try (var c = stack.connection(); var s = c.createStatement()) {
            for (String table : new String[] {"shop_order_line", "shop_order", "customer_change", "customer_binding",
                "customer"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    private static Import importAll(Api api, long accountId) throws Exception {
        long started = System.nanoTime();
        api.post("api/v1/order-syncs/" + accountId, "");
        JsonObject run;
        do {
            Thread.sleep(250);
            run = api.get("api/v1/sync-runs/" + api.lastRunId());
        } while ("RUNNING".equals(run.getString("status")));
        return new Import(run, (System.nanoTime() - started) / 1e9);
    }

    /** The same paging as the sync, with the same adapter, without storing anything. */
    private static double fetchAndParse(PrestaShopTestServer shop, int expected) {
        var adapter = BenchmarkStack.prestaShopAdapter(shop);
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
}

package it.crocevia.dev;

import it.crocevia.connector.boundary.OrderQuery;
import it.crocevia.connector.boundary.RemoteOrder;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Set;

/**
 * The order import benchmark of the README: N generated orders (3 lines each, with customers) on
 * the local PrestaShop test server, imported by "Sincro Ordini" in the real server against an
 * embedded MariaDB. It prints the import rate, the rate of merely fetching and parsing the same
 * pages with the same adapter, and the server's peak heap (sampled over JMX during the import).
 *
 * <p>Run after {@code mvn install -DskipTests}: {@code ./benchmark.sh orders [N]}.
 */
public final class OrderImportBenchmark {

    /** At most this many orders warm the server up before the measured import. */
    private static final int WARM_UP_MAX = 20_000;
    private static final LocalDateTime FROM = LocalDateTime.of(2026, 10, 1, 0, 0);

    private OrderImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = BenchmarkStack.freshWorkDir(root);

        int warmUp = Math.min(WARM_UP_MAX, Math.max(1, orders / 5));
        System.out.printf("Generating %,d orders on the PrestaShop test server (and %,d on a second one to warm up)...%n",
                orders, warmUp);
        try (var shop = new PrestaShopTestServer().start(); var warmShop = new PrestaShopTestServer().start();
                var stack = new BenchmarkStack(root, work)) {
            shop.generate(orders, 42L, FROM, FROM.plusDays(30));
            warmShop.generate(warmUp, 7L, FROM, FROM.plusDays(30));

            fetchAndParse(warmShop, warmUp); // the client's JIT warms up too, as the server's will
            double fetchRate = fetchAndParse(shop, orders);
            System.out.printf("Fetch and parse only: %,.0f orders/s%n", fetchRate);

            stack.start();
            var api = stack.api("bench", "operator");
            var cold = importAll(api, account(api, "Warm-up", warmShop));
            System.out.printf("Warm-up import (a just-started server, its JIT still compiling): %,d orders, %.1f s, "
                    + "%,.0f orders/s%n", cold.imported(), cold.seconds(), cold.rate());

            forgetCustomersAndOrders(stack);
            long accountId = account(api, "Benchmark", shop);
            try (var heap = stack.heapSampler()) {
                var measured = importAll(api, accountId);
                var run = measured.run();
                System.out.println();
                System.out.printf("Orders in the shop:      %,d (3 lines each)%n", orders);
                System.out.printf("Run status:              %s, imported %,d, skipped %,d, customers created %,d%n",
                        run.getString("status"), measured.imported(), run.getInt("skipped"),
                        run.getInt("customersCreated"));
                System.out.printf("Import:                  %.1f s, %,.0f orders/s (after the warm-up)%n",
                        measured.seconds(), measured.rate());
                System.out.printf("Fetch and parse only:    %,.0f orders/s (import at %.0f%% of it)%n", fetchRate,
                        100 * measured.rate() / fetchRate);
                heap.print();
                stack.printStatementCounts();
            }
        }
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

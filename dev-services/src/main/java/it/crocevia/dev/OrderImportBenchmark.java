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

    private static final LocalDateTime FROM = LocalDateTime.of(2026, 10, 1, 0, 0);

    private OrderImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = BenchmarkStack.freshWorkDir(root);

        System.out.printf("Generating %,d orders on the PrestaShop test server...%n", orders);
        try (var shop = new PrestaShopTestServer().start(); var stack = new BenchmarkStack(root, work)) {
            shop.generate(orders, 42L, FROM, FROM.plusDays(30));

            double fetchRate = fetchAndParse(shop, orders);
            System.out.printf("Fetch and parse only: %,.0f orders/s%n", fetchRate);

            stack.start();
            var api = stack.api("bench", "operator");
            long accountId = api.post("api/v1/accounts", """
                    {"description": "Benchmark", "platform": "PRESTASHOP", "shopUrl": "%s", "secret": "%s",
                     "syncOrders": true}""".formatted(shop.shopUrl(), shop.apiKey())).getJsonNumber("id").longValue();

            try (var heap = stack.heapSampler()) {
                long started = System.nanoTime();
                api.post("api/v1/order-syncs/" + accountId, "");
                JsonObject run;
                do {
                    Thread.sleep(500);
                    run = api.get("api/v1/sync-runs/" + api.lastRunId());
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
                heap.print();
                stack.printStatementCounts();
            }
        }
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

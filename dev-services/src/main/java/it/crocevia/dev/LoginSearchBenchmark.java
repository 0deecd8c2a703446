package it.crocevia.dev;

import it.crocevia.testserver.common.ItalianPeople;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The login search benchmark of the README (issue #6): N e-commerce logins (default 1,000,000)
 * in MariaDB, then the operator's search of Gestione Utenti → E-Commerce, by the first letters of
 * a name and of an e-mail, from 10 concurrent clients through the REST API of the real server.
 * It prints the server time of each search (the {@code Server-Timing} the API answers: the
 * boundary call, its transaction and its queries) and the round trip seen by the client, as
 * p50/p95/p99.
 *
 * <p>Run after {@code mvn install -DskipTests}: {@code ./benchmark.sh logins [N]}.
 */
public final class LoginSearchBenchmark {

    private static final int CLIENTS = 10;
    private static final int WARM_UP = 1_000;
    private static final int SEARCHES = 10_000;
    private static final Pattern SERVER_TIMING = Pattern.compile("dur=([0-9.]+)");
    private static final List<String> FIRST_NAMES = concat(ItalianPeople.MALE_NAMES, ItalianPeople.FEMALE_NAMES);

    private LoginSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int count = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 1_000_000;
        Path work = BenchmarkStack.freshWorkDir(root);
        try (var stack = new BenchmarkStack(root, work)) {
            stack.start();
            long filling = System.nanoTime();
            fill(stack, count);
            System.out.printf("Filled %,d logins (and their search terms) in %.1f s%n", count,
                    (System.nanoTime() - filling) / 1e9);

            var api = stack.api("bench", "operator");
            var random = new Random(7L);
            List<Double> sqlAlone = sqlAlone(stack, queries(new Random(11L), 2_000));
            run(api, queries(random, WARM_UP));
            List<Sample> samples = run(api, queries(random, SEARCHES));

            System.out.println();
            System.out.printf("Logins:                  %,d (95%% active), %d concurrent clients, %,d searches "
                    + "(after %,d to warm up), pages of 25%n", count, CLIENTS, SEARCHES, WARM_UP);
            for (String kind : List.of("name", "email", "all")) {
                var of = samples.stream().filter(s -> kind.equals("all") || s.kind().equals(kind)).toList();
                System.out.printf("Search by %-6s (%,5d)  server p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms   "
                        + "round trip p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", kind, of.size(),
                        percentile(of, Sample::serverMillis, 50), percentile(of, Sample::serverMillis, 95),
                        percentile(of, Sample::serverMillis, 99), percentile(of, Sample::roundTripMillis, 50),
                        percentile(of, Sample::roundTripMillis, 95), percentile(of, Sample::roundTripMillis, 99));
            }
            System.out.printf("The search's SQL alone (one client, over JDBC): p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n",
                    percentile(sqlAlone, 50), percentile(sqlAlone, 95), percentile(sqlAlone, 99));
            long empty = samples.stream().filter(s -> s.rows() == 0).count();
            System.out.printf("Searches with no result: %,d; rows per answer on average: %.1f%n", empty,
                    samples.stream().mapToInt(Sample::rows).average().orElse(0));
            System.out.printf("Target: p95 of the server time <= 20 ms: %s%n",
                    percentile(samples, Sample::serverMillis, 95) <= 20 ? "met" : "NOT met");
        }
    }

    /** One search: what was asked, what came back, how long it took. */
    private record Sample(String kind, double serverMillis, double roundTripMillis, int rows) {
    }

    private record Query(String kind, String text, int first) {
    }

    /**
     * What operators type: two to four letters of a first name, of a surname or of an e-mail, now
     * and then "surname first-letters"; one search in ten asks for the second page.
     */
    private static List<Query> queries(Random random, int n) {
        var queries = new ArrayList<Query>(n);
        for (int i = 0; i < n; i++) {
            int first = random.nextInt(10) == 0 ? 25 : 0;
            int letters = 2 + random.nextInt(3);
            switch (random.nextInt(4)) {
                case 0 -> queries.add(new Query("name", prefix(pick(random, FIRST_NAMES), letters), first));
                case 1 -> queries.add(new Query("name", prefix(pick(random, ItalianPeople.SURNAMES), letters), first));
                case 2 -> queries.add(new Query("name", pick(random, ItalianPeople.SURNAMES) + " "
                        + prefix(pick(random, FIRST_NAMES), 2), first));
                default -> queries.add(new Query("email", prefix(ascii(pick(random, FIRST_NAMES)) + "."
                        + ascii(pick(random, ItalianPeople.SURNAMES)), letters + 3 + random.nextInt(6)), first));
            }
        }
        return queries;
    }

    private static List<Sample> run(Api api, List<Query> queries) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var futures = new ArrayList<Future<List<Sample>>>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    var samples = new ArrayList<Sample>();
                    for (int i = client; i < queries.size(); i += CLIENTS) {
                        samples.add(search(api, queries.get(i)));
                    }
                    return samples;
                }));
            }
            var all = new ArrayList<Sample>();
            for (var f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Sample search(Api api, Query q) throws Exception {
        long start = System.nanoTime();
        var response = api.getResponse("api/v1/logins?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)
                + "&first=" + q.first() + "&max=25");
        double roundTrip = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search " + q + ": HTTP " + response.statusCode() + " " + response.body());
        }
        var timing = SERVER_TIMING.matcher(response.headers().firstValue("Server-Timing").orElse(""));
        if (!timing.find()) {
            throw new IllegalStateException("no Server-Timing in the answer to " + q);
        }
        int rows = response.body().split("\"email\"", -1).length - 1;
        return new Sample(q.kind(), Double.parseDouble(timing.group(1)), roundTrip, rows);
    }

    /**
     * Benchmark set-up only, not how logins come in (operators and the ERP create them one by one):
     * the logins are generated inside MariaDB from its sequence engine, with Italian names, one
     * login in twenty deactivated, and their search terms as the application writes them.
     */
    private static void fill(BenchmarkStack stack, int count) throws SQLException {
        String hash = "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$bm90LWEtcmVhbC1oYXNoLWJ1dC10aGUtcmlnaHQtc2l6ZQ";
        try (Connection c = stack.connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customer_login (id, email, first_name, last_name, language, password_hash, active, "
                    + "created_at, updated_at) SELECT seq, CONCAT(LOWER(REPLACE(REPLACE(f, '''', ''), ' ', '')), '.', "
                    + "LOWER(REPLACE(REPLACE(l, '''', ''), ' ', '')), seq, '@', d), f, l, 'it', '" + hash + "', "
                    + "seq % 20 <> 0, NOW(6), NOW(6) FROM (SELECT seq, "
                    + elt("CRC32(CONCAT('f', seq)) % " + FIRST_NAMES.size(), FIRST_NAMES) + " AS f, "
                    + elt("CRC32(CONCAT('l', seq)) % " + ItalianPeople.SURNAMES.size(), ItalianPeople.SURNAMES) + " AS l, "
                    + elt("CRC32(CONCAT('d', seq)) % " + ItalianPeople.DOMAINS.size(), ItalianPeople.DOMAINS) + " AS d "
                    + "FROM seq_1_to_" + count + ") g");
            s.execute("INSERT INTO customer_login_term (term, login_id) SELECT email, id FROM customer_login WHERE active");
            s.execute("INSERT INTO customer_login_term (term, login_id) SELECT LOWER(CONCAT(first_name, ' ', last_name)), "
                    + "id FROM customer_login WHERE active");
            s.execute("INSERT INTO customer_login_term (term, login_id) SELECT LOWER(CONCAT(last_name, ' ', first_name)), "
                    + "id FROM customer_login WHERE active");
            s.execute("ANALYZE TABLE customer_login, customer_login_term");
        }
    }

    /** The search's own query, as the boundary sends it, timed over JDBC one at a time. */
    private static List<Double> sqlAlone(BenchmarkStack stack, List<Query> queries) throws SQLException {
        var millis = new ArrayList<Double>();
        try (Connection c = stack.connection(); var statement = c.prepareStatement("SELECT STRAIGHT_JOIN l.id, "
                + "l.email, l.first_name, l.last_name, l.active, l.last_login_at FROM customer_login_term t "
                + "JOIN customer_login l ON l.id = t.login_id WHERE t.term LIKE ? AND NOT EXISTS (SELECT 1 "
                + "FROM customer_login_term o WHERE o.login_id = t.login_id AND o.term LIKE ? AND o.term < t.term) "
                + "ORDER BY t.term, t.login_id LIMIT ? OFFSET ?")) {
            for (var q : queries) {
                String like = q.text() + "%";
                statement.setString(1, like);
                statement.setString(2, like);
                statement.setInt(3, 26);
                statement.setInt(4, q.first());
                long start = System.nanoTime();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    private static double percentile(List<Double> values, int percent) {
        return percentile(values.stream().map(v -> new Sample("", v, v, 0)).toList(), Sample::serverMillis, percent);
    }

    private static String elt(String index, List<String> values) {
        return "ELT(1 + " + index + ", " + values.stream().map(v -> "'" + v.replace("'", "''") + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static double percentile(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value,
            int percent) {
        double[] sorted = samples.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String prefix(String text, int letters) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.substring(0, Math.min(lower.length(), letters));
    }

    private static String ascii(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'", "").replace(" ", "").replace("ò", "o");
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

}

package it.crocevia.dev;

import it.crocevia.testserver.common.ItalianIds;
import it.crocevia.testserver.common.ItalianPeople;
import it.crocevia.testserver.prestashop.AddressSpec;
import it.crocevia.testserver.prestashop.CustomerSpec;
import it.crocevia.testserver.prestashop.PrestaShopData;
import it.crocevia.testserver.prestashop.PrestaShopDefaults;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The customer resync benchmark of the README: N registered customers with one address each on the
 * local PrestaShop test server, all bound to an account, re-read by "Sincro Clienti" (the
 * customer-resync job) in the real server against an embedded MariaDB, with one in ten changed on
 * the shop so the run has updates and history to write. It prints the resync rate, the rate of
 * merely fetching and parsing the same pages with the same adapter, the server's peak heap
 * (from its garbage-collection notifications over JMX) and what reached MariaDB during the run.
 *
 * <p>Run after {@code mvn install -DskipTests}: {@code ./benchmark.sh customers [N]}.
 */
public final class CustomerResyncBenchmark {

    /** Far above the ids the application allocates from {@code id_sequence}. */
    private static final long FIRST_CUSTOMER_ID = 10_000_000L;
    /** Rows per multi-row INSERT of the set-up. */
    private static final int ROWS_PER_INSERT = 1000;
    /** What the job reads per request, as its reader does. */
    private static final int PAGE = 500;
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED");

    /** A customer as put on the shop, and so as Crocevia has it before the run. */
    private record Seeded(int remoteId, int addressId, String firstName, String lastName, String email,
            String company, String vatNumber, String fiscalCode, String phone) {
    }

    /** What the benchmark changed on the shop: customers, and fields (each one row of history). */
    private record Changes(int customers, int fields) {
    }

    private CustomerResyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int count = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 100_000;
        Path work = BenchmarkStack.freshWorkDir(root);

        System.out.printf("Putting %,d customers on the PrestaShop test server...%n", count);
        try (var shop = new PrestaShopTestServer().start(); var stack = new BenchmarkStack(root, work)) {
            long seeding = System.nanoTime();
            List<Seeded> customers = seed(shop.data(), count, new Random(42L));
            System.out.printf("Seeded in %.1f s%n", (System.nanoTime() - seeding) / 1e9);

            double fetchRate = fetchAndParse(shop, customers);
            System.out.printf("Fetch and parse only: %,.0f customers/s%n", fetchRate);

            stack.start();
            var api = stack.api("bench", "operator");
            long accountId = api.post("api/v1/accounts", """
                    {"description": "Benchmark", "platform": "PRESTASHOP", "shopUrl": "%s", "secret": "%s",
                     "syncOrders": true, "updateCustomers": true}""".formatted(shop.shopUrl(), shop.apiKey()))
                    .getJsonNumber("id").longValue();
            long inserting = System.nanoTime();
            insertBound(stack, accountId, customers);
            System.out.printf("Inserted %,d customers and their bindings into MariaDB in %.1f s%n", count,
                    (System.nanoTime() - inserting) / 1e9);
            Changes changed = changeOneInTen(shop.data(), customers);

            var countersBefore = MariaDbCounters.read(stack, MariaDbCounters.READS_AND_UPDATES);
            try (var heap = stack.heapSampler()) {
                long started = System.nanoTime();
                long execution = api.post("api/v1/customer-syncs/" + accountId, "").getJsonNumber("executionId")
                        .longValue();
                JsonObject job;
                do {
                    Thread.sleep(250);
                    job = api.get("api/v1/jobs/" + execution);
                } while (RUNNING.contains(job.getString("batchStatus")));
                double seconds = (System.nanoTime() - started) / 1e9;
                var counters = MariaDbCounters.since(countersBefore,
                        MariaDbCounters.read(stack, MariaDbCounters.READS_AND_UPDATES));
                JsonObject run = job.getJsonObject("run");
                long done = run.getJsonNumber("done").longValue();
                long changedCustomers = run.getJsonNumber("changed").longValue();
                long history = countHistory(stack);
                System.out.println();
                System.out.printf("Customers bound:         %,d (one address each), %,d changed on the shop "
                        + "(%,d fields)%n", count, changed.customers(), changed.fields());
                System.out.printf("Job status:              %s (run %s), done %,d of %,d, changed %,d, skipped %,d"
                        + "%s%n", job.getString("batchStatus"), run.getString("status"), done,
                        run.getJsonNumber("total").longValue(), changedCustomers,
                        job.getJsonNumber("skipped").longValue(), message(run));
                System.out.printf("Resync:                  %.1f s, %,.0f customers/s%s%n", seconds, done / seconds,
                        serverSide(run));
                System.out.printf("Fetch and parse only:    %,.0f customers/s (resync at %.0f%% of it)%n", fetchRate,
                        100 * (done / seconds) / fetchRate);
                heap.print();
                System.out.printf("Change history written:  %,d rows%n", history);
                System.out.println("MariaDB during the run:  " + counters);
                if (done != count || changedCustomers != changed.customers() || history != changed.fields()) {
                    throw new IllegalStateException("expected " + count + " done, " + changed.customers()
                            + " changed and " + changed.fields() + " rows of history; the run says " + done
                            + " done and " + changedCustomers + " changed, the database has " + history);
                }
            }
        }
    }

    /**
     * Registered customers with plausible Italian data, one address each: one in five a business
     * (company and partita IVA on the address), the others with their codice fiscale; every one
     * with a mobile phone.
     */
    private static List<Seeded> seed(PrestaShopData data, int count, Random random) {
        var seeded = new ArrayList<Seeded>(count);
        for (int i = 0; i < count; i++) {
            boolean female = random.nextBoolean();
            String first = pick(random, female ? ItalianPeople.FEMALE_NAMES : ItalianPeople.MALE_NAMES);
            String last = pick(random, ItalianPeople.SURNAMES);
            String email = ItalianIds.ascii(first) + "." + ItalianIds.ascii(last) + (i + 1) + "@"
                    + pick(random, ItalianPeople.DOMAINS);
            var city = pick(random, ItalianPeople.CITIES);
            String phone = "+39 3" + (10 + random.nextInt(90)) + " " + (1_000_000 + random.nextInt(9_000_000));
            int customerId = data.addCustomer(CustomerSpec.registered(first, last, email));
            var address = AddressSpec.of(customerId, first, last, pick(random, ItalianPeople.STREETS) + ", "
                    + (1 + random.nextInt(180)), city.postcode(), city.name(), PrestaShopDefaults.COUNTRY_IT)
                    .phone(phone);
            String company = null;
            String vat = null;
            String fiscalCode = null;
            if (random.nextInt(5) == 0) {
                company = pick(random, ItalianPeople.COMPANY_WORDS) + " " + last + " "
                        + pick(random, ItalianPeople.COMPANY_KINDS.subList(0, 4));
                vat = "IT" + ItalianIds.partitaIva(random);
                address.alias("Sede").company(company).vatNumber(vat);
            } else {
                LocalDate birthday = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                fiscalCode = ItalianIds.codiceFiscale(first, last, birthday, female, city.belfiore());
                address.dni(fiscalCode);
            }
            int addressId = data.addAddress(address);
            seeded.add(new Seeded(customerId, addressId, first, last, email, company, vat, fiscalCode, phone));
        }
        return seeded;
    }

    /**
     * Benchmark set-up only, not how records come in: the application creates customers and their
     * bindings when it imports orders. Here they are written straight into MariaDB, in multi-row
     * INSERTs, as the order import would have left them, with ids from {@value #FIRST_CUSTOMER_ID}.
     */
    private static void insertBound(BenchmarkStack stack, long accountId, List<Seeded> customers)
            throws SQLException {
        var now = Timestamp.valueOf(LocalDateTime.now().minusDays(1));
        try (Connection c = stack.connection()) {
            c.setAutoCommit(false);
            for (int from = 0; from < customers.size(); from += ROWS_PER_INSERT) {
                var rows = customers.subList(from, Math.min(customers.size(), from + ROWS_PER_INSERT));
                try (PreparedStatement customer = c.prepareStatement(multiRow("INSERT INTO customer (id, version, "
                        + "email, first_name, last_name, company, vat_number, fiscal_code, phone, source_account_id, "
                        + "created_at, updated_at) VALUES ", "(?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.size()))) {
                    int p = 1;
                    for (int i = 0; i < rows.size(); i++) {
                        Seeded s = rows.get(i);
                        customer.setLong(p++, FIRST_CUSTOMER_ID + from + i);
                        customer.setString(p++, s.email());
                        customer.setString(p++, s.firstName());
                        customer.setString(p++, s.lastName());
                        setNullable(customer, p++, s.company());
                        setNullable(customer, p++, s.vatNumber());
                        setNullable(customer, p++, s.fiscalCode());
                        customer.setString(p++, s.phone());
                        customer.setLong(p++, accountId);
                        customer.setTimestamp(p++, now);
                        customer.setTimestamp(p++, now);
                    }
                    customer.executeUpdate();
                }
                try (PreparedStatement binding = c.prepareStatement(multiRow("INSERT INTO customer_binding "
                        + "(account_id, remote_id, customer_id, synced_at) VALUES ", "(?, ?, ?, ?)", rows.size()))) {
                    int p = 1;
                    for (int i = 0; i < rows.size(); i++) {
                        binding.setLong(p++, accountId);
                        binding.setString(p++, Integer.toString(rows.get(i).remoteId()));
                        binding.setLong(p++, FIRST_CUSTOMER_ID + from + i);
                        binding.setTimestamp(p++, now);
                    }
                    binding.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static String multiRow(String insert, String row, int rows) {
        var sql = new StringBuilder(insert.length() + rows * (row.length() + 2)).append(insert);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /**
     * Changes one customer in ten on the shop as its back office would: a new phone on the
     * address, and for every other one of them also a new surname.
     */
    private static Changes changeOneInTen(PrestaShopData data, List<Seeded> customers) {
        int changed = 0;
        int fields = 0;
        for (int i = 0; i < customers.size(); i += 10) {
            Seeded s = customers.get(i);
            data.updateAddress(s.addressId(), Map.of("phone", "+39 02 " + (1_000_000 + i)));
            fields++;
            if (i % 20 == 0) {
                data.updateCustomer(s.remoteId(), Map.of("lastname", s.lastName() + " Bianchi"));
                fields++;
            }
            changed++;
        }
        return new Changes(changed, fields);
    }

    /** The same requests as the job's reader (500 platform ids a page, in the order of the binding key), storing nothing. */
    private static double fetchAndParse(PrestaShopTestServer shop, List<Seeded> customers) {
        var adapter = BenchmarkStack.prestaShopAdapter(shop);
        List<String> ids = customers.stream().map(s -> Integer.toString(s.remoteId())).sorted().toList();
        long started = System.nanoTime();
        int found = 0;
        for (int from = 0; from < ids.size(); from += PAGE) {
            found += adapter.customers(ids.subList(from, Math.min(ids.size(), from + PAGE))).found().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (found != customers.size()) {
            throw new IllegalStateException("found " + found + " of " + customers.size() + " customers");
        }
        return found / seconds;
    }

    /** The rows of history the run wrote. */
    private static long countHistory(BenchmarkStack stack) throws SQLException {
        try (var c = stack.connection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM customer_change WHERE customer_id >= "
                        + FIRST_CUSTOMER_ID + " AND source LIKE 'Sincro Clienti%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String message(JsonObject run) {
        return run.containsKey("message") && !run.isNull("message") ? ", message: " + run.getString("message") : "";
    }

    /** The run's own start and end, as the server recorded them. */
    private static String serverSide(JsonObject run) {
        try {
            var took = Duration.between(LocalDateTime.parse(run.getString("startedAt")),
                    LocalDateTime.parse(run.getString("endedAt")));
            return String.format(" (%.1f s from the job's start to its end on the server)", took.toMillis() / 1e3);
        } catch (RuntimeException notThere) {
            return "";
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

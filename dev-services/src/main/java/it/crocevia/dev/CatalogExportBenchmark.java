package it.crocevia.dev;

import it.crocevia.catalog.boundary.CatalogCsv;
import it.crocevia.catalog.boundary.CsvLayout;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The "Download CSV" benchmark of the README: N generated articles (with the price of one price
 * list and the stock of one warehouse) exported by the catalog-csv-export job of a PrestaShop CSV
 * account in the real server against an embedded MariaDB, timed from the request to the job's end;
 * then, in the same run and on the same rows, MariaDB's own {@code SELECT … INTO OUTFILE} of the
 * file's columns, with the same joins, filter and order as the job's query
 * ({@code it.crocevia.catalog.boundary.Catalog}). It prints both times, their ratio (target: at most
 * 2×), the files' sizes and the server's peak heap during the export (target: under 512 MiB).
 *
 * <p>Run after {@code mvn install -DskipTests}: {@code ./benchmark.sh csv [N]}.
 */
public final class CatalogExportBenchmark {

    private static final String PRICE_LIST = "LISTINO1";
    private static final String WARM_UP_PRICE_LIST = "WARMUP";
    private static final String WAREHOUSE = "MAG1";
    /** At most this many articles warm the server up (their own account and price list) before the measured export. */
    private static final int WARM_UP_MAX = 20_000;
    /** Rows per multi-row INSERT of the set-up, and INSERTs per commit. */
    private static final int ROWS_PER_INSERT = 1000;
    private static final int INSERTS_PER_COMMIT = 10;
    /** A user of the benchmark's own database that may write files ({@code FILE} is global: the application's user lacks it). */
    private static final String OUTFILE_USER = "crocevia_outfile";
    private static final String OUTFILE_PASSWORD = "outfile";
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    /**
     * MariaDB's export of what the job writes: the PrestaShop layout's columns in its order
     * ({@link CsvLayout#PRESTASHOP}, in Italian as the account is), each computed by SQL where that
     * is a plain expression (the name cut to 128 characters, the stock rounded down); categories and
     * images stay the JSON arrays the ERP store keeps. FROM, WHERE and ORDER BY are those of
     * {@code Catalog.articlesAfter}, in one statement instead of pages of 500.
     */
    private static final String OUTFILE_SELECT = "SELECT 1, LEFT(COALESCE(a.description_it, a.description_en, a.code), 128), "
            + "a.categories, p.price, a.code, a.brand, a.gtin, a.weight_kg, TRUNCATE(COALESCE(s.quantity, 0), 0), "
            + "COALESCE(a.description_it, a.description_en, a.code), a.images "
            + "INTO OUTFILE '%s' CHARACTER SET utf8mb4 "
            + "FIELDS TERMINATED BY ';' ENCLOSED BY '\"' LINES TERMINATED BY '\\r\\n' "
            + "FROM article a JOIN article_price p ON p.article_id = a.id AND p.price_list = '" + PRICE_LIST + "' "
            + "LEFT JOIN article_stock s ON s.article_code = a.code AND s.warehouse = '" + WAREHOUSE + "' "
            + "AND s.gone = FALSE WHERE a.gone = FALSE ORDER BY a.code";

    private CatalogExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int count = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 1_000_000;
        Path work = BenchmarkStack.freshWorkDir(root);
        int warmUp = Math.min(WARM_UP_MAX, Math.max(1, count / 5));

        try (var stack = new BenchmarkStack(root, work)) {
            stack.start();
            System.out.printf("Inserting %,d articles into MariaDB (price list %s, stock of %s)...%n", count,
                    PRICE_LIST, WAREHOUSE);
            long inserting = System.nanoTime();
            Generated generated = insertArticles(stack, count, warmUp, new Random(42L));
            System.out.printf("Inserted in %.1f s: %,d articles (%,d with a quote, %,d with a ';', %,d multi-line, "
                    + "%,d formula-looking), %,d stocked in %s%n", (System.nanoTime() - inserting) / 1e9, count,
                    generated.quoted(), generated.semicolons(), generated.multiLine(), generated.formulas(),
                    generated.stocked(), WAREHOUSE);

            var api = stack.api("bench", "operator");
            long warmAccount = account(api, "Warm-up CSV", WARM_UP_PRICE_LIST);
            long accountId = account(api, "Benchmark CSV", PRICE_LIST);
            Export cold = export(api, warmAccount, warmUp);
            // not a rate to compare: its counts and its last page still walk past all N articles
            System.out.printf("Warm-up export (a just-started server, its JIT still compiling): %,d articles of "
                    + "another price list, %.1f s%n", cold.done(), cold.seconds());

            System.out.printf("Exporting; for a thread sample: jcmd %d Thread.print%n", stack.serverPid());
            var countersBefore = MariaDbCounters.read(stack, MariaDbCounters.READS_AND_UPDATES);
            Export measured;
            try (var heap = stack.heapSampler()) {
                measured = export(api, accountId, count);
                var counters = MariaDbCounters.since(countersBefore,
                        MariaDbCounters.read(stack, MariaDbCounters.READS_AND_UPDATES));

                Path csv = work.resolve("export.csv");
                long downloading = System.nanoTime();
                api.download("api/v1/catalog-exports/" + measured.execution() + "/file", "text/csv", csv);
                double downloadSeconds = (System.nanoTime() - downloading) / 1e9;
                long records = checkFile(csv, count);

                Path outDir = outfileDirectory(stack, work);
                Outfile first = outfile(stack, outDir.resolve("outfile-1.csv"), count);
                Outfile second = outfile(stack, outDir.resolve("outfile-2.csv"), count);
                Outfile best = first.seconds() <= second.seconds() ? first : second;
                double ratio = measured.seconds() / best.seconds();

                System.out.println();
                System.out.printf("Articles:                %,d (price list %s, stock of %s), PrestaShop layout%n",
                        count, PRICE_LIST, WAREHOUSE);
                System.out.printf("Export job:              %.1f s, %,.0f articles/s, request to end (%s; %.1f s "
                        + "from the job's start to its end on the server; the start request took %.1f s)%n",
                        measured.seconds(), measured.rate(), measured.job().getString("batchStatus"),
                        measured.serverSeconds(), measured.startSeconds());
                System.out.printf("Its file:                %,d records (header and %,d articles), %,.1f MiB "
                        + "(downloaded in %.1f s)%n", records, records - 1, Files.size(csv) / 1048576.0,
                        downloadSeconds);
                System.out.printf("MariaDB INTO OUTFILE:    %.1f s, %,.0f rows/s (best of two: %.1f s, %.1f s), "
                        + "%,.1f MiB%n", best.seconds(), best.rows() / best.seconds(), first.seconds(),
                        second.seconds(), best.bytes() / 1048576.0);
                System.out.printf("Export / OUTFILE:        %.2f× (target at most 2×: %s)%n", ratio,
                        ratio <= 2 ? "met" : "NOT met");
                heap.print();
                System.out.printf("Heap target (< 512 MiB): %s%n", heap.peakLive() < 512L << 20 ? "met" : "NOT met");
                System.out.println("MariaDB during the export: " + counters);
            }
        }
    }

    /** What the set-up wrote, for the summary line. */
    private record Generated(int stocked, int quoted, int semicolons, int multiLine, int formulas) {
    }

    /** A finished export: the job's report and how long it took from the request to its end. */
    private record Export(long execution, JsonObject job, double seconds, double startSeconds) {

        long done() {
            return job.getJsonObject("run").getJsonNumber("done").longValue();
        }

        double rate() {
            return done() / seconds;
        }

        /** From the run's start to its end as the server recorded them (NaN when it did not). */
        double serverSeconds() {
            try {
                var run = job.getJsonObject("run");
                return Duration.between(LocalDateTime.parse(run.getString("startedAt")),
                        LocalDateTime.parse(run.getString("endedAt"))).toMillis() / 1e3;
            } catch (RuntimeException notThere) {
                return Double.NaN;
            }
        }
    }

    /** One INTO OUTFILE: its time, the rows MariaDB reported and the file's size. */
    private record Outfile(double seconds, long rows, long bytes) {
    }

    /** A PrestaShop account that publishes by CSV; its shop is never contacted by the export, so a dummy URL. */
    private static long account(Api api, String description, String priceList) throws Exception {
        return api.post("api/v1/accounts", """
                {"description": "%s", "platform": "PRESTASHOP", "shopUrl": "https://shop.example.it",
                 "secret": "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "publishMethod": "CSV", "warehouseCode": "%s",
                 "languageCode": "it", "priceList": "%s"}""".formatted(description, WAREHOUSE, priceList))
                .getJsonNumber("id").longValue();
    }

    /** Starts the account's export and polls its execution every 250 ms until it has ended. */
    private static Export export(Api api, long accountId, long expected) throws Exception {
        long started = System.nanoTime();
        long execution = api.post("api/v1/catalog-exports/" + accountId, "").getJsonNumber("executionId")
                .longValue();
        double startSeconds = (System.nanoTime() - started) / 1e9;
        JsonObject job;
        do {
            Thread.sleep(250);
            job = api.get("api/v1/jobs/" + execution);
        } while (RUNNING.contains(job.getString("batchStatus"))
                || "RUNNING".equals(job.getJsonObject("run").getString("status")));
        var export = new Export(execution, job, (System.nanoTime() - started) / 1e9, startSeconds);
        if (!"COMPLETED".equals(job.getString("batchStatus")) || export.done() != expected) {
            throw new IllegalStateException("the export of " + expected + " articles ended " + job);
        }
        return export;
    }

    /**
     * Checks the downloaded file: the PrestaShop header, then one record per article (counted as
     * RFC 4180 records: a line break inside a quoted cell is part of it).
     *
     * @return the records, the header included
     */
    private static long checkFile(Path csv, int articles) throws IOException {
        byte[] header = new CatalogCsv(CsvLayout.PRESTASHOP, "it").header().getBytes(StandardCharsets.UTF_8);
        long records = 0;
        boolean quoted = false;
        try (InputStream in = Files.newInputStream(csv)) {
            if (!Arrays.equals(in.readNBytes(header.length), header)) {
                throw new IllegalStateException(csv + " does not start with the PrestaShop header");
            }
            records = 1;
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '"') {
                        quoted = !quoted; // a doubled quote flips twice
                    } else if (buffer[i] == '\n' && !quoted) {
                        records++;
                    }
                }
            }
        }
        if (records != articles + 1L) {
            throw new IllegalStateException(csv + " has " + records + " records, not the header and " + articles);
        }
        return records;
    }

    /**
     * Where MariaDB may write: anywhere when {@code secure_file_priv} is unset (the embedded server's
     * default), else only in the directory it names. Creates the user that may write files.
     */
    private static Path outfileDirectory(BenchmarkStack stack, Path work) throws SQLException, IOException {
        String account = "'" + OUTFILE_USER + "'@'127.0.0.1'";
        stack.asAdministrator("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + OUTFILE_PASSWORD + "';\n"
                + "GRANT FILE ON *.* TO " + account + ";\n"
                + "GRANT SELECT ON `" + EmbeddedMariaDb.DATABASE + "`.* TO " + account + ";\n");
        try (var c = stack.connection(OUTFILE_USER, OUTFILE_PASSWORD); var s = c.createStatement();
                var rs = s.executeQuery("SELECT @@secure_file_priv")) {
            rs.next();
            String allowed = rs.getString(1);
            // MariaDB, unlike MySQL, has no "disabled": unset (NULL, the default) or empty is no restriction
            return allowed == null || allowed.isEmpty() ? Files.createDirectories(work.resolve("outfile"))
                    : Path.of(allowed);
        }
    }

    /** MariaDB's own export of the same rows and columns into {@code file} (which must not exist). */
    private static Outfile outfile(BenchmarkStack stack, Path file, int expected) throws SQLException, IOException {
        Files.deleteIfExists(file);
        String path = file.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'");
        try (var c = stack.connection(OUTFILE_USER, OUTFILE_PASSWORD); var s = c.createStatement()) {
            long started = System.nanoTime();
            s.execute(OUTFILE_SELECT.formatted(path));
            double seconds = (System.nanoTime() - started) / 1e9;
            long rows = s.getLargeUpdateCount();
            if (rows != expected) {
                throw new IllegalStateException("INTO OUTFILE wrote " + rows + " rows, not " + expected);
            }
            return new Outfile(seconds, rows, Files.size(file));
        }
    }

    // ---- set-up -------------------------------------------------------------------------------------

    /**
     * Benchmark set-up only, not how articles come in: the ERP pushes them through its REST API
     * (api/erp/v1/syncs/…/articles and …/stock), which is the product path but far too slow to fill a
     * million rows before every run. Here they are written straight into MariaDB, in multi-row
     * INSERTs, as a FULL sync would have left them: every article priced in {@value #PRICE_LIST}
     * (the first {@code warmUp} also in {@value #WARM_UP_PRICE_LIST}), one in twenty without stock in
     * {@value #WAREHOUSE} (the export writes 0), none gone.
     */
    private static Generated insertArticles(BenchmarkStack stack, int count, int warmUp, Random random)
            throws SQLException {
        var now = Timestamp.valueOf(LocalDateTime.now().minusHours(1));
        var generator = new Articles(random);
        int stocked = 0;
        try (Connection c = stack.connection()) {
            c.setAutoCommit(false);
            int inserts = 0;
            for (int from = 0; from < count; from += ROWS_PER_INSERT) {
                int rows = Math.min(ROWS_PER_INSERT, count - from);
                var batch = new ArrayList<Articles.Article>(rows);
                for (int i = 0; i < rows; i++) {
                    batch.add(generator.next(from + i + 1));
                }
                try (PreparedStatement article = c.prepareStatement(multiRow("INSERT INTO article (id, code, "
                        + "description_it, description_en, vat_rate, gtin, brand, weight_kg, categories, images, gone, "
                        + "last_sync_id, updated_at) VALUES ", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?)", rows))) {
                    int p = 1;
                    for (var a : batch) {
                        article.setLong(p++, a.id());
                        article.setString(p++, a.code());
                        setNullable(article, p++, a.descriptionIt());
                        setNullable(article, p++, a.descriptionEn());
                        article.setBigDecimal(p++, a.vatRate());
                        setNullable(article, p++, a.gtin());
                        setNullable(article, p++, a.brand());
                        article.setBigDecimal(p++, a.weightKg());
                        setNullable(article, p++, a.categories());
                        setNullable(article, p++, a.images());
                        article.setTimestamp(p++, now);
                    }
                    article.executeUpdate();
                }
                var priced = batch.stream().filter(a -> a.id() <= warmUp).toList();
                try (PreparedStatement price = c.prepareStatement(multiRow("INSERT INTO article_price (article_id, "
                        + "price_list, price) VALUES ", "(?, ?, ?)", rows + priced.size()))) {
                    int p = 1;
                    for (var a : batch) {
                        price.setLong(p++, a.id());
                        price.setString(p++, PRICE_LIST);
                        price.setBigDecimal(p++, a.price());
                    }
                    for (var a : priced) {
                        price.setLong(p++, a.id());
                        price.setString(p++, WARM_UP_PRICE_LIST);
                        price.setBigDecimal(p++, a.price());
                    }
                    price.executeUpdate();
                }
                var inStock = batch.stream().filter(a -> a.quantity() != null).toList();
                if (!inStock.isEmpty()) {
                    try (PreparedStatement stock = c.prepareStatement(multiRow("INSERT INTO article_stock "
                            + "(article_code, warehouse, quantity, gone, last_sync_id, updated_at) VALUES ",
                            "(?, ?, ?, FALSE, 1, ?)", inStock.size()))) {
                        int p = 1;
                        for (var a : inStock) {
                            stock.setString(p++, a.code());
                            stock.setString(p++, WAREHOUSE);
                            stock.setBigDecimal(p++, a.quantity());
                            stock.setTimestamp(p++, now);
                        }
                        stock.executeUpdate();
                    }
                    stocked += inStock.size();
                }
                if (++inserts % INSERTS_PER_COMMIT == 0) {
                    c.commit();
                }
            }
            c.commit();
        }
        return new Generated(stocked, generator.quoted, generator.semicolons, generator.multiLine, generator.formulas);
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
     * Plausible articles of an Italian shop that sells food, kitchenware, clothes, tools and
     * stationery: Italian descriptions (most with an English one), brand, EAN-13, weight,
     * categories and image URLs as the ERP store keeps them (JSON arrays). About one in thirty
     * descriptions holds a {@code "}, one in thirty a {@code ;} (the PrestaShop separator), one in
     * five hundred a line break, and one in a thousand starts like a spreadsheet formula.
     */
    private static final class Articles {

        /** A kind of article: its names, categories, formats, weight range (kg), price range (€) and VAT rate (%). */
        private record Kind(String it, String en, List<String> categories, List<String> formats, double minKg,
                double maxKg, double minPrice, double maxPrice, int vat) {
        }

        /** One row of the set-up ({@code quantity} null: not stocked in the warehouse). */
        record Article(long id, String code, String descriptionIt, String descriptionEn, BigDecimal vatRate,
                String gtin, String brand, BigDecimal weightKg, String categories, String images, BigDecimal price,
                BigDecimal quantity) {
        }

        private static final List<Kind> FOOD = List.of(
                new Kind("Caffè in grani", "Coffee beans", List.of("Alimentari", "Caffè"),
                        List.of("250 g", "500 g", "1 kg"), 0.25, 1, 4, 32, 22),
                new Kind("Caffè macinato per moka", "Ground coffee for moka pots", List.of("Alimentari", "Caffè"),
                        List.of("250 g", "confezione da 4 x 250 g"), 0.25, 1, 3, 15, 22),
                new Kind("Capsule compatibili", "Compatible coffee capsules", List.of("Alimentari", "Caffè", "Capsule"),
                        List.of("confezione da 50", "confezione da 100"), 0.3, 0.8, 9, 35, 22),
                new Kind("Paccheri di Gragnano IGP", "Paccheri pasta from Gragnano PGI",
                        List.of("Alimentari", "Pasta"), List.of("500 g", "1 kg"), 0.5, 1, 1.2, 6, 4),
                new Kind("Spaghetti trafilati al bronzo", "Bronze-drawn spaghetti", List.of("Alimentari", "Pasta"),
                        List.of("500 g", "1 kg", "cartone da 12 x 500 g"), 0.5, 6, 1, 24, 4),
                new Kind("Olio extravergine d'oliva", "Extra virgin olive oil", List.of("Alimentari", "Olio e aceto"),
                        List.of("500 ml", "750 ml", "1 l", "lattina 5 l"), 0.5, 5, 6, 75, 4),
                new Kind("Aceto balsamico di Modena IGP", "Balsamic vinegar of Modena PGI",
                        List.of("Alimentari", "Olio e aceto"), List.of("250 ml", "500 ml"), 0.25, 0.5, 3, 40, 22),
                new Kind("Passata di pomodoro", "Tomato passata", List.of("Alimentari", "Conserve"),
                        List.of("700 g", "confezione da 6 x 700 g"), 0.7, 4.2, 1, 12, 4),
                new Kind("Parmigiano Reggiano DOP 24 mesi", "Parmigiano Reggiano PDO aged 24 months",
                        List.of("Alimentari", "Formaggi"), List.of("300 g", "1 kg", "spicchio 500 g"), 0.3, 1, 5, 38,
                        4),
                new Kind("Chianti Classico DOCG", "Chianti Classico DOCG red wine", List.of("Bevande", "Vino", "Rossi"),
                        List.of("75 cl", "cassa da 6 bottiglie"), 1.2, 8, 9, 160, 22),
                new Kind("Prosecco DOC Extra Dry", "Prosecco DOC Extra Dry", List.of("Bevande", "Vino", "Spumanti"),
                        List.of("75 cl", "magnum 1,5 l"), 1.2, 2.5, 7, 45, 22),
                new Kind("Biscotti al burro", "Butter biscuits", List.of("Alimentari", "Dolci"),
                        List.of("350 g", "700 g"), 0.35, 0.7, 2, 9, 10),
                new Kind("Miele di acacia", "Acacia honey", List.of("Alimentari", "Dolci", "Miele"),
                        List.of("250 g", "500 g", "1 kg"), 0.25, 1, 4, 22, 4));

        private static final List<Kind> GOODS = List.of(
                new Kind("Moka in alluminio", "Aluminium moka pot", List.of("Casa", "Cucina", "Caffettiere"),
                        List.of("1 tazza", "3 tazze", "6 tazze", "9 tazze"), 0.3, 1.1, 14, 60, 22),
                new Kind("Pentola in acciaio inox", "Stainless steel pot", List.of("Casa", "Cucina", "Pentole"),
                        List.of("Ø 20 cm", "Ø 24 cm", "Ø 28 cm"), 1, 3.5, 25, 140, 22),
                new Kind("Padella antiaderente", "Non-stick frying pan", List.of("Casa", "Cucina", "Pentole"),
                        List.of("Ø 24 cm", "Ø 28 cm", "Ø 32 cm"), 0.7, 1.8, 15, 90, 22),
                new Kind("Set di bicchieri in vetro", "Glass tumbler set", List.of("Casa", "Tavola"),
                        List.of("6 pezzi", "12 pezzi"), 1.2, 3, 12, 70, 22),
                new Kind("Tovaglia in lino", "Linen tablecloth", List.of("Casa", "Tavola", "Tessili"),
                        List.of("140x180 cm", "140x240 cm", "180x300 cm"), 0.5, 1.4, 25, 120, 22),
                new Kind("Cuscino in memory foam", "Memory foam pillow", List.of("Casa", "Camera da letto"),
                        List.of("50x80 cm", "40x70 cm"), 0.9, 1.6, 20, 80, 22),
                new Kind("Lampada da tavolo", "Table lamp", List.of("Casa", "Illuminazione"),
                        List.of("E27", "LED 8 W", "LED 12 W"), 0.8, 3, 19, 240, 22),
                new Kind("Maglione in lana merino", "Merino wool jumper", List.of("Abbigliamento", "Uomo", "Maglieria"),
                        List.of("taglia S", "taglia M", "taglia L", "taglia XL"), 0.3, 0.6, 39, 180, 22),
                new Kind("Camicia in cotone", "Cotton shirt", List.of("Abbigliamento", "Uomo", "Camicie"),
                        List.of("taglia 39", "taglia 40", "taglia 41", "taglia 42", "taglia 43"), 0.2, 0.4, 29, 110, 22),
                new Kind("Borsa in pelle", "Leather bag", List.of("Abbigliamento", "Donna", "Borse"),
                        List.of("piccola", "media", "grande"), 0.5, 1.5, 60, 480, 22),
                new Kind("Sciarpa in cashmere", "Cashmere scarf", List.of("Abbigliamento", "Accessori"),
                        List.of("180x30 cm", "200x70 cm"), 0.1, 0.3, 45, 220, 22),
                new Kind("Trapano avvitatore a batteria", "Cordless drill driver", List.of("Fai da te", "Utensili"),
                        List.of("12 V", "18 V", "18 V con 2 batterie"), 1.1, 2.6, 49, 320, 22),
                new Kind("Set di cacciaviti", "Screwdriver set", List.of("Fai da te", "Utensili", "Manuali"),
                        List.of("8 pezzi", "12 pezzi", "32 pezzi"), 0.3, 1.2, 9, 60, 22),
                new Kind("Vernice per legno all'acqua", "Water-based wood paint", List.of("Fai da te", "Vernici"),
                        List.of("750 ml", "2,5 l"), 0.9, 3, 12, 55, 22),
                new Kind("Quaderno a righe", "Ruled notebook", List.of("Cartoleria", "Quaderni"),
                        List.of("A4", "A5", "confezione da 10 A5"), 0.1, 1.5, 1.5, 25, 22),
                new Kind("Penna stilografica", "Fountain pen", List.of("Cartoleria", "Scrittura"),
                        List.of("pennino F", "pennino M"), 0.03, 0.1, 12, 190, 22));

        private static final List<String> FOOD_LINES = List.of("", "", "Bio", "linea Tradizione", "Riserva",
                "Selezione Oro", "dal Sud", "100% italiano");
        private static final List<String> GOODS_LINES = List.of("", "", "linea Casa", "Professional",
                "Edizione limitata", "Classic", "Eco");
        private static final List<String[]> COLOURS = List.of(new String[] {"nero", "black"},
                new String[] {"bianco", "white"}, new String[] {"rosso", "red"}, new String[] {"blu notte", "navy"},
                new String[] {"verde salvia", "sage green"}, new String[] {"grigio antracite", "charcoal grey"},
                new String[] {"tortora", "taupe"});
        private static final List<String> BRANDS = List.of("Torrefazione Bianchi", "Pastificio Russo",
                "Oleificio Colli Sabini", "Casa Moretti", "Bottega Verdi", "Fratelli Esposito", "Caseificio Ferrari",
                "Cantine Ricci", "Apicoltura Marino", "Officine Greco", "Lanificio Conti", "Pelletteria De Luca",
                "Utensileria Gallo", "Colorificio Fontana", "Cartiera Rinaldi", "Ceramiche Caruso");
        private static final List<String> TAILS = List.of("Prodotto in Italia.", "Spedizione in 24/48 ore.",
                "Conservare in luogo fresco e asciutto.", "Lavabile in lavatrice a 30 °C.", "Garanzia 2 anni.",
                "Confezione regalo disponibile.", "Senza glutine.", "Adatto a tutti i piani cottura, induzione compresa.",
                "Disponibile fino a esaurimento scorte.");
        private static final List<String> QUOTED = List.of("\"Express\"", "\"Gran Crema\"", "\"Nonna Rosa\"",
                "\"Vintage\"", "\"Le Colline\"");
        private static final List<String> SEMICOLONS = List.of("; confezione regalo", "; 2 pezzi",
                "; made in Italy", "; ricambio incluso");
        private static final List<String> FORMULAS = List.of("=SOMMA(A1:A3) offerta 3x2", "+39 800 123 456 servizio clienti",
                "-20% saldi: %s", "@outlet %s", "=HYPERLINK(\"https://evil.example\";\"clic\")");

        private final Random random;
        int quoted;
        int semicolons;
        int multiLine;
        int formulas;

        Articles(Random random) {
            this.random = random;
        }

        Article next(long id) {
            boolean food = random.nextInt(3) == 0;
            Kind kind = pick(food ? FOOD : GOODS);
            String line = pick(food ? FOOD_LINES : GOODS_LINES);
            String format = pick(kind.formats());
            String[] colour = !food && random.nextInt(2) == 0 ? pick(COLOURS) : null;
            var it = new StringBuilder(kind.it());
            var en = new StringBuilder(kind.en());
            if (!line.isEmpty()) {
                it.append(' ').append(line);
                en.append(' ').append(line);
            }
            int special = random.nextInt(1000);
            if (special < 33) {
                String name = pick(QUOTED);
                it.append(' ').append(name);
                en.append(' ').append(name);
                quoted++;
            }
            if (colour != null) {
                it.append(' ').append(colour[0]);
                en.append(", ").append(colour[1]);
            }
            it.append(' ').append(format);
            en.append(", ").append(format);
            if (special >= 33 && special < 66) {
                it.append(pick(SEMICOLONS));
                semicolons++;
            }
            if (random.nextBoolean()) {
                it.append(". ").append(pick(TAILS));
                if (random.nextBoolean()) {
                    it.append(' ').append(pick(TAILS));
                }
            }
            if (special >= 66 && special < 68) {
                it.append("\nIngredienti e avvertenze in etichetta.");
                multiLine++;
            }
            String descriptionIt = it.toString();
            if (special == 999) {
                descriptionIt = pick(FORMULAS).replace("%s", kind.it());
                formulas++;
            }
            String descriptionEn = random.nextInt(10) < 7 ? en.toString() : null;
            if (special == 998) {
                descriptionIt = null; // the English one, or the code, names it
            }
            String code = "ART%07d".formatted(id);
            String images = random.nextInt(10) == 0 ? null : images(code, 1 + random.nextInt(3));
            String categories = random.nextInt(30) == 0 ? null : jsonArray(kind.categories());
            BigDecimal weight = random.nextInt(20) == 0 ? null
                    : BigDecimal.valueOf(kind.minKg() + random.nextDouble() * (kind.maxKg() - kind.minKg()))
                            .setScale(3, RoundingMode.HALF_UP);
            BigDecimal price = BigDecimal.valueOf(kind.minPrice() + random.nextDouble() * (kind.maxPrice()
                    - kind.minPrice())).setScale(random.nextInt(20) == 0 ? 4 : 2, RoundingMode.HALF_UP);
            return new Article(id, code, descriptionIt, descriptionEn, BigDecimal.valueOf(kind.vat()).setScale(2),
                    gtin(), random.nextInt(5) == 0 ? null : pick(BRANDS), weight, categories, images, price,
                    quantity(food));
        }

        /** An EAN-13 with an Italian prefix (one in fifty a 12-digit UPC-A, one in ten none). */
        private String gtin() {
            int kind = random.nextInt(50);
            if (kind < 5) {
                return null;
            }
            var digits = new StringBuilder(kind == 5 ? "0" : "80");
            while (digits.length() < 12) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 12; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            digits.append((10 - sum % 10) % 10);
            return kind == 5 ? digits.substring(1) : digits.toString();
        }

        /** Most in stock, a few sold out or oversold, some food sold by the kilo; one in twenty not stocked. */
        private BigDecimal quantity(boolean food) {
            int kind = random.nextInt(100);
            if (kind < 5) {
                return null;
            }
            if (kind < 15) {
                return BigDecimal.ZERO.setScale(3);
            }
            if (kind == 15) {
                return BigDecimal.valueOf(-1 - random.nextInt(3)).setScale(3);
            }
            if (food && kind < 25) {
                return BigDecimal.valueOf(random.nextInt(50_000), 3);
            }
            return BigDecimal.valueOf(1 + random.nextInt(500)).setScale(3);
        }

        private static String images(String code, int count) {
            var urls = new ArrayList<String>(count);
            for (int i = 1; i <= count; i++) {
                urls.add("https://img.example.it/articoli/" + code.toLowerCase() + "-" + i + ".jpg");
            }
            return jsonArray(urls);
        }

        /** A JSON array of strings (the values here hold no character JSON would escape). */
        private static String jsonArray(List<String> values) {
            var json = new StringBuilder("[");
            for (String value : values) {
                json.append(json.length() == 1 ? "" : ",").append('"').append(value).append('"');
            }
            return json.append(']').toString();
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}

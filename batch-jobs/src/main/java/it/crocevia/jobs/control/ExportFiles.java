package it.crocevia.jobs.control;

import java.nio.file.Path;

/**
 * Where the catalog exports' files are: {@code CROCEVIA_EXPORT_DIR}, else {@code crocevia/exports} in
 * the server's data folder. One file per export, {@code <accountId>-<executionId>.csv}, named after
 * the execution that began it: its restarts go on writing the same file.
 */
public final class ExportFiles {

    private ExportFiles() {
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

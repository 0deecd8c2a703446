package it.crocevia.jobs.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileTest {

    private static final String HEADER = "Reference #;Name *\r\n";
    private static final String[] CHUNKS = {"A-1;Caffè\r\nA-2;Tè\r\n", "A-3;\"Moka; 3\"\r\n", "A-4;Zucchero\r\n"};

    @TempDir
    Path dir;

    @Test
    void aRestartCutsOffWhatWasWrittenAfterTheLastCheckpointAndGoesOn() throws IOException {
        Path clean = dir.resolve("clean.csv");
        try (var file = ExportFile.create(clean)) {
            file.append(HEADER);
            for (String chunk : CHUNKS) {
                file.append(chunk);
            }
        }

        Path restarted = dir.resolve("exports/1-10.csv");
        long checkpoint;
        try (var file = ExportFile.create(restarted)) {
            file.append(HEADER);
            file.append(CHUNKS[0]);
            checkpoint = file.length();
            file.append(CHUNKS[1]); // written, but its chunk failed before its checkpoint
        }
        assertThat(checkpoint).isEqualTo((HEADER + CHUNKS[0]).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length);
        try (var file = ExportFile.resume(restarted, checkpoint)) {
            assertThat(file.length()).isEqualTo(checkpoint);
            file.append(CHUNKS[1]);
            file.append(CHUNKS[2]);
            assertThat(file.length()).isEqualTo(Files.size(clean));
        }

        assertThat(Files.readAllBytes(restarted)).isEqualTo(Files.readAllBytes(clean));
    }

    @Test
    void aNewExportEmptiesAnOldFileOfTheSameName() throws IOException {
        Path path = dir.resolve("2-20.csv");
        Files.writeString(path, "left over from an earlier attempt\r\n");

        try (var file = ExportFile.create(path)) {
            file.append(HEADER);
        }

        assertThat(Files.readString(path)).isEqualTo(HEADER);
    }

    @Test
    void aFileShorterThanItsCheckpointIsNotResumed() throws IOException {
        Path path = dir.resolve("3-30.csv");
        Files.writeString(path, HEADER);

        assertThatThrownBy(() -> ExportFile.resume(path, 1000)).isInstanceOf(IOException.class)
                .hasMessageContaining("shorter than its checkpoint");
    }

    @Test
    void theFilesAreNamedAfterTheAccountAndTheExecutionThatBeganThem() {
        assertThat(ExportFiles.of(7, 42).getFileName()).hasToString("7-42.csv");
    }
}

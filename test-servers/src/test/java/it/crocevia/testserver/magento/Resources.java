package it.crocevia.testserver.magento;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the documented field lists under {@code src/test/resources/magento}. */
final class Resources {

    private Resources() {}

    static Set<String> fields(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/magento/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package it.crocevia.message.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.platform.boundary.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final List<String> ALLOWED = List.of("customer_name", "link");

    @Test
    void knownPlaceholdersAreFilledAndValuesAreNotReadAgain() {
        assertThat(Placeholders.fill("Ciao {{customer_name}}, apri {{ link }}.",
                Map.of("customer_name", "{{link}} $1 \\", "link", "https://x/?a=1")))
                .isEqualTo("Ciao {{link}} $1 \\, apri https://x/?a=1.");
    }

    @Test
    void anUnknownPlaceholderIsNamedWithTheOnesAvailable() {
        List<Violation> violations = Placeholders.check("body", "Ciao {{nome}} {{link}}", ALLOWED);
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).messageKey()).isEqualTo("templates.placeholder.unknown");
        assertThat(violations.get(0).arguments()).containsExactly("{{nome}}", "{{customer_name}}, {{link}}");
    }

    @Test
    void unclosedBracesAreRefused() {
        assertThat(Placeholders.check("body", "Ciao {{customer_name", ALLOWED)).extracting(Violation::messageKey)
                .containsExactly("templates.placeholder.unclosed");
        assertThat(Placeholders.check("body", "Ciao {{customer_name}} e {link}", ALLOWED)).isEmpty();
    }
}

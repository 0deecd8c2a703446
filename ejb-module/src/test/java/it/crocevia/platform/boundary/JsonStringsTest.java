package it.crocevia.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void readsBackWhatItWritesEscapesIncluded() {
        var values = List.of("Caffè", "a \"quoted\" word", "back\\slash", "line\nbreak\ttab", "\u0001control", "",
                "emoji 😀", "slash /");
        String json = JsonStrings.json(values);

        assertThat(JsonStrings.parse(json)).containsExactlyElementsOf(values);
    }

    @Test
    void readsJsonWrittenOtherwiseThroughTheJsonReader() {
        assertThat(JsonStrings.parse("[ \"a\" , \"b\" ]")).containsExactly("a", "b");
        assertThat(JsonStrings.parse("[\"\\u00e8\\/\"]")).containsExactly("è/");
        assertThat(JsonStrings.parse("[]")).isEmpty();
        assertThat(JsonStrings.parse(null)).isEmpty();
        assertThat(JsonStrings.json(List.of())).isNull();
    }

    @Test
    void refusesWhatIsNotAnArrayOfStrings() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonStrings.parse("[\"a\",1]"))
                .isInstanceOf(RuntimeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonStrings.parse("[\"a\""))
                .isInstanceOf(RuntimeException.class);
    }
}

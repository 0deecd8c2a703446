package it.crocevia.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void showsAtMostTheLastFourCharacters() {
        assertThat(Secrets.mask("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")).isEqualTo("••••••••2345");
    }

    @Test
    void shortOrHugeSecretsShowNothingOfThemselves() {
        assertThat(Secrets.mask("12345678901")).isEqualTo("••••••••");
        assertThat(Secrets.mask("{\"private_key\": \"" + "x".repeat(300) + "\"}")).isEqualTo("••••••••");
    }

    @Test
    void noSecretShowsEmpty() {
        assertThat(Secrets.mask(null)).isEmpty();
        assertThat(Secrets.mask("")).isEmpty();
    }
}

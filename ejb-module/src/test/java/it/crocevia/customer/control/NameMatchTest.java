package it.crocevia.customer.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void caseAccentsAndSpacesDoNotMakeADifferentPerson() {
        assertThat(NameMatch.same("Nicolò", "De  Rossi", "nicolo", " de rossi ")).isTrue();
        assertThat(NameMatch.same("ANNA", "Bianchi", "Anna", "Bianchi")).isTrue();
    }

    @Test
    void anyOtherDifferenceDoes() {
        assertThat(NameMatch.same("Anna", "Bianchi", "Annalisa", "Bianchi")).isFalse();
        assertThat(NameMatch.same("Anna", "Bianchi", "Bianchi", "Anna")).isFalse();
        assertThat(NameMatch.same("Anna", null, "Anna", "Bianchi")).isFalse();
    }
}

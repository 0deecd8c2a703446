package it.crocevia.testserver.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

public class ItalianIdsTest {

    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    @Test
    void theCodiceFiscaleOfTheTextbookMarioRossiIsReproduced() {
        assertThat(ItalianIds.codiceFiscale("Mario", "Rossi", LocalDate.of(1980, 1, 1), false, "F205"))
                .isEqualTo("RSSMRA80A01F205X");
        assertThat(ItalianIds.isValidCodiceFiscale("RSSMRA80A01F205X")).isTrue();
        assertThat(ItalianIds.isValidCodiceFiscale("RSSMRA80A01F205Y")).isFalse();
    }

    @Test
    void womenHaveFortyAddedToTheDay() {
        assertThat(ItalianIds.codiceFiscale("Giulia", "Bianchi", LocalDate.of(1992, 7, 15), true, "D612"))
                .startsWith("BNCGLI92L55D612");
    }

    @Test
    void partitaIvaCheckDigitIsValid() {
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            assertThat(partitaIvaIsValid(ItalianIds.partitaIva(random))).isTrue();
        }
        assertThat(partitaIvaIsValid("01234567897")).isTrue();
        assertThat(ItalianIds.isValidPartitaIva("01234567897")).isTrue();
        assertThat(ItalianIds.isValidPartitaIva("01234567890")).isFalse();
    }

    @Test
    void ean13CheckDigit() {
        assertThat(ItalianIds.ean13("800123456789")).isEqualTo("8001234567897");
    }

    public static boolean codiceFiscaleIsValid(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[value] : value;
        }
        return code.charAt(15) == (char) ('A' + sum % 26);
    }

    private static boolean partitaIvaIsValid(String iva) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int d = iva.charAt(i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

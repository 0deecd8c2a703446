package it.crocevia.connector.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void onlyNumbersWithTheirCheckDigitAreGtins() {
        assertThat(Gtin.isValid("8001234567897")).isTrue();
        assertThat(Gtin.isValid("8001234567890")).as("wrong check digit").isFalse();
        assertThat(Gtin.isValid("96385074")).as("EAN-8").isTrue();
        assertThat(Gtin.isValid("036000291452")).as("UPC-A").isTrue();
        assertThat(Gtin.isValid("ART-001")).isFalse();
        assertThat(Gtin.isValid(null)).isFalse();
    }

    @Test
    void anEan13FieldTakesUpcWithALeadingZeroAndGtin14WithoutIt() {
        assertThat(Gtin.asEan13(" 8001234567897 ")).isEqualTo("8001234567897");
        assertThat(Gtin.asEan13("036000291452")).isEqualTo("0036000291452");
        assertThat(Gtin.asEan13("00036000291452")).isEqualTo("0036000291452");
        assertThat(Gtin.asEan13("10036000291459")).as("a packaging level").isNull();
        assertThat(Gtin.asEan13("12345")).isNull();
    }
}

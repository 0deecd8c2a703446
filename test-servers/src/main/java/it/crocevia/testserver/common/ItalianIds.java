package it.crocevia.testserver.common;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Well-formed Italian identifiers for generated customers, so a client's validation of them can be
 * exercised: codice fiscale with its check character, partita IVA with its check digit, EAN-13
 * barcodes. Shared by the platform generators, so every test server's Italian data validates the
 * same way.
 */
public final class ItalianIds {

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    private ItalianIds() {}

    /**
     * @param belfiore the cadastral code of the birthplace, e.g. F205 for Milano
     * @return the 16-character codice fiscale
     */
    public static String codiceFiscale(String firstname, String lastname, LocalDate birthday, boolean female,
            String belfiore) {
        StringBuilder code = new StringBuilder(16);
        code.append(surnamePart(letters(lastname)));
        code.append(namePart(letters(firstname)));
        code.append(String.format(Locale.ROOT, "%02d", birthday.getYear() % 100));
        code.append(MONTHS.charAt(birthday.getMonthValue() - 1));
        code.append(String.format(Locale.ROOT, "%02d", birthday.getDayOfMonth() + (female ? 40 : 0)));
        code.append(belfiore);
        code.append(checkCharacter(code));
        return code.toString();
    }

    /** @return an 11-digit partita IVA with a valid check digit */
    public static String partitaIva(Random random) {
        int[] digits = new int[11];
        for (int i = 0; i < 7; i++) {
            digits[i] = random.nextInt(10);
        }
        int office = 1 + random.nextInt(100);
        digits[7] = office / 100;
        digits[8] = office / 10 % 10;
        digits[9] = office % 10;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits[i];
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        digits[10] = (10 - sum % 10) % 10;
        StringBuilder text = new StringBuilder(11);
        for (int d : digits) {
            text.append(d);
        }
        return text.toString();
    }

    /** @param twelveDigits the first 12 digits @return them followed by the EAN-13 check digit */
    public static String ean13(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? d : 3 * d;
        }
        return twelveDigits + (10 - sum % 10) % 10;
    }

    /** Lower-case ASCII of a name, for e-mail addresses: "Nicolò D'Amico" gives "nicolodamico". */
    public static String ascii(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * @param code a codice fiscale
     * @return whether it has 16 characters and its check character matches (omocodia letters are
     *     not decoded, as the generators never produce them)
     */
    public static boolean isValidCodiceFiscale(String code) {
        if (code == null || !code.matches("[A-Z]{6}\\d{2}[A-Z]\\d{2}[A-Z]\\d{3}[A-Z]")) {
            return false;
        }
        return code.charAt(15) == checkCharacter(code);
    }

    /**
     * @param iva eleven digits
     * @return whether the Luhn-style check digit of the partita IVA matches
     */
    public static boolean isValidPartitaIva(String iva) {
        if (iva == null || !iva.matches("\\d{11}")) {
            return false;
        }
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

    private static String letters(String text) {
        return ascii(text).replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
    }

    private static String surnamePart(String name) {
        return pad(consonants(name) + vowels(name));
    }

    private static String namePart(String name) {
        String consonants = consonants(name);
        if (consonants.length() > 3) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return pad(consonants + vowels(name));
    }

    private static String pad(String text) {
        return (text + "XXX").substring(0, 3);
    }

    private static String consonants(String name) {
        return name.replaceAll("[AEIOU]", "");
    }

    private static String vowels(String name) {
        return name.replaceAll("[^AEIOU]", "");
    }

    private static char checkCharacter(CharSequence fifteen) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = fifteen.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[value] : value;
        }
        return (char) ('A' + sum % 26);
    }
}

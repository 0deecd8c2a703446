package it.crocevia.marketing.control;

import java.util.Optional;

/**
 * Phone numbers as WhatsApp wants them: the country code and the number, digits only. Italian
 * numbers typed without a prefix (a mobile starts with 3) get +39.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static Optional<String> whatsApp(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip();
        boolean international = t.startsWith("+") || t.startsWith("00");
        String digits = t.replaceAll("[^0-9]", "");
        if (t.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (!international) {
            if (!digits.startsWith("3") || digits.length() < 9 || digits.length() > 10) {
                return Optional.empty(); // an Italian landline cannot receive WhatsApp messages
            }
            digits = "39" + digits;
        }
        return digits.length() >= 8 && digits.length() <= 15 ? Optional.of(digits) : Optional.empty();
    }
}

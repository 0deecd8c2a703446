package it.crocevia.connector.control;

/**
 * GTINs (EAN-8, UPC-A, EAN-13, GTIN-14) as the platforms take them: an ERP's barcode field often
 * holds an internal code or a mistyped number, and a shop refuses an invalid EAN or, worse,
 * shows it; so only numbers with a correct check digit are published.
 */
public final class Gtin {

    private Gtin() {
    }

    /** Whether the text is 8, 12, 13 or 14 digits with a correct GS1 check digit. */
    public static boolean isValid(String gtin) {
        if (gtin == null || !gtin.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = gtin.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (gtin.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == gtin.charAt(gtin.length() - 1) - '0';
    }

    /**
     * The GTIN as an EAN-13 field (PrestaShop's {@code ean13}, at most 13 digits) holds it: an
     * EAN-8 or EAN-13 as it is, a UPC-A with its leading 0, a GTIN-14 without its leading 0;
     * null when invalid or when a GTIN-14 (a packaging level) has no EAN-13.
     */
    public static String asEan13(String gtin) {
        String code = gtin == null ? null : gtin.strip();
        if (!isValid(code)) {
            return null;
        }
        return switch (code.length()) {
            case 12 -> "0" + code;
            case 14 -> code.charAt(0) == '0' ? code.substring(1) : null;
            default -> code;
        };
    }
}

package it.crocevia.platform.boundary;

/** How a stored secret is shown: never whole, at most its last four characters. */
public final class Secrets {

    private static final String MASK = "••••••••";

    private Secrets() {
    }

    /** Short or very long secrets (a JSON key file) show nothing of themselves. */
    public static String mask(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        if (plain.length() < 12 || plain.length() > 200) {
            return MASK;
        }
        return MASK + plain.substring(plain.length() - 4);
    }
}

package it.crocevia.login.control;

import it.crocevia.platform.boundary.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules (OWASP ASVS 5.0, V6.2): at least 12 characters, at most 128, any character
 * allowed, no composition rules; not one of the commonly used passwords of that length (the
 * 100,000 most common passwords that nbvcxz ships, of which those long enough to pass the length
 * rule are kept); not the login's own e-mail; typed the same twice.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final String COMMON = "/dictionaries/passwords.txt";
    private static final Set<String> COMMON_PASSWORDS = load();

    private PasswordPolicy() {
    }

    /** What is wrong with {@code password} for the login {@code email}; empty when it is acceptable. */
    public static List<Violation> check(String field, String password, String confirmation, String email) {
        var violations = new ArrayList<Violation>();
        if (password == null || password.isEmpty()) {
            violations.add(Violation.of(field, "login.password.required"));
            return violations;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.of(field, "login.password.tooShort", MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            violations.add(Violation.of(field, "login.password.tooLong", MAX_LENGTH));
        } else if (COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.of(field, "login.password.common"));
        } else if (email != null && password.equalsIgnoreCase(email)) {
            violations.add(Violation.of(field, "login.password.isEmail"));
        }
        if (confirmation != null && !password.equals(confirmation)) {
            violations.add(Violation.of("confirmation", "login.password.mismatch"));
        }
        return violations;
    }

    /** How many common passwords are refused (for the documentation and its test). */
    public static int commonPasswords() {
        return COMMON_PASSWORDS.size();
    }

    private static Set<String> load() {
        var common = new HashSet<String>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException(COMMON + " is missing: nbvcxz must be on the class path");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String candidate = line.strip();
                if (candidate.codePointCount(0, candidate.length()) >= MIN_LENGTH) {
                    common.add(candidate.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}

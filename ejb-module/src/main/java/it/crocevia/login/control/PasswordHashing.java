package it.crocevia.login.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password storage as the OWASP Password Storage cheat sheet asks: PBKDF2-HMAC-SHA256 (the JDK's
 * {@code PBKDF2WithHmacSHA256}, FIPS-approved), a 128-bit random salt per password, a 256-bit
 * output and at least 600,000 iterations. A hash is kept as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64), so the iteration count can be raised
 * later and older hashes upgraded at the customer's next sign-in.
 */
public final class PasswordHashing {

    /** The algorithm's name in stored hashes. */
    public static final String ALGORITHM = "pbkdf2-sha256";
    /** OWASP's minimum for PBKDF2-HMAC-SHA256 (2023). */
    public static final int MIN_ITERATIONS = 600_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final String dummy;

    /** @param iterations the work factor for new hashes; below the minimum the minimum is used */
    public PasswordHashing(int iterations) {
        this.iterations = Math.max(MIN_ITERATIONS, iterations);
        this.dummy = hash("not a password of anyone".toCharArray());
    }

    public int iterations() {
        return iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        var b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether {@code password} matches {@code stored}; a null or foreign hash never matches. */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            matches(password, dummy);
            return false;
        }
        try {
            var b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time a real check would, for unknown accounts: the answer's timing tells nothing. */
    public void matchNothing(char[] password) {
        matches(password, dummy);
    }

    /** Whether {@code stored} was made with weaker parameters than today's. */
    public boolean outdated(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        var spec = new PBEKeySpec(password, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}

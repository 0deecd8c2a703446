package it.crocevia.catalog.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret token of a feed link: 256 random bits, URL-safe. Only its SHA-256 is stored (the
 * token is random, so a plain hash is as strong as a slow one, and it can be looked up by an
 * index), with its first characters to tell links apart.
 */
public final class FeedTokens {

    private static final String PREFIX = "gf_";
    private static final Pattern TOKEN = Pattern.compile("gf_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SHOWN = 10;

    private FeedTokens() {
    }

    public static String generate() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether a string can be a token at all: anything else is not looked up. */
    public static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** The characters of a token that may be shown: the prefix and a few random ones. */
    public static String prefix(String token) {
        return token.substring(0, SHOWN);
    }
}

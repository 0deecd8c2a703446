package it.crocevia.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts third-party credentials (API keys, tokens) before they reach the database, with
 * AES-256-GCM: a fresh 96-bit nonce per value and the value's purpose as associated data,
 * so a ciphertext copied into another column does not decrypt. The key comes from the
 * server ({@code java:global/crocevia/secret-key}, set from {@code CROCEVIA_SECRET_KEY});
 * when it says {@code generate}, a development key is created once in the server's data
 * folder. Plain values are never logged.
 */
@Singleton
@Lock(LockType.READ)
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Resource(lookup = "java:global/crocevia/secret-key")
    String configuredKey;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    @PostConstruct
    void loadKey() {
        key = new SecretKeySpec(keyBytes(), "AES");
    }

    private byte[] keyBytes() {
        String value = configuredKey == null ? "" : configuredKey.trim();
        if (!value.isEmpty() && !"generate".equals(value)) {
            byte[] bytes = decodeKey(value, "CROCEVIA_SECRET_KEY");
            return bytes;
        }
        Path file = Path.of(System.getProperty("jboss.server.data.dir", "."), "crocevia", "secret.key");
        try {
            if (Files.exists(file)) {
                return decodeKey(Files.readString(file).trim(), file.toString());
            }
            byte[] generated = new byte[32];
            random.nextBytes(generated);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(generated));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the folder's permissions
            }
            LOG.log(Level.WARNING, "CROCEVIA_SECRET_KEY is not set: generated a development key in {0}. "
                    + "Set CROCEVIA_SECRET_KEY in production.", file);
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the development key " + file, e);
        }
    }

    private static byte[] decodeKey(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not Base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes (256 bits) in Base64, it is " + bytes.length);
        }
        return bytes;
    }

    /** Encrypts {@code plain} for the given purpose (e.g. {@code shop-account.secret}). */
    public String encrypt(String plain, String purpose) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Decrypts what {@link #encrypt} produced for the same purpose. */
    public String decrypt(String sealed, String purpose) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown secret format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted: is CROCEVIA_SECRET_KEY the key "
                    + "it was encrypted with?", e);
        }
    }
}

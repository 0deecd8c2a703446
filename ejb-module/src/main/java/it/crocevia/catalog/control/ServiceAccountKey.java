package it.crocevia.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A Google Cloud service account's JSON key file, as the Cloud console hands it out, reduced to what
 * signing in needs: {@code client_email}, {@code private_key_id}, {@code private_key} (RSA, PKCS#8
 * in PEM) and {@code token_uri}. Its {@link #toString()} names the account only: the key must never
 * reach a log.
 */
final class ServiceAccountKey {

    static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";

    private final String clientEmail;
    private final String privateKeyId;
    private final PrivateKey privateKey;
    private final String tokenUri;

    private ServiceAccountKey(String clientEmail, String privateKeyId, PrivateKey privateKey, String tokenUri) {
        this.clientEmail = clientEmail;
        this.privateKeyId = privateKeyId;
        this.privateKey = privateKey;
        this.tokenUri = tokenUri;
    }

    /**
     * @param json the key file's text
     * @return the key
     * @throws IllegalArgumentException when the text is not a service-account key file; the message
     *     says what is wrong without quoting the key
     */
    static ServiceAccountKey parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("no service account key");
        }
        JsonObject file;
        try (var reader = Json.createReader(new StringReader(json))) {
            file = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the service account key is not a JSON object");
        }
        if (!"service_account".equals(text(file, "type"))) {
            throw new IllegalArgumentException("not a service account key (type is not service_account)");
        }
        String email = required(file, "client_email");
        String keyId = required(file, "private_key_id");
        String pem = required(file, "private_key");
        String tokenUri = text(file, "token_uri");
        return new ServiceAccountKey(email, keyId, privateKey(pem),
                tokenUri == null || tokenUri.isBlank() ? GOOGLE_TOKEN_URI : tokenUri.strip());
    }

    String clientEmail() {
        return clientEmail;
    }

    String privateKeyId() {
        return privateKeyId;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    String tokenUri() {
        return tokenUri;
    }

    @Override
    public String toString() {
        return "ServiceAccountKey[" + clientEmail + "]";
    }

    private static PrivateKey privateKey(String pem) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the private_key of the service account key is not an RSA key in PKCS#8 PEM");
        }
    }

    private static String required(JsonObject file, String name) {
        String value = text(file, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the service account key has no " + name);
        }
        return value;
    }

    private static String text(JsonObject file, String name) {
        return file.get(name) instanceof JsonString value ? value.getString() : null;
    }
}

package it.crocevia.testserver.google;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Google Cloud service account and one of its keys, as the Cloud console hands out a key: a JSON
 * file of {@code type} ({@code service_account}), {@code project_id}, {@code private_key_id} (40 hex
 * digits), {@code private_key} (an RSA 2048 key, PKCS#8 in PEM), {@code client_email}
 * ({@code <name>@<project>.iam.gserviceaccount.com}), {@code client_id} (21 digits), {@code auth_uri},
 * {@code token_uri}, the certificate URLs and {@code universe_domain}.
 *
 * <p>The test server knows the public half and verifies the JWT assertions signed with the private
 * half; a test that needs a key the server does not know (or the right e-mail with the wrong key)
 * generates one with {@link #generate(String, String)}.
 */
public final class ServiceAccount {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String email;
    private final String projectId;
    private final String keyId;
    private final String clientId;
    private final KeyPair keys;

    private ServiceAccount(String email, String projectId, String keyId, String clientId, KeyPair keys) {
        this.email = email;
        this.projectId = projectId;
        this.keyId = keyId;
        this.clientId = clientId;
        this.keys = keys;
    }

    /**
     * A new service account with a fresh RSA 2048 key.
     *
     * @param name the part of the e-mail before {@code @}
     * @param projectId the Cloud project, also the e-mail's domain prefix
     */
    public static ServiceAccount generate(String name, String projectId) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(projectId, "projectId");
        return new ServiceAccount(name + "@" + projectId + ".iam.gserviceaccount.com", projectId, hex(20),
                digits(21), rsaKeys());
    }

    /** @return the same account with another key (of another {@code private_key_id}) that the server does not know */
    public ServiceAccount withOtherKey() {
        return new ServiceAccount(email, projectId, hex(20), clientId, rsaKeys());
    }

    /** @return {@code client_email} */
    public String email() {
        return email;
    }

    /** @return {@code project_id} */
    public String projectId() {
        return projectId;
    }

    /** @return {@code private_key_id}, the {@code kid} of the assertions signed with this key */
    public String keyId() {
        return keyId;
    }

    RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    /**
     * The key file.
     *
     * @param tokenUri its {@code token_uri}: where the client exchanges its assertion for a token
     * @return the JSON text of the key file
     */
    public String json(String tokenUri) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return Json.createObjectBuilder()
                .add("type", "service_account")
                .add("project_id", projectId)
                .add("private_key_id", keyId)
                .add("private_key", pem)
                .add("client_email", email)
                .add("client_id", clientId)
                .add("auth_uri", "https://accounts.google.com/o/oauth2/auth")
                .add("token_uri", tokenUri)
                .add("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs")
                .add("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/"
                        + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .add("universe_domain", "googleapis.com")
                .build().toString();
    }

    @Override
    public String toString() {
        return "ServiceAccount[" + email + ", key " + keyId + "]";
    }

    private static KeyPair rsaKeys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is missing from this JDK", e);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String digits(int count) {
        StringBuilder id = new StringBuilder().append(1 + RANDOM.nextInt(9));
        while (id.length() < count) {
            id.append(RANDOM.nextInt(10));
        }
        return id.toString();
    }
}

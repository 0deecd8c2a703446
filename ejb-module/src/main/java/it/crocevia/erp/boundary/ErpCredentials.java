package it.crocevia.erp.boundary;

import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.erp.entity.ErpCredential;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The ERP's own credentials (not an operator's SSO): an administrator creates one and sees its
 * key once; Crocevia keeps only the key's SHA-256 (the key is 32 random bytes, so a plain hash is
 * as strong as a slow one) and its first characters to tell keys apart. A key can be revoked.
 */
@Stateless
public class ErpCredentials {

    /** The header the ERP sends its key in. */
    public static final String HEADER = "X-Crocevia-Erp-Key";

    private static final String PREFIX = "crv_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    /** A new credential; the key in the answer is shown this once and never again. */
    public record Created(ErpCredentialView credential, String key) {
    }

    @RolesAllowed(Roles.ADMIN)
    public Created create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInputException(Violation.of("name", "erp.credential.name"));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var credential = new ErpCredential(trimmed, key.substring(0, 10), hash(key), Callers.name(context), now());
        em.persist(credential);
        em.flush();
        audit.record("ERP_CREDENTIAL_CREATED", "ErpCredential", credential.getId(), trimmed);
        return new Created(view(credential), key);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<ErpCredentialView> list() {
        return em.createNamedQuery(ErpCredential.ALL, ErpCredential.class).getResultStream().map(this::view).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public void revoke(long id) {
        var credential = em.find(ErpCredential.class, id);
        if (credential == null) {
            throw new NotFoundException("ErpCredential", id);
        }
        credential.revoke(now());
        audit.record("ERP_CREDENTIAL_REVOKED", "ErpCredential", id, credential.getName());
    }

    /** The credential a key belongs to, when it is one and not revoked; notes when it was last used. */
    @PermitAll
    public Optional<ErpCredentialView> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(ErpCredential.FIND_BY_HASH, ErpCredential.class).setParameter("hash", hash(key))
                .getResultStream().filter(c -> c.getRevokedAt() == null).findFirst().map(c -> {
                    var at = now();
                    if (c.getLastUsedAt() == null || c.getLastUsedAt().plus(USE_RESOLUTION).isBefore(at)) {
                        c.used(at);
                    }
                    return view(c);
                });
    }

    private ErpCredentialView view(ErpCredential c) {
        return new ErpCredentialView(c.getId(), c.getName(), c.getKeyPrefix(), c.getCreatedAt(), c.getCreatedBy(),
                c.getLastUsedAt(), c.getRevokedAt());
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}

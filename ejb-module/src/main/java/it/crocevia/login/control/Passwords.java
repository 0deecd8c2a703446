package it.crocevia.login.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

/**
 * The server's password hashing, with its work factor from
 * {@code java:global/crocevia/password-iterations} (CROCEVIA_PASSWORD_ITERATIONS, never below
 * OWASP's 600,000).
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class Passwords {

    @Resource(lookup = "java:global/crocevia/password-iterations")
    String configuredIterations;

    private PasswordHashing hashing;

    @PostConstruct
    void init() {
        int iterations;
        try {
            iterations = Integer.parseInt(configuredIterations.strip());
        } catch (NumberFormatException e) {
            iterations = PasswordHashing.MIN_ITERATIONS;
        }
        hashing = new PasswordHashing(iterations);
    }

    public PasswordHashing hashing() {
        return hashing;
    }
}

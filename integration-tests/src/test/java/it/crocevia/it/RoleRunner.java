package it.crocevia.it;

import jakarta.annotation.security.PermitAll;
import java.util.concurrent.Callable;

/**
 * Runs a piece of test code with an operator role, as if the operator had called the
 * boundary. Subclasses fix the role with {@code @RunAs}; the boundaries' own
 * {@code @RolesAllowed} checks stay in force.
 */
@PermitAll
public abstract class RoleRunner {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(ThrowingRunnable work) throws Exception {
        work.run();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}

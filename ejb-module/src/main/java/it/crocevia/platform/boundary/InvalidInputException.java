package it.crocevia.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Thrown by a boundary when its input breaks a rule. It reaches the caller as it is (not
 * wrapped in an EJBException) and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.messageKey()).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}

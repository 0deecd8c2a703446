package it.crocevia.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run with the {@code admin} role, as the user {@code it-admin}. */
@Stateless
@PermitAll
@RunAs("admin")
@RunAsPrincipal("it-admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAdmin extends RoleRunner {
}

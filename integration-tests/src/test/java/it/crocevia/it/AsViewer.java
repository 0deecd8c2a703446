package it.crocevia.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run with the {@code viewer} role, as the user {@code it-viewer}. */
@Stateless
@PermitAll
@RunAs("viewer")
@RunAsPrincipal("it-viewer")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsViewer extends RoleRunner {
}

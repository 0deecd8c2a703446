package it.crocevia.audit.api;

import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.audit.boundary.AuditRecord;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, newest first (administrators). */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who did what, when (UTC), to which record")
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The latest audit lines, a page at a time")
    public List<AuditRecord> latest(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return auditLog.latest(Math.max(0, first), Math.max(1, Math.min(max, 500)));
    }
}

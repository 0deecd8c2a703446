package it.crocevia.platform.api;

import it.crocevia.platform.boundary.HealthCheck;
import it.crocevia.platform.boundary.HealthReport;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The probe for load balancers and the run command: 200 when Crocevia can work, 503 when not. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class HealthResource {

    @Inject
    HealthCheck healthCheck;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Database reachable and schema migrations applied (no sign-in needed)")
    public Response health() {
        HealthReport report = healthCheck.check();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report).build();
    }
}

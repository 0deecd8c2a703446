package it.crocevia.erp.api;

import it.crocevia.erp.boundary.ErpCredentialView;
import it.crocevia.erp.boundary.ErpCredentials;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ERP's credentials, for administrators: create (the key is shown once), list, revoke. */
@Path("/v1/erp-credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ERP credentials", description = "The keys the ERP signs in with")
public class ErpCredentialResource {

    @Inject
    ErpCredentials credentials;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The credentials, without their keys")
    public List<ErpCredentialView> list() {
        return credentials.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Creates a credential: {\"name\": \"...\"}; the answer carries the key, shown this once")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(JsonObject body) {
        var created = credentials.create(body == null ? null : body.getString("name", null));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revokes a credential: its key no longer signs in")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") long id) {
        credentials.revoke(id);
    }
}

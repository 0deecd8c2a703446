package it.crocevia.account.api;

import it.crocevia.account.boundary.AccountStructures;
import it.crocevia.connector.boundary.StructureItem;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Aggiorna Account" over REST, and the structure it stored. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountStructureResource {

    @Inject
    AccountStructures structures;

    @POST
    @Path("structure-refreshes/{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Aggiorna Account: re-reads the platform's data structure; answers the counts per kind")
    public Map<StructureItem.Kind, Integer> refresh(@PathParam("accountId") long accountId) {
        return structures.refresh(accountId);
    }

    @GET
    @Path("account-structures/{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The data structure last read from the account's platform")
    public List<StructureItem> stored(@PathParam("accountId") long accountId) {
        return structures.stored(accountId);
    }
}

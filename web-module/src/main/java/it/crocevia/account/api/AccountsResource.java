package it.crocevia.account.api;

import it.crocevia.account.boundary.AccountDetails;
import it.crocevia.account.boundary.AccountSummary;
import it.crocevia.account.boundary.ShopAccounts;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Gestione Account" over REST, with the console's operations and roles. The credential is
 * accepted in {@code secret} and never returned: answers carry {@code secretMasked}.
 */
@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Shop and marketplace accounts (Gestione Account)")
public class AccountsResource {

    @Inject
    ShopAccounts accounts;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Lista degli Account: every account, by description")
    public List<AccountSummary> list() {
        return accounts.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Dati Account: every setting of one account, the credential masked")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountDetails find(@PathParam("id") long id) {
        return accounts.find(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Aggiungi Account")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Bad JSON or invalid settings, with one message per field")
    @APIResponse(responseCode = "403", description = "The caller's role may not create accounts")
    public Response create(AccountDetails input) {
        var created = accounts.create(input == null ? new AccountDetails() : input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Modifica Account: send the version you read; an empty secret keeps the stored one")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "Bad JSON or invalid settings")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the given version")
    public AccountDetails update(@PathParam("id") long id, AccountDetails input) {
        return accounts.update(id, input == null ? new AccountDetails() : input);
    }

    @POST
    @Path("{id}/copy")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Copia Account: a copy with every setting, named \"Copia di …\"")
    @APIResponse(responseCode = "201", description = "The copy")
    public Response copy(@PathParam("id") long id) {
        var copy = accounts.copy(id);
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/accounts").path(copy.getId().toString()).build())
                .entity(copy).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Elimina Account (administrators); what it imported stays")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Only administrators delete accounts")
    public void delete(@PathParam("id") long id) {
        accounts.delete(id);
    }
}

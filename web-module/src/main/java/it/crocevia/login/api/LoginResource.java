package it.crocevia.login.api;

import static it.crocevia.api.JsonBodies.text;

import it.crocevia.login.boundary.CustomerLogins;
import it.crocevia.login.boundary.LoginDetail;
import it.crocevia.login.boundary.LoginPage;
import it.crocevia.login.boundary.LoginRow;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gestione Utenti → E-Commerce for automation: the customers' logins, their search, resets,
 * recovery links, deactivation and the link between a customer record and its login. The
 * {@code Server-Timing} header of a search says how long the server spent on it.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "E-commerce logins", description = "Customers' logins to the shop portal")
public class LoginResource {

    @Inject
    CustomerLogins logins;

    @GET
    @Path("logins")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Active logins whose e-mail or name starts with q; 'more' says whether a next page exists")
    public Response search(@QueryParam("q") String q, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("25") int max) {
        long start = System.nanoTime();
        LoginPage page = logins.search(q, first, max);
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        return Response.ok(page).header("Server-Timing", String.format(java.util.Locale.ROOT, "search;dur=%.3f", millis))
                .build();
    }

    @GET
    @Path("logins/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "A login with its records and history")
    public LoginDetail detail(@PathParam("id") long id) {
        return logins.detail(id);
    }

    @PUT
    @Path("logins/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Sets a new password typed twice: {\"password\", \"confirmation\"}; to be changed at the next sign-in")
    @APIResponse(responseCode = "204", description = "Set; the customer is told by e-mail")
    public void resetPassword(@PathParam("id") long id, JsonObject body) {
        logins.resetPassword(id, text(body, "password"), text(body, "confirmation"));
    }

    @POST
    @Path("logins/{id}/deactivation")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Deactivates a login: it can no longer sign in and its open sessions end")
    @APIResponse(responseCode = "204", description = "Deactivated")
    public void deactivate(@PathParam("id") long id) {
        logins.deactivate(id);
    }

    @DELETE
    @Path("logins/{id}/deactivation")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Activates a login again")
    @APIResponse(responseCode = "204", description = "Active")
    public void activate(@PathParam("id") long id) {
        logins.activate(id);
    }

    @GET
    @Path("customers/{customerId}/login")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The login a customer record signs in with; 404 when it has none")
    public Response ofCustomer(@PathParam("customerId") long customerId) {
        return logins.ofCustomer(customerId).map(l -> Response.ok(l).build())
                .orElse(Response.status(Response.Status.NOT_FOUND).build());
    }

    @PUT
    @Path("customers/{customerId}/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Gives a customer record the login of {\"email\"}, creating it (without a password) if needed")
    public LoginRow link(@PathParam("customerId") long customerId, JsonObject body) {
        return logins.link(customerId, text(body, "email"));
    }

    @DELETE
    @Path("customers/{customerId}/login")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Dissocia Utente: this record no longer signs in with its login; others sharing it keep access")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public void unlink(@PathParam("customerId") long customerId) {
        logins.unlink(customerId);
    }

    @POST
    @Path("customers/{customerId}/login/recovery-link")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Scorciatoie → Reset Password: e-mails the customer a link (one hour, once) to choose a new password")
    @APIResponse(responseCode = "204", description = "Sent")
    public void sendRecoveryLink(@PathParam("customerId") long customerId) {
        logins.sendRecoveryLink(customerId);
    }

}

package it.crocevia.order.api;

import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.connector.boundary.ConnectionTests;
import it.crocevia.order.boundary.OrderSync;
import it.crocevia.order.boundary.SyncRunView;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Sincro Ordini" and "Test Connessione" over REST, and the reports of sync runs. (Own roots, not
 * sub-paths of /v1/accounts/{id}: JAX-RS would route those to the accounts resource and stop.)
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order sync", description = "Sincro Ordini: import the orders placed on a shop platform")
public class OrderSyncResource {

    @Inject
    OrderSync orderSync;

    @Inject
    ConnectionTests connectionTests;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("order-syncs/{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Sincro Ordini: starts the import of the account's new orders in the background")
    @APIResponse(responseCode = "202", description = "Started; Location is the run's report")
    @APIResponse(responseCode = "400", description = "The account does not sync orders")
    @APIResponse(responseCode = "409", description = "A sync of this account is already running")
    public Response start(@PathParam("accountId") long accountId) {
        long runId = orderSync.startInBackground(accountId);
        return Response.accepted(Map.of("runId", runId))
                .location(uriInfo.getBaseUriBuilder().path("v1/sync-runs").path(Long.toString(runId)).build())
                .build();
    }

    @GET
    @Path("sync-runs/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "A sync run: status, counts and the records it reported")
    public SyncRunView run(@PathParam("id") long runId) {
        return orderSync.report(runId);
    }

    @POST
    @Path("connection-tests/{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Test Connessione: reaches the platform with the account's saved settings")
    public ConnectionCheck test(@PathParam("accountId") long accountId) {
        return connectionTests.test(accountId);
    }
}

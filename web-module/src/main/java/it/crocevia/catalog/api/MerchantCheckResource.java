package it.crocevia.catalog.api;

import it.crocevia.catalog.boundary.GoogleMerchant;
import it.crocevia.catalog.boundary.MerchantCheck;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A Google Shopping account's "Test Connessione" of the Merchant API. */
@Path("/v1/accounts/{id}/merchant-check")
@Tag(name = "Google Shopping", description = "The Merchant Center product feed of Google Shopping accounts")
@Produces(MediaType.APPLICATION_JSON)
public class MerchantCheckResource {

    @Inject
    GoogleMerchant merchant;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Signs in to Google's Merchant API with the account's saved key and reads its data source")
    public MerchantCheck check(@PathParam("id") long id) {
        return merchant.check(id);
    }
}

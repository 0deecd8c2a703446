package it.crocevia.marketing.api;

import static it.crocevia.api.JsonBodies.text;

import it.crocevia.connector.boundary.ConnectionCheck;
import it.crocevia.jobs.api.JobResource;
import it.crocevia.jobs.boundary.MarketingResends;
import it.crocevia.marketing.boundary.Deliveries;
import it.crocevia.marketing.boundary.DeliveryView;
import it.crocevia.marketing.boundary.MarketingAccountView;
import it.crocevia.marketing.boundary.MarketingAccounts;
import it.crocevia.marketing.boundary.MarketingOptions;
import it.crocevia.marketing.boundary.MarketingPlatform;
import it.crocevia.marketing.boundary.MarketingSettings;
import it.crocevia.marketing.boundary.ModuleView;
import it.crocevia.marketing.boundary.Modules;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gestisci Integrazioni, Moduli and the failed deliveries for automation. Secrets are accepted in
 * {@code secret} and never returned ({@code secretMasked}).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketing integrations", description = "ActiveCampaign, Clerk.io, WA Smart Business, Telegram")
public class MarketingResource {

    @Inject
    MarketingAccounts accounts;

    @Inject
    Modules modules;

    @Inject
    Deliveries deliveries;

    @Inject
    MarketingResends resends;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("modules")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The licensed modules and whether each is on")
    public List<ModuleView> modules() {
        return modules.list();
    }

    @PUT
    @Path("modules/{platform}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Switches a module on or off: {\"enabled\": true|false}")
    public List<ModuleView> setModule(@PathParam("platform") String platform, JsonObject body) {
        if (body == null || !body.containsKey("enabled")) {
            throw new InvalidInputException(Violation.of("enabled", "marketing.module.enabledRequired"));
        }
        modules.setEnabled(platform(platform), body.getBoolean("enabled"));
        return modules.list();
    }

    @GET
    @Path("marketing-accounts")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Lista degli Account of the marketing integrations")
    public List<MarketingAccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("marketing-accounts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public MarketingAccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @Path("marketing-accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Aggiungi Account: {description, platform, accountName, secret, options}")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(JsonObject body) {
        return Response.status(Response.Status.CREATED).entity(accounts.create(settings(body))).build();
    }

    @PUT
    @Path("marketing-accounts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Modifica Account: as create, with the version read; secret blank keeps the saved one")
    public MarketingAccountView update(@PathParam("id") long id, JsonObject body) {
        long version = body != null && body.containsKey("version") ? body.getJsonNumber("version").longValue() : -1;
        return accounts.update(id, version, settings(body));
    }

    @PUT
    @Path("marketing-accounts/{id}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Attiva / Disattiva Account: {\"active\": true|false}; the settings stay")
    public MarketingAccountView setActive(@PathParam("id") long id, JsonObject body) {
        return accounts.setActive(id, body != null && body.getBoolean("active", false));
    }

    @DELETE
    @Path("marketing-accounts/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Elimina Account")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        accounts.delete(id);
    }

    @POST
    @Path("marketing-accounts/{id}/connection-test")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Test Connessione with the saved settings")
    public Map<String, Object> test(@PathParam("id") long id) {
        ConnectionCheck check = accounts.test(id);
        return Map.of("ok", check.ok(), "outcome", check.outcome().name(), "detail", String.valueOf(check.detail()));
    }

    @POST
    @Path("marketing-accounts/{id}/resend")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Full resend (ActiveCampaign, Clerk.io): a marketing-resend job queues every covered order again")
    @APIResponse(responseCode = "202", description = "Started: {\"executionId\": ...}")
    public Response resend(@PathParam("id") long id) {
        return JobResource.accepted(uriInfo, resends.start(id));
    }

    @GET
    @Path("marketing-deliveries/failed")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Deliveries that kept failing, with the platform's last answer")
    public List<DeliveryView> failed() {
        return deliveries.failed();
    }

    @POST
    @Path("marketing-deliveries/{id}/retry")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Sends a failed delivery again")
    @APIResponse(responseCode = "204", description = "Queued again")
    public void retry(@PathParam("id") long id) {
        deliveries.retry(id);
    }

    private static MarketingSettings settings(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException(Violation.of("description", "marketing.description.required"));
        }
        String platform = text(body, "platform");
        MarketingPlatform p = platform == null ? null : platform(platform);
        MarketingOptions options = body.get("options") instanceof JsonObject o ? MarketingOptions.fromJson(o.toString())
                : null;
        return new MarketingSettings(text(body, "description"), p, text(body, "accountName"), text(body, "secret"),
                options);
    }

    private static MarketingPlatform platform(String name) {
        try {
            return MarketingPlatform.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.of("platform", "marketing.platform.unknown", name));
        }
    }

}

package it.crocevia.erp.api;

import it.crocevia.customer.boundary.ErpCustomers;
import it.crocevia.erp.boundary.ErpPull;
import it.crocevia.erp.boundary.ErpSyncView;
import it.crocevia.erp.boundary.ErpSyncs;
import it.crocevia.erp.boundary.PushKind;
import it.crocevia.erp.boundary.PushReport;
import it.crocevia.order.boundary.ErpOrders;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.Violation;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ERP's API (SPEC §6), signed in with the ERP's own key. A sync: {@code POST syncs} (FULL or
 * DELTA), then any number of pushes of articles, stock and customers (JSON arrays, streamed),
 * then {@code POST syncs/{id}/complete}. Pulls: orders and customers not yet acknowledged, from a
 * cursor, and their acknowledgement.
 */
@Path("/erp/v1")
@Produces(MediaType.APPLICATION_JSON)
@ErpAuthenticated
@Tag(name = "ERP", description = "The gestionale: push articles, stock and customers; pull orders and customers")
@SecurityScheme(securitySchemeName = "erpKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Crocevia-Erp-Key", description = "The ERP's own key (Impostazioni → ERP, admin)")
@SecurityRequirement(name = "erpKey")
public class ErpResource {

    @Inject
    ErpSyncs syncs;

    @Inject
    ErpPull pull;

    @Context
    UriInfo uriInfo;

    @Inject
    ErpCaller caller;

    @POST
    @Path("syncs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens a sync: {\"mode\": \"FULL\"} (what is not pushed is marked gone at the end) "
            + "or {\"mode\": \"DELTA\"} (only what changed)")
    @APIResponse(responseCode = "201", description = "Opened; Location is the sync")
    public Response begin(JsonObject body) {
        var sync = syncs.begin(body == null ? null : body.getString("mode", null),
                caller.name());
        return Response.created(uriInfo.getBaseUriBuilder().path("erp/v1/syncs").path(Long.toString(sync.id()))
                .build()).entity(sync).build();
    }

    @GET
    @Path("syncs/{id}")
    @Operation(summary = "A sync with its counts")
    public ErpSyncView sync(@PathParam("id") long id) {
        return syncs.find(id);
    }

    @POST
    @Path("syncs/{id}/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pushes articles: a JSON array of {code, descriptionIt, descriptionEn, prices: {list: price}, "
            + "vatRate, gtin, brand, categories: [..], images: [url..], weightKg, flags: [..]}, read as a stream")
    @APIResponse(responseCode = "200", description = "What was stored, and each item rejected with its position")
    public PushReport articles(@PathParam("id") long id, InputStream body) {
        return syncs.push(id, PushKind.ARTICLES, body);
    }

    @POST
    @Path("syncs/{id}/stock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pushes stock: a JSON array of {articleCode, warehouse, quantity}, read as a stream")
    public PushReport stock(@PathParam("id") long id, InputStream body) {
        return syncs.push(id, PushKind.STOCK, body);
    }

    @POST
    @Path("syncs/{id}/customers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pushes customers: a JSON array of {code, email, firstName, lastName, company, vatNumber, "
            + "fiscalCode, phone, ecommerceLogin (the e-mail of its e-commerce login, optional)}, read as a stream")
    public PushReport customers(@PathParam("id") long id, InputStream body) {
        return syncs.push(id, PushKind.CUSTOMERS, body);
    }

    @POST
    @Path("syncs/{id}/complete")
    @Operation(summary = "Completes the sync; then the order sync of every order-enabled account runs")
    public ErpSyncView complete(@PathParam("id") long id) {
        return syncs.complete(id);
    }

    @GET
    @Path("orders")
    @Operation(summary = "Orders not yet acknowledged in their current version, oldest first, after a cursor")
    public ErpPull.Page<ErpOrders.Pulled> orders(
            @Parameter(description = "the last order id read (0: from the start)") @QueryParam("after")
            @DefaultValue("0") long after, @QueryParam("limit") @DefaultValue("100") int limit) {
        return pull.orders(after, limit);
    }

    @POST
    @Path("orders/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledges pulled orders: {\"items\": [{\"id\": 1, \"version\": 0}, ...]}")
    public Map<String, Integer> acknowledgeOrders(JsonObject body) {
        return Map.of("acknowledged", pull.acknowledgeOrders(versions(body)));
    }

    @GET
    @Path("customers")
    @Operation(summary = "Customer records not yet acknowledged in their current version, after a cursor")
    public ErpPull.Page<ErpCustomers.Pulled> customers(@QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return pull.customers(after, limit);
    }

    @POST
    @Path("customers/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledges pulled customer records: {\"items\": [{\"id\": 1, \"version\": 3}, ...]}")
    public Map<String, Integer> acknowledgeCustomers(JsonObject body) {
        return Map.of("acknowledged", pull.acknowledgeCustomers(versions(body)));
    }

    private static Map<Long, Long> versions(JsonObject body) {
        var versions = new LinkedHashMap<Long, Long>();
        if (body == null || !(body.get("items") instanceof jakarta.json.JsonArray items)) {
            throw new InvalidInputException(Violation.of("items", "erp.ack.items"));
        }
        for (JsonValue item : items) {
            if (!(item instanceof JsonObject o) || !(o.get("id") instanceof jakarta.json.JsonNumber id)
                    || !(o.get("version") instanceof jakarta.json.JsonNumber version)) {
                throw new InvalidInputException(Violation.of("items", "erp.ack.items"));
            }
            versions.put(id.longValue(), version.longValue());
        }
        return versions;
    }
}

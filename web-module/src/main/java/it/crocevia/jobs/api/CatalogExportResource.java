package it.crocevia.jobs.api;

import it.crocevia.jobs.boundary.CatalogExports;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Download CSV" over REST: start the catalog-csv-export job of an account, download a completed export's file. */
@Path("/v1/catalog-exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Batch jobs (JSR-352): Sincro Clienti and the job console")
public class CatalogExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    CatalogExports exports;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Download CSV: writes the articles the account publishes in its platform's CSV import layout")
    @APIResponse(responseCode = "202", description = "Started; Location is the job execution")
    @APIResponse(responseCode = "400", description = "Not a PrestaShop or Magento account, or no price list")
    @APIResponse(responseCode = "409", description = "An export of the account is already running")
    public Response start(@PathParam("accountId") long accountId) {
        return JobResource.accepted(uriInfo, exports.start(accountId));
    }

    @GET
    @Path("{executionId}/file")
    @Produces(CSV)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The CSV file of a completed export, as an attachment")
    @APIResponse(responseCode = "200", description = "The file (UTF-8, the platform's separator and header)")
    @APIResponse(responseCode = "400", description = "The export has not completed")
    @APIResponse(responseCode = "404", description = "No such export, or its file is gone")
    public Response file(@PathParam("executionId") long executionId) {
        var file = exports.file(executionId);
        StreamingOutput body = out -> Files.copy(file.path(), out);
        return Response.ok(body, CSV).header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }
}

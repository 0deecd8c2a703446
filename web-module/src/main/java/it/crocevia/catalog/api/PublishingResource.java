package it.crocevia.catalog.api;

import it.crocevia.catalog.boundary.BackupItem;
import it.crocevia.catalog.boundary.BackupRun;
import it.crocevia.catalog.boundary.ProductBackups;
import it.crocevia.jobs.api.JobResource;
import it.crocevia.jobs.boundary.CatalogPublishing;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Publishing by API and the Backup section: start a publishing run (backup, then publish) or a
 * backup alone; list backups by date and product; show, download and restore one product or a
 * whole backup; delete a backup.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing", description = "Articles published by API, and the products' backups")
public class PublishingResource {

    @Inject
    CatalogPublishing publishing;

    @Inject
    ProductBackups backups;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("catalog-publications/{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Starts the catalog-publish job: backup of the products that exist, then create/update with stock")
    @APIResponse(responseCode = "202", description = "Started; Location is the job execution")
    public Response publish(@PathParam("accountId") long accountId) {
        return JobResource.accepted(uriInfo, publishing.publish(accountId));
    }

    @POST
    @Path("backups")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Starts the product-backup job of ?account=: keeps the remote record of every published product")
    @APIResponse(responseCode = "202", description = "Started; Location is the job execution")
    public Response backup(@QueryParam("account") long accountId) {
        return JobResource.accepted(uriInfo, publishing.backup(accountId));
    }

    @GET
    @Path("backups")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The backups of ?account=, newest first")
    public List<BackupRun> runs(@QueryParam("account") long accountId) {
        return backups.runs(accountId);
    }

    @GET
    @Path("backups/{executionId}/products")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The products kept in a backup")
    public List<BackupItem> products(@PathParam("executionId") long executionId) {
        return backups.products(executionId);
    }

    @POST
    @Path("backups/{executionId}/restore")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Starts the backup-restore job: every product of a backup back on the platform")
    @APIResponse(responseCode = "202", description = "Started; Location is the job execution")
    public Response restoreAll(@PathParam("executionId") long executionId) {
        return JobResource.accepted(uriInfo, publishing.restore(executionId));
    }

    @DELETE
    @Path("backups/{executionId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Deletes a backup")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("executionId") long executionId) {
        backups.delete(executionId);
    }

    @GET
    @Path("product-backups/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "One product's backup with its whole remote record")
    public BackupItem get(@PathParam("id") long id) {
        return backups.get(id);
    }

    @GET
    @Path("product-backups/{id}/file")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Downloads one product's remote record as the platform gave it")
    public Response file(@PathParam("id") long id) {
        var item = backups.get(id);
        String type = "xml".equals(item.format()) ? MediaType.APPLICATION_XML : MediaType.APPLICATION_JSON;
        return Response.ok(item.record().getBytes(StandardCharsets.UTF_8), type + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(item) + "\"").build();
    }

    @POST
    @Path("product-backups/{id}/restore")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Puts one product back on the platform as the backup has it")
    @APIResponse(responseCode = "204", description = "Restored")
    public void restore(@PathParam("id") long id) {
        backups.restore(id);
    }

    /** {@code backup-<run>-<sku>.xml}, the SKU reduced to safe characters. */
    public static String fileName(BackupItem item) {
        return "backup-" + item.executionId() + "-" + item.sku().replaceAll("[^A-Za-z0-9._-]", "_") + "." + item.format();
    }
}

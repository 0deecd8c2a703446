package it.crocevia.jobs.api;

import it.crocevia.jobrun.boundary.JobRuns;
import it.crocevia.jobs.boundary.CustomerResyncs;
import it.crocevia.jobs.boundary.JobConsole;
import it.crocevia.jobs.boundary.JobExecutionView;
import it.crocevia.platform.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Sincro Clienti" and the batch jobs over REST: start, follow, stop and restart executions. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Batch jobs (JSR-352): Sincro Clienti and the job console")
public class JobResource {

    @Inject
    CustomerResyncs customerResyncs;

    @Inject
    JobConsole console;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("customer-syncs/{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Sincro Clienti: re-reads from the platform every customer the account's orders brought in")
    @APIResponse(responseCode = "202", description = "Started; Location is the job execution")
    @APIResponse(responseCode = "400", description = "The account does not sync orders, or Aggiorna clienti is no")
    @APIResponse(responseCode = "409", description = "Sincro Clienti is already running for the account")
    public Response startCustomerSync(@PathParam("accountId") long accountId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return accepted(customerResyncs.start(accountId, dryRun));
    }

    @GET
    @Path("jobs")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The latest job executions, newest first")
    public List<JobExecutionView> executions(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return console.latest(Math.max(0, first), Math.max(1, Math.min(max, 500)));
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "One job execution: status, progress and item counts")
    public JobExecutionView execution(@PathParam("id") long id) {
        return console.execution(id);
    }

    @GET
    @Path("jobs/{id}/problems")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The records the execution skipped, with the reason")
    public List<JobRuns.Problem> problems(@PathParam("id") long id) {
        return console.problems(id);
    }

    @GET
    @Path("jobs/{id}/preview")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "What a dry run would change")
    public List<JobRuns.PreviewChange> preview(@PathParam("id") long id) {
        return console.preview(id);
    }

    @POST
    @Path("jobs/{id}/stop")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Stops a running execution after its current chunk")
    @APIResponse(responseCode = "202", description = "Stopping")
    public Response stop(@PathParam("id") long id) {
        console.stop(id);
        return Response.accepted().build();
    }

    @POST
    @Path("jobs/{id}/restart")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Restarts a failed or stopped execution from its last checkpoint")
    @APIResponse(responseCode = "202", description = "Restarted; Location is the new execution")
    public Response restart(@PathParam("id") long id) {
        return accepted(console.restart(id));
    }

    private Response accepted(long executionId) {
        return accepted(uriInfo, executionId);
    }

    /** 202 with the execution's id, and its place in the job console's API as the Location. */
    /** 202 with the execution id, and the job execution as Location. */
    public static Response accepted(UriInfo uriInfo, long executionId) {
        return Response.accepted(Map.of("executionId", executionId))
                .location(uriInfo.getBaseUriBuilder().path("v1/jobs").path(Long.toString(executionId)).build())
                .build();
    }
}

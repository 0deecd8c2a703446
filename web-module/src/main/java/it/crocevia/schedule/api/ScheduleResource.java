package it.crocevia.schedule.api;

import it.crocevia.jobs.boundary.CustomerResyncSchedules;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.schedule.boundary.ScheduledSync;
import it.crocevia.schedule.boundary.SyncSchedules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The syncs that run by themselves ("Schedulazione"), soonest first. */
@Path("/v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules", description = "Schedulazione: the syncs that run by themselves")
public class ScheduleResource {

    @Inject
    SyncSchedules schedules;

    @Inject
    CustomerResyncSchedules customerSchedules;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Every scheduled sync (orders every N minutes, customers daily) with its next run (UTC)")
    public List<ScheduledSync> scheduled() {
        return Stream.concat(schedules.scheduled().stream(), customerSchedules.scheduled().stream())
                .sorted(Comparator.comparing(ScheduledSync::nextRun)).toList();
    }
}

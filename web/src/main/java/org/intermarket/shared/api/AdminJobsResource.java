package org.intermarket.shared.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.procurement.NeedClosing;
import org.intermarket.registry.RegistrySweep;

/** The scheduled jobs, on demand for an administrator (after an outage, or to check one). Every job is idempotent. */
@Path("/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations", description = "Scheduled jobs on demand")
public class AdminJobsResource {

    @Inject
    private RegistrySweep sweep;

    @Inject
    private NeedClosing closing;

    @POST
    @Path("registry-sweep")
    @Operation(summary = "Run the nightly registry sweep now: expiry reminders, expiries, ended suspensions (ADMIN)")
    public RegistrySweep.SweepReport runSweep() {
        return sweep.runNow();
    }

    @POST
    @Path("close-due-needs")
    @Operation(summary = "Close bidding on every need past its deadline now, as the start-up catch-up does (ADMIN)")
    public ClosedDto closeDueNeeds() {
        return new ClosedDto(closing.closeDueNow());
    }

    public record ClosedDto(int closed) {
    }
}

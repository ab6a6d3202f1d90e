package org.intermarket.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.registry.RegistryQueries;
import org.intermarket.registry.RegistrySweep;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agencies", description = "Agency directory, qualifications, service guides, admission and sanctions")
public class RegistryReferenceResource {

    @Inject
    private RegistryQueries queries;

    @Inject
    private RegistrySweep sweep;

    @GET
    @Path("qualification-types")
    @Operation(summary = "The qualification types catalog items require")
    public List<String> qualificationTypes() {
        return queries.qualificationTypes();
    }

    @POST
    @Path("admin/jobs/registry-sweep")
    @Operation(summary = "Run the nightly registry sweep now: expiry reminders, expiries, ended suspensions (ADMIN)")
    public RegistrySweep.SweepReport runSweep() {
        return sweep.runNow();
    }
}

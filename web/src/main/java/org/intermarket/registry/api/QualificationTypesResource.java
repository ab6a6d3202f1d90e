package org.intermarket.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.registry.RegistryQueries;

@Path("/qualification-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agencies")
public class QualificationTypesResource {

    @Inject
    private RegistryQueries queries;

    @GET
    @Operation(summary = "The qualification types catalog items require")
    public List<String> qualificationTypes() {
        return queries.qualificationTypes();
    }
}

package org.intermarket.shared.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which API this is. Constant, so it doubles as the baseline of the throughput benchmark. */
@Path("/version")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meta")
public class VersionResource {

    private static final ApiVersion CURRENT = new ApiVersion("intermarket", "v1");

    @GET
    @Operation(summary = "Name and version of the API")
    public ApiVersion get() {
        return CURRENT;
    }

    public record ApiVersion(String name, String api) {
    }
}

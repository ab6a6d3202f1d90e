package org.intermarket.procurement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.procurement.NeedService;
import org.intermarket.procurement.OwnerExclusions;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/exclusions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procurement")
public class ExclusionResource {

    @Inject
    private NeedService needs;

    @GET
    @Path("owners")
    @Operation(summary = "Owners by how often they exclude agencies (回避), most first (SUPERVISOR)")
    public PageDto<OwnerExclusions> byOwner(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(needs.exclusionsByOwner(QueryParams.page(page, size)), row -> row);
    }
}

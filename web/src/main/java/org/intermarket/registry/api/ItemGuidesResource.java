package org.intermarket.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.registry.DirectoryService;
import org.intermarket.registry.api.AgencyDtos.OfferDto;

/** Its own root resource: JAX-RS would route the path to the catalog resource, which knows nothing of guides. */
@Path("/catalog/items/{code}/guides")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agencies")
public class ItemGuidesResource {

    @Inject
    private DirectoryService directory;

    @GET
    @Operation(summary = "Every active agency's service guide for an item, side by side, quickest first")
    public List<OfferDto> offers(@PathParam("code") String code) {
        return directory.offers(code).stream().map(OfferDto::of).toList();
    }
}

package org.intermarket.procurement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.procurement.ObjectionService;
import org.intermarket.procurement.ObjectionStatus;
import org.intermarket.procurement.api.ProcurementDtos.DecisionRequest;
import org.intermarket.procurement.api.ProcurementDtos.ObjectionDto;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/objections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement")
public class ObjectionResource {

    @Inject
    private ObjectionService objections;

    @GET
    @Operation(summary = "Objections queue, oldest first; status defaults to PENDING (SUPERVISOR)")
    public PageDto<ObjectionDto> queue(@QueryParam("status") String status, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        ObjectionStatus wanted = QueryParams.enumeration("status", status, ObjectionStatus.class);
        return PageDto.of(objections.queue(wanted == null ? ObjectionStatus.PENDING : wanted, QueryParams.page(page, size)), ObjectionDto::of);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "UPHELD annuls the award (the need returns to selection); DISMISSED keeps it; both sides are told (SUPERVISOR)")
    public ObjectionDto decide(@PathParam("id") long id, DecisionRequest body) {
        QueryParams.requireBody(body);
        ObjectionStatus outcome = QueryParams.enumeration("outcome", body.outcome(), ObjectionStatus.class);
        if (outcome == null) {
            throw new InvalidInputException("outcome", "outcome is UPHELD or DISMISSED");
        }
        return ObjectionDto.of(objections.decide(id, outcome, body.reason()));
    }
}

package org.intermarket.procurement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.procurement.AgencyDesk;
import org.intermarket.procurement.BidState;
import org.intermarket.procurement.api.ProcurementDtos.OwnBidDto;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

/** The caller agency's bids across needs; a need's own bids stay under /needs/{id}/bids. */
@Path("/bids")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procurement")
public class BidResource {

    @Inject
    private AgencyDesk desk;

    @GET
    @Path("mine")
    @Operation(summary = "The caller's bids of every round, latest deadline first, with each need's project, item and deadline and the "
            + "bid's price, receipt number and state: OPEN, NEEDS_CONFIRMATION, SEALED, WON, LOST, WITHDRAWN, FORFEITED, FAILED, "
            + "CANCELLED; ?state= keeps one of them (AGENCY)")
    public PageDto<OwnBidDto> mine(@QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(desk.bids(QueryParams.enumeration("state", state, BidState.class), QueryParams.page(page, size)), OwnBidDto::of);
    }
}

package org.intermarket.supervision.api;

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
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.supervision.SignalKind;
import org.intermarket.supervision.SignalQuery;
import org.intermarket.supervision.SignalService;
import org.intermarket.supervision.api.SignalDtos.ReviewRequest;
import org.intermarket.supervision.api.SignalDtos.SignalDto;

@Path("/signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "supervision", description = "Bid-rigging signals for supervisors")
public class SignalResource {

    @Inject
    private SignalService signals;

    @GET
    @Operation(summary = "Bid-rigging signals computed from the bids of needs past their deadline, newest need first; filter by"
            + " ?kind=SHARED_PHONE|SHARED_IP|SHARED_PLAN_FILE|CLOSE_PRICES|ROTATING_PAIR, ?reviewed=true|false, ?need=, ?agency=;"
            + " paginated (SUPERVISOR)")
    public PageDto<SignalDto> list(@QueryParam("kind") String kind, @QueryParam("reviewed") String reviewed, @QueryParam("need") String need,
                                   @QueryParam("agency") String agency, @QueryParam("page") String page, @QueryParam("size") String size) {
        SignalQuery query = new SignalQuery(QueryParams.enumeration("kind", kind, SignalKind.class), QueryParams.bool("reviewed", reviewed),
                id("need", need), id("agency", agency));
        return PageDto.of(signals.list(query, QueryParams.page(page, size)), SignalDto::of);
    }

    @POST
    @Path("/{key}/review")
    @Operation(summary = "Mark a signal reviewed with a comment ({\"comment\"}, required, at most 2,000 characters), once; audited"
            + " (SUPERVISOR)")
    public SignalDto review(@PathParam("key") String key, ReviewRequest body) {
        // No body is a missing comment, reported by the service after it has checked the caller's role.
        return SignalDto.of(signals.review(key, body == null ? null : body.comment()));
    }

    private static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be an id (a whole number)");
        }
    }
}

package org.intermarket.delivery.api;

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
import org.intermarket.delivery.RectificationService;
import org.intermarket.delivery.RectificationStatus;
import org.intermarket.delivery.api.DeliveryDtos.AnswerRequest;
import org.intermarket.delivery.api.DeliveryDtos.NoteRequest;
import org.intermarket.delivery.api.DeliveryDtos.RectificationDto;
import org.intermarket.delivery.api.DeliveryDtos.RectificationEntryDto;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "delivery")
public class RectificationResource {

    @Inject
    private RectificationService rectifications;

    @POST
    @Path("ratings/{id}/rectification")
    @Operation(summary = "Answer the rectification a bad rating opened (AGENCY, rated)")
    public RectificationDto answer(@PathParam("id") long ratingId, AnswerRequest body) {
        QueryParams.requireBody(body);
        return RectificationDto.of(rectifications.answer(ratingId, body.answer()));
    }

    @POST
    @Path("ratings/{id}/rectification/close")
    @Operation(summary = "Close a rectification after the follow-up visit (SUPERVISOR)")
    public RectificationDto close(@PathParam("id") long ratingId, NoteRequest body) {
        QueryParams.requireBody(body);
        return RectificationDto.of(rectifications.close(ratingId, body.note()));
    }

    @GET
    @Path("rectifications")
    @Operation(summary = "Rectifications, earliest due first; open and answered ones without ?status= (SUPERVISOR all, AGENCY own)")
    public PageDto<RectificationEntryDto> queue(@QueryParam("status") String status, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        return PageDto.of(rectifications.queue(QueryParams.enumeration("status", status, RectificationStatus.class), QueryParams.page(page, size)),
                RectificationEntryDto::of);
    }
}

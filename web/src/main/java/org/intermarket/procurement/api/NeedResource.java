package org.intermarket.procurement.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.delivery.Contract;
import org.intermarket.delivery.ContractQueries;
import org.intermarket.delivery.ContractService;
import org.intermarket.files.Attachment;
import org.intermarket.procurement.BidForm;
import org.intermarket.procurement.BidService;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedForm;
import org.intermarket.procurement.NeedHistory;
import org.intermarket.procurement.NeedPosition;
import org.intermarket.procurement.NeedQuery;
import org.intermarket.procurement.NeedService;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.procurement.SelectionRequest;
import org.intermarket.procurement.SelectionService;
import org.intermarket.procurement.Timeline;
import org.intermarket.procurement.api.ProcurementDtos.BidDto;
import org.intermarket.procurement.api.ProcurementDtos.HistoryDto;
import org.intermarket.procurement.api.ProcurementDtos.NeedDto;
import org.intermarket.procurement.api.ProcurementDtos.NoticeDto;
import org.intermarket.procurement.api.ProcurementDtos.ReasonRequest;
import org.intermarket.procurement.api.ProcurementDtos.RepublishRequest;
import org.intermarket.procurement.api.ProcurementDtos.SelectionRequestDto;
import org.intermarket.procurement.api.ProcurementDtos.TimelineEntryDto;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.FileResponses;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.web.ClientAddress;
import org.intermarket.shared.web.RequestArrival;

@Path("/needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement")
public class NeedResource {

    @Inject
    private NeedService needs;

    @Inject
    private BidService bids;

    @Inject
    private SelectionService selection;

    @Inject
    private Timeline timeline;

    @Inject
    private NeedHistory history;

    @Inject
    private org.intermarket.procurement.ObjectionService objections;

    @Inject
    private FileResponses files;

    @Inject
    private ContractService contracts;

    @Inject
    private ContractQueries contractQueries;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "Published needs and their state (never bid details before the deadline)",
            description = "Latest deadline first. `next` reads the following page from where this one ended (`after`), as fast at "
                    + "any depth; `page` reads by number and is then only given back.")
    public PageDto<NeedDto> list(@QueryParam("status") String status, @QueryParam("item") String item, @QueryParam("region") String region,
                                 @QueryParam("maxCeiling") String maxCeiling, @QueryParam("deadlineBefore") String deadlineBefore,
                                 @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("after") String after) {
        NeedQuery query = new NeedQuery(QueryParams.enumeration("status", status, NeedStatus.class), item, region,
                money("maxCeiling", maxCeiling), QueryParams.instant("deadlineBefore", deadlineBefore));
        return PageDto.of(needs.search(query, QueryParams.page(page, size), NeedPosition.ofToken("after", after)), NeedDto::of,
                found -> NeedPosition.of(found.need()).token());
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's needs in every state (OWNER)")
    public PageDto<NeedDto> mine(@QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(needs.mine(QueryParams.enumeration("status", status, NeedStatus.class), QueryParams.page(page, size)), NeedDto::of);
    }

    @POST
    @Operation(summary = "Draft a need on one of the caller's projects (OWNER)")
    public Response draft(NeedForm form) {
        QueryParams.requireBody(form);
        Need need = needs.draft(form);
        return Response.created(UriBuilder.fromResource(NeedResource.class).path("{id}").build(need.id()))
                .entity(NeedDto.of(needs.view(need.id()))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One need with its status; bidCount and drawSeed only after the deadline")
    public NeedDto get(@PathParam("id") long id) {
        return NeedDto.of(needs.view(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise one of the caller's drafts (OWNER); 409 once published")
    public NeedDto reviseDraft(@PathParam("id") long id, NeedForm form) {
        QueryParams.requireBody(form);
        needs.reviseDraft(id, form);
        return NeedDto.of(needs.view(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of the caller's drafts (OWNER); 409 once published")
    public Response deleteDraft(@PathParam("id") long id) {
        needs.deleteDraft(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft: bidding opens; for RANDOM_DRAW the drawCommitment is shown (OWNER, own)")
    public NeedDto publish(@PathParam("id") long id) {
        needs.publish(id);
        return NeedDto.of(needs.view(id));
    }

    @POST
    @Path("{id}/republish")
    @Operation(summary = "Publish a FAILED need again as a new round with a new deadline (OWNER, own)")
    public NeedDto republish(@PathParam("id") long id, RepublishRequest body) {
        QueryParams.requireBody(body);
        if (body.bidDeadline() == null) {
            throw new InvalidInputException("bidDeadline", "a new bid deadline is required");
        }
        needs.republish(id, body.bidDeadline(), QueryParams.enumeration("selectionMethod", body.selectionMethod(), SelectionMethod.class),
                body.weights());
        return NeedDto.of(needs.view(id));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel before the deadline, with a reason; bidders are told (OWNER, own)")
    public NeedDto cancel(@PathParam("id") long id, ReasonRequest body) {
        QueryParams.requireBody(body);
        needs.cancel(id, body.reason());
        return NeedDto.of(needs.view(id));
    }

    @PUT
    @Path("{id}/bids/mine")
    @Operation(summary = "Place or replace the caller's sealed bid, until the deadline (AGENCY)")
    public BidDto placeBid(@PathParam("id") long id, BidForm form) {
        QueryParams.requireBody(form);
        return BidDto.of(bids.place(id, form, ClientAddress.of(request), RequestArrival.ofCurrentRequest().orElse(null)));
    }

    @PUT
    @Path("{id}/bids/mine/plan-file")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach the plan file to the caller's live bid, as the request body: PDF, Office, image or ZIP, "
            + "up to maxUploadBytes; until the deadline (AGENCY)")
    public BidDto attachPlanFile(@PathParam("id") long id, @QueryParam("filename") String fileName,
                                 @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        files.refuseDeclaredOversize(contentLength);
        return BidDto.of(bids.attachPlanFile(id, new Attachment(body, fileName), RequestArrival.ofCurrentRequest().orElse(null)));
    }

    @GET
    @Path("{id}/bids/{bid}/plan-file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a bid's plan file (the bidding agency; the need's OWNER and SUPERVISOR once bidding has closed)")
    public Response planFile(@PathParam("id") long id, @PathParam("bid") long bid) {
        return files.download(bids.planFile(id, bid));
    }

    @POST
    @Path("{id}/bids/mine/confirm")
    @Operation(summary = "Confirm the caller's bid again after an amendment (AGENCY)")
    public BidDto confirmBid(@PathParam("id") long id) {
        return BidDto.of(bids.confirm(id, RequestArrival.ofCurrentRequest().orElse(null)));
    }

    @POST
    @Path("{id}/amendments")
    @Operation(summary = "Amend a published need before its deadline, with a reason; bidders must re-confirm (OWNER, own)")
    public Response amend(@PathParam("id") long id, org.intermarket.procurement.AmendmentForm form) {
        QueryParams.requireBody(form);
        needs.amend(id, form);
        return Response.status(Response.Status.CREATED).entity(NeedDto.of(needs.view(id))).build();
    }

    @GET
    @Path("{id}/amendments")
    @Operation(summary = "The public amendments of a need, oldest first")
    public List<ProcurementDtos.AmendmentDto> amendments(@PathParam("id") long id) {
        return needs.amendments(id).stream().map(ProcurementDtos.AmendmentDto::of).toList();
    }

    @GET
    @Path("{id}/exclusions")
    @Operation(summary = "Agencies the owner excluded (回避) and the stated conflicts of interest")
    public List<org.intermarket.procurement.ExclusionEntry> exclusions(@PathParam("id") long id) {
        return needs.exclusions(id);
    }

    @GET
    @Path("{id}/bids/mine")
    @Operation(summary = "The caller's own bid (AGENCY)")
    public BidDto myBid(@PathParam("id") long id) {
        return BidDto.of(bids.mine(id));
    }

    @DELETE
    @Path("{id}/bids/mine")
    @Operation(summary = "Withdraw the caller's bid, until the deadline (AGENCY)")
    public Response withdrawBid(@PathParam("id") long id) {
        bids.withdraw(id, RequestArrival.ofCurrentRequest().orElse(null));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/bids")
    @Operation(summary = "Every bid, once bidding has closed; 409 before (OWNER of the need, SUPERVISOR)")
    public List<BidDto> allBids(@PathParam("id") long id) {
        return bids.all(id).stream().map(BidDto::of).toList();
    }

    @POST
    @Path("{id}/selection")
    @Operation(summary = "Run the selection: {bidId} for DIRECT, {planScores} for COMPREHENSIVE_SCORE, {} otherwise (OWNER, own)")
    public NeedDto select(@PathParam("id") long id, SelectionRequestDto body) {
        SelectionRequest selectionRequest = body == null ? new SelectionRequest(null, null) : new SelectionRequest(body.bidId(), body.planScores());
        selection.select(id, selectionRequest);
        return NeedDto.of(needs.view(id));
    }

    @GET
    @Path("{id}/notice")
    @Operation(summary = "The result notice: method, every bidder with price, the winner, the draw commitment, seed and input")
    public NoticeDto notice(@PathParam("id") long id) {
        return NoticeDto.of(selection.notice(id));
    }

    @POST
    @Path("{id}/objections")
    @Operation(summary = "Object to the result during the notice period (AGENCY that bid on this round)")
    public Response object(@PathParam("id") long id, ProcurementDtos.GroundsRequest body) {
        QueryParams.requireBody(body);
        org.intermarket.procurement.Objection objection = objections.file(id, body.grounds());
        return Response.created(UriBuilder.fromPath("/api/v1/objections/{id}").build(objection.id()))
                .entity(ProcurementDtos.ObjectionDto.of(objection)).build();
    }

    @GET
    @Path("{id}/objections")
    @Operation(summary = "Objections on a need: all for its owner and supervisors, its own for an agency")
    public List<ProcurementDtos.ObjectionDto> objections(@PathParam("id") long id) {
        return objections.onNeed(id).stream().map(ProcurementDtos.ObjectionDto::of).toList();
    }

    @POST
    @Path("{id}/contract")
    @Operation(summary = "Sign the contract with the winner once the notice period is over and no objection is undecided (OWNER, own)")
    public Response signContract(@PathParam("id") long id) {
        Contract contract = contracts.sign(id);
        return Response.status(Response.Status.CREATED).entity(new ContractRef(contract.id(), contract.status().name(), contract.confirmBy()))
                .build();
    }

    @GET
    @Path("{id}/contracts")
    @Operation(summary = "The contracts of a need, newest first, a lapsed one included (its parties, SUPERVISOR)")
    public List<ContractRef> contracts(@PathParam("id") long id) {
        return contractQueries.ofNeed(id).stream().map(c -> new ContractRef(c.id(), c.status().name(), c.confirmBy())).toList();
    }

    /** Where to find a need's contract: the whole contract is at {@code /contracts/{id}}. */
    public record ContractRef(Long id, String status, java.time.Instant confirmBy) {
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The rounds and awards of a need, the first first, as they were published and how each ended")
    public HistoryDto history(@PathParam("id") long id) {
        return HistoryDto.of(history.of(id));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The audited events of a need, oldest first")
    public List<TimelineEntryDto> timeline(@PathParam("id") long id) {
        return timeline.of(id).stream().map(TimelineEntryDto::of).toList();
    }

    private static BigDecimal money(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be an amount such as 100000.00");
        }
    }
}

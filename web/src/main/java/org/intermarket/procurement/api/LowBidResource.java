package org.intermarket.procurement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.files.Attachment;
import org.intermarket.procurement.LowBid;
import org.intermarket.procurement.LowBidService;
import org.intermarket.procurement.Objection;
import org.intermarket.procurement.ObjectionService;
import org.intermarket.procurement.api.ProcurementDtos.ExplanationRequest;
import org.intermarket.procurement.api.ProcurementDtos.GroundsRequest;
import org.intermarket.procurement.api.ProcurementDtos.LowBidDecisionRequest;
import org.intermarket.procurement.api.ProcurementDtos.LowBidDto;
import org.intermarket.procurement.api.ProcurementDtos.ObjectionDto;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.FileResponses;
import org.intermarket.shared.api.QueryParams;

/** Abnormally low bids of a need: marked at the close, explained by their agencies, decided by the owner before selection. */
@Path("/needs/{id}/low-bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement")
public class LowBidResource {

    @Inject
    private LowBidService lowBids;

    @Inject
    private ObjectionService objections;

    @Inject
    private FileResponses files;

    @GET
    @Operation(summary = "The bids each round's rule marked abnormally low at the close, with the limits, the explanation's SHA-256 and "
            + "the owner's decision; the explanation text only for its agency, the owner and supervisors")
    public List<LowBidDto> list(@PathParam("id") long id) {
        return lowBids.onNeed(id).stream().map(LowBidDto::of).toList();
    }

    @PUT
    @Path("mine/explanation")
    @Operation(summary = "Explain the caller's marked bid in writing, once, before its explainBy (AGENCY)")
    public LowBidDto explain(@PathParam("id") long id, ExplanationRequest body) {
        QueryParams.requireBody(body);
        return view(id, lowBids.explain(id, body.text()));
    }

    @PUT
    @Path("mine/explanation-file")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file to the explanation before submitting it, as the request body: PDF, Office, image or ZIP, "
            + "up to maxUploadBytes (AGENCY)")
    public LowBidDto attachFile(@PathParam("id") long id, @QueryParam("filename") String fileName,
                                @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        files.refuseDeclaredOversize(contentLength);
        return view(id, lowBids.attachFile(id, new Attachment(body, fileName)));
    }

    @GET
    @Path("{lowBid}/explanation-file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an explanation's file (its agency, the need's OWNER, SUPERVISOR)")
    public Response explanationFile(@PathParam("id") long id, @PathParam("lowBid") long lowBid) {
        return files.download(lowBids.explanationFile(id, lowBid));
    }

    @POST
    @Path("mine/withdrawal")
    @Operation(summary = "Withdraw the caller's marked bid instead of explaining it, before selection (AGENCY)")
    public LowBidDto withdraw(@PathParam("id") long id) {
        return view(id, lowBids.withdraw(id));
    }

    @POST
    @Path("{lowBid}/decision")
    @Operation(summary = "Accept or reject an explanation with a reason: {decision: ACCEPTED|REJECTED, reason}; a rejected bid is out of "
            + "this round's selection (OWNER, own)")
    public LowBidDto decide(@PathParam("id") long id, @PathParam("lowBid") long lowBid, LowBidDecisionRequest body) {
        QueryParams.requireBody(body);
        boolean accepted;
        if ("ACCEPTED".equals(body.decision())) {
            accepted = true;
        } else if ("REJECTED".equals(body.decision())) {
            accepted = false;
        } else {
            throw new InvalidInputException("decision", "decision is ACCEPTED or REJECTED");
        }
        return view(id, lowBids.decide(id, lowBid, accepted, body.reason()));
    }

    @POST
    @Path("mine/objection")
    @Operation(summary = "Object to the rejection of the caller's explanation, before selection or while the result notice is up; "
            + "a supervisor decides it at /objections/{id}/decision (AGENCY)")
    public Response object(@PathParam("id") long id, GroundsRequest body) {
        QueryParams.requireBody(body);
        Objection objection = objections.fileAgainstRejection(id, body.grounds());
        return Response.created(UriBuilder.fromPath("/api/v1/objections/{id}").build(objection.id())).entity(ObjectionDto.of(objection)).build();
    }

    /** The case as the caller now sees it. */
    private LowBidDto view(long needId, LowBid mark) {
        return lowBids.onNeed(needId).stream().filter(c -> c.id().equals(mark.id())).map(LowBidDto::of).findFirst().orElseThrow();
    }
}

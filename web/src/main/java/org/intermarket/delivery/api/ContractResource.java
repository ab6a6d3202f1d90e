package org.intermarket.delivery.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.delivery.ContractQueries;
import org.intermarket.delivery.ContractService;
import org.intermarket.delivery.ContractStatus;
import org.intermarket.delivery.RatingForm;
import org.intermarket.delivery.api.DeliveryDtos.AcceptanceRequest;
import org.intermarket.delivery.api.DeliveryDtos.ContractDetailDto;
import org.intermarket.delivery.api.DeliveryDtos.ContractDto;
import org.intermarket.delivery.api.DeliveryDtos.ContractEntryDto;
import org.intermarket.delivery.api.DeliveryDtos.DeliverableDto;
import org.intermarket.delivery.api.DeliveryDtos.RatingDto;
import org.intermarket.delivery.api.DeliveryDtos.ReasonRequest;
import org.intermarket.files.Attachment;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.FileResponses;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "delivery")
public class ContractResource {

    @Inject
    private ContractService contracts;

    @Inject
    private ContractQueries queries;

    @Inject
    private FileResponses files;

    @GET
    @Operation(summary = "The caller's contracts, newest first (all of them for SUPERVISOR); ?status=, ?overdue=true")
    public PageDto<ContractEntryDto> list(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
        Boolean overdueOnly = QueryParams.bool("overdue", overdue);
        return PageDto.of(queries.list(QueryParams.enumeration("status", status, ContractStatus.class), Boolean.TRUE.equals(overdueOnly),
                QueryParams.page(page, size)), ContractEntryDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A contract with its deliverables and rating (its OWNER and AGENCY, SUPERVISOR)")
    public ContractDetailDto get(@PathParam("id") long id) {
        return ContractDetailDto.of(queries.view(id));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "The winner confirms the contract within the signing period; the service time limit starts (AGENCY, winner)")
    public ContractDto confirm(@PathParam("id") long id) {
        return ContractDto.of(contracts.confirm(id));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "The winner declines: the bid is forfeited with a MODERATE violation and the owner selects again (AGENCY, winner)")
    public ContractDto decline(@PathParam("id") long id, ReasonRequest body) {
        return ContractDto.of(contracts.decline(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/deliverables")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Hand in a deliverable as the multipart part \"file\": PDF, Office, image or ZIP up to maxUploadBytes (AGENCY, winner)")
    public Response deliver(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                            @FormParam("file") EntityPart file) {
        files.refuseDeclaredOversize(contentLength);
        if (file == null) {
            throw new InvalidInputException("file", "send the deliverable as the multipart part named \"file\"");
        }
        return created(contracts.deliver(id, new Attachment(file.getContent(), file.getFileName().orElse(null))));
    }

    @POST
    @Path("{id}/deliverables")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Hand in a deliverable as the raw request body, named by ?filename= (AGENCY, winner)")
    public Response deliverRaw(@PathParam("id") long id, @QueryParam("filename") String fileName,
                               @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        files.refuseDeclaredOversize(contentLength);
        return created(contracts.deliver(id, new Attachment(body, fileName)));
    }

    private static Response created(org.intermarket.delivery.Deliverable deliverable) {
        return Response.status(Response.Status.CREATED).entity(DeliverableDto.of(deliverable)).build();
    }

    @GET
    @Path("{id}/deliverables/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a deliverable (the contract's OWNER and AGENCY, SUPERVISOR)")
    public Response download(@PathParam("id") long id, @PathParam("file") long file) {
        return files.download(queries.deliverableFile(id, file));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Accept or reject what was handed in; a rejection needs a reason (OWNER, own)")
    public ContractDto decide(@PathParam("id") long id, AcceptanceRequest body) {
        QueryParams.requireBody(body);
        if (body.accepted() == null) {
            throw new InvalidInputException("accepted", "true to accept, false to reject");
        }
        return ContractDto.of(contracts.decide(id, body.accepted(), body.reason()));
    }

    @POST
    @Path("{id}/rating")
    @Operation(summary = "Rate the agency of an accepted contract, once: quality, timeliness, attitude, fee 1-5 and a comment (OWNER, own)")
    public Response rate(@PathParam("id") long id, RatingForm form) {
        QueryParams.requireBody(form);
        return Response.status(Response.Status.CREATED).entity(RatingDto.of(contracts.rate(id, form))).build();
    }
}

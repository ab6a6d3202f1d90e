package org.intermarket.registry.api;

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
import org.intermarket.registry.Admission;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.AdmissionStatus;
import org.intermarket.registry.AgencyService;
import org.intermarket.registry.RejectReason;
import org.intermarket.registry.api.AgencyDtos.AdmissionDto;
import org.intermarket.registry.api.AgencyDtos.AgencyDto;
import org.intermarket.registry.api.AgencyDtos.RejectRequest;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/admissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admissions")
public class AdmissionResource {

    @Inject
    private AdmissionService admissions;

    @Inject
    private AgencyService agencies;

    @GET
    @Operation(summary = "Review queue, oldest first (SUPERVISOR); status defaults to PENDING")
    public PageDto<AdmissionDto> queue(@QueryParam("status") String status, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        AdmissionStatus wanted = QueryParams.enumeration("status", status, AdmissionStatus.class);
        return PageDto.of(admissions.queue(wanted == null ? AdmissionStatus.PENDING : wanted, QueryParams.page(page, size)),
                AdmissionDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application with the agency's full record (SUPERVISOR)")
    public ApplicationDto get(@PathParam("id") long id) {
        Admission admission = admissions.admission(id);
        return new ApplicationDto(AdmissionDto.of(admission), AgencyDto.of(agencies.record(admission.agency().id()), true));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Admit the agency (SUPERVISOR)")
    public AdmissionDto approve(@PathParam("id") long id) {
        return AdmissionDto.of(admissions.approve(id));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject with a reason code (INVALID_QUALIFICATION, FALSE_MATERIAL, INCOMPLETE_GUIDE,"
            + " INCOMPLETE_PROFILE, OTHER) and text; region is never a reason (SUPERVISOR)")
    public AdmissionDto reject(@PathParam("id") long id, RejectRequest request) {
        QueryParams.requireBody(request);
        RejectReason code = QueryParams.enumeration("reasonCode", request.reasonCode(), RejectReason.class);
        return AdmissionDto.of(admissions.reject(id, code == null ? RejectReason.OTHER : code, request.reason()));
    }

    public record ApplicationDto(AdmissionDto admission, AgencyDto agency) {
    }
}

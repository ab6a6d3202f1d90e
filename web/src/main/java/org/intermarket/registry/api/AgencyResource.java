package org.intermarket.registry.api;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.credit.CreditLevel;
import org.intermarket.files.StoredFile;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.AgencyRecord;
import org.intermarket.registry.AgencyService;
import org.intermarket.registry.AgencyStatus;
import org.intermarket.registry.DirectoryQuery;
import org.intermarket.registry.DirectoryService;
import org.intermarket.registry.Eligibility;
import org.intermarket.registry.EligibilityService;
import org.intermarket.registry.GuideForm;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Qualification;
import org.intermarket.registry.QualificationForm;
import org.intermarket.registry.ServiceGuide;
import org.intermarket.registry.api.AgencyDtos.AdmissionDto;
import org.intermarket.registry.api.AgencyDtos.AgencyDto;
import org.intermarket.registry.api.AgencyDtos.DirectoryEntryDto;
import org.intermarket.registry.api.AgencyDtos.EligibilityDto;
import org.intermarket.registry.api.AgencyDtos.GuideDto;
import org.intermarket.registry.api.AgencyDtos.QualificationDto;
import org.intermarket.registry.api.AgencyDtos.ReasonRequest;
import org.intermarket.registry.api.AgencyDtos.SuspensionRequest;
import org.intermarket.shared.api.FileResponses;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "agencies")
public class AgencyResource {

    @Inject
    private DirectoryService directory;

    @Inject
    private AgencyService agencies;

    @Inject
    private AdmissionService admissions;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private Membership membership;

    @Inject
    private FileResponses files;

    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "Public directory of admitted agencies, filtered and paginated")
    public PageDto<DirectoryEntryDto> list(@QueryParam("q") String text, @QueryParam("item") String item,
                                           @QueryParam("region") String region, @QueryParam("level") String level,
                                           @QueryParam("status") String status,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        DirectoryQuery query = new DirectoryQuery(text, item, region, QueryParams.enumeration("level", level, CreditLevel.class),
                QueryParams.enumeration("status", status, AgencyStatus.class));
        return PageDto.of(directory.search(query, QueryParams.page(page, size)), DirectoryEntryDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An agency's profile: public once admitted; full detail for the agency itself and supervisors")
    public AgencyDto get(@PathParam("id") long id) {
        AgencyRecord record = directory.profile(id);
        return AgencyDto.of(record, membership.isSupervisor() || membership.isOwnOrganisation(id));
    }

    @GET
    @Path("{id}/eligibility")
    @Operation(summary = "canBid: may this agency be selected for an item on a date (default today), and if not why")
    public EligibilityDto eligibility(@PathParam("id") long id, @QueryParam("item") String item, @QueryParam("date") String date) {
        QueryParams.require("item", item);
        LocalDate day = QueryParams.date("date", date);
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        Eligibility answer = eligibility.canBid(id, item, on);
        return new EligibilityDto(id, item.trim().toUpperCase(java.util.Locale.ROOT), on, answer.eligible(), answer.reasons());
    }

    @POST
    @Path("{id}/qualifications")
    @Operation(summary = "Add a qualification (AGENCY, own)")
    public Response addQualification(@PathParam("id") long id, QualificationForm form) {
        QueryParams.requireBody(form);
        Qualification qualification = agencies.addQualification(id, form);
        return Response.created(UriBuilder.fromResource(AgencyResource.class).path("{id}/qualifications/{q}").build(id, qualification.id()))
                .entity(QualificationDto.of(qualification, true)).build();
    }

    @DELETE
    @Path("{id}/qualifications/{qualification}")
    @Operation(summary = "Remove a qualification (AGENCY, own)")
    public Response removeQualification(@PathParam("id") long id, @PathParam("qualification") long qualification) {
        agencies.removeQualification(id, qualification);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/qualifications/{qualification}/certificate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the certificate scan as the request body: PDF, JPEG or PNG, up to maxUploadBytes (AGENCY, own)")
    public QualificationDto uploadCertificate(@PathParam("id") long id, @PathParam("qualification") long qualification,
                                              @QueryParam("filename") String fileName,
                                              @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        files.refuseDeclaredOversize(contentLength);
        return QualificationDto.of(agencies.attachCertificate(id, qualification, body, fileName), true);
    }

    @GET
    @Path("{id}/qualifications/{qualification}/certificate")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the certificate scan (the agency itself and supervisors)")
    public Response certificate(@PathParam("id") long id, @PathParam("qualification") long qualification) {
        StoredFile file = agencies.certificate(id, qualification);
        return files.download(file);
    }

    @POST
    @Path("{id}/service-guides")
    @Operation(summary = "Publish the service guide for an item, or replace it (AGENCY, own)")
    public Response publishGuide(@PathParam("id") long id, GuideForm form) {
        QueryParams.requireBody(form);
        ServiceGuide guide = agencies.publishGuide(id, form);
        return Response.created(UriBuilder.fromResource(AgencyResource.class).path("{id}/service-guides/{item}").build(id, guide.itemCode()))
                .entity(GuideDto.of(guide)).build();
    }

    @PUT
    @Path("{id}/service-guides/{item}")
    @Operation(summary = "Replace the service guide for an item (AGENCY, own)")
    public GuideDto replaceGuide(@PathParam("id") long id, @PathParam("item") String item, GuideForm form) {
        QueryParams.requireBody(form);
        return GuideDto.of(agencies.publishGuide(id, new GuideForm(item, form.conditions(), form.process(), form.timeLimitDays(),
                form.feeStandard())));
    }

    @DELETE
    @Path("{id}/service-guides/{item}")
    @Operation(summary = "Withdraw the service guide for an item (AGENCY, own)")
    public Response withdrawGuide(@PathParam("id") long id, @PathParam("item") String item) {
        agencies.withdrawGuide(id, item);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/admission")
    @Operation(summary = "Apply for admission with the record as it stands (AGENCY, own) → PENDING")
    public Response apply(@PathParam("id") long id) {
        AdmissionDto admission = AdmissionDto.of(agencies.apply(id));
        return Response.created(UriBuilder.fromResource(AdmissionResource.class).path("{id}").build(admission.id()))
                .entity(admission).build();
    }

    @POST
    @Path("{id}/suspension")
    @Operation(summary = "Suspend an active agency until a date (SUPERVISOR)")
    public AgencyDto suspend(@PathParam("id") long id, SuspensionRequest request) {
        QueryParams.requireBody(request);
        admissions.suspend(id, request.until(), request.reason());
        return AgencyDto.of(agencies.record(id), true);
    }

    @DELETE
    @Path("{id}/suspension")
    @Operation(summary = "Lift a suspension (SUPERVISOR)")
    public AgencyDto liftSuspension(@PathParam("id") long id) {
        admissions.liftSuspension(id);
        return AgencyDto.of(agencies.record(id), true);
    }

    @POST
    @Path("{id}/expulsion")
    @Operation(summary = "Expel an agency from the market, 清退 (SUPERVISOR)")
    public AgencyDto expel(@PathParam("id") long id, ReasonRequest request) {
        QueryParams.requireBody(request);
        admissions.expel(id, request.reason());
        return AgencyDto.of(agencies.record(id), true);
    }
}

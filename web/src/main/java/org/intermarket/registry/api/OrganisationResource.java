package org.intermarket.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.registry.AdmissionService;
import org.intermarket.registry.OrganisationQuery;
import org.intermarket.registry.OrganisationType;
import org.intermarket.registry.ProfileForm;
import org.intermarket.registry.ProfileService;
import org.intermarket.registry.api.AgencyDtos.OrganisationDto;
import org.intermarket.registry.api.AgencyDtos.ReasonRequest;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class OrganisationResource {

    @Inject
    private ProfileService profiles;

    @Inject
    private AdmissionService admissions;

    @GET
    @Operation(summary = "Owners and agencies, newest first; q is a part of the name or a whole credit code (SUPERVISOR)")
    public PageDto<OrganisationDto> list(@QueryParam("type") String type, @QueryParam("q") String q, @QueryParam("enabled") String enabled,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        OrganisationQuery query = new OrganisationQuery(QueryParams.enumeration("type", type, OrganisationType.class), q,
                QueryParams.bool("enabled", enabled));
        return PageDto.of(profiles.search(query, QueryParams.page(page, size)), OrganisationDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An organisation's profile (the organisation itself and supervisors)")
    public OrganisationDto get(@PathParam("id") long id) {
        return OrganisationDto.of(profiles.organisation(id));
    }

    @PUT
    @Path("{id}/profile")
    @Operation(summary = "Change region, legal representative, contact and description (OWNER or AGENCY, own)")
    public OrganisationDto update(@PathParam("id") long id, ProfileForm form) {
        QueryParams.requireBody(form);
        return OrganisationDto.of(profiles.update(id, form));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an organisation: its accounts can no longer sign in (SUPERVISOR)")
    public OrganisationDto disable(@PathParam("id") long id, ReasonRequest request) {
        QueryParams.requireBody(request);
        return OrganisationDto.of(admissions.setEnabled(id, false, request.reason()));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled organisation again (SUPERVISOR)")
    public OrganisationDto enable(@PathParam("id") long id) {
        return OrganisationDto.of(admissions.setEnabled(id, true, null));
    }
}

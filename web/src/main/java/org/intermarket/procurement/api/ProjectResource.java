package org.intermarket.procurement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.procurement.Project;
import org.intermarket.procurement.ProjectForm;
import org.intermarket.procurement.ProjectService;
import org.intermarket.procurement.api.ProcurementDtos.ProjectDto;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement")
public class ProjectResource {

    @Inject
    private ProjectService projects;

    @POST
    @Operation(summary = "Register a project by its investment project code (OWNER)")
    public Response create(ProjectForm form) {
        QueryParams.requireBody(form);
        Project project = projects.create(form);
        return Response.created(UriBuilder.fromPath("/api/v1/projects/{id}").build(project.id())).entity(ProjectDto.of(project)).build();
    }

    @GET
    @Operation(summary = "The caller's projects, newest first (OWNER)")
    public PageDto<ProjectDto> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(projects.mine(QueryParams.page(page, size)), ProjectDto::of);
    }
}

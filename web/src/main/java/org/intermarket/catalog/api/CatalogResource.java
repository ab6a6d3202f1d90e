package org.intermarket.catalog.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ItemQuery;
import org.intermarket.catalog.ItemStatus;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.shared.api.LastModified;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.web.PublicAnswerCache;

@Path("/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
public class CatalogResource {

    @Inject
    private CatalogService catalog;

    @Inject
    private Clock clock;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/items")
    @Operation(summary = "Service items (latest versions), filtered and paginated")
    public PageDto<ItemDto> list(@QueryParam("q") String text, @QueryParam("mandatory") String mandatory,
                                 @QueryParam("status") String status,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        ItemQuery query = new ItemQuery(text, QueryParams.bool("mandatory", mandatory),
                QueryParams.enumeration("status", status, ItemStatus.class));
        return PageDto.of(catalog.search(query, QueryParams.page(page, size)), ItemDto::of);
    }

    @GET
    @Path("/items/{code}")
    @Operation(summary = "One service item, latest version")
    @APIResponse(responseCode = "200", description = "the item, with Last-Modified once its last change is a second old",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemDto.class)))
    public Response get(@PathParam("code") String code) {
        // An item's latest version is one row, and its change time is kept with it: a true Last-Modified for free.
        ServiceItem item = catalog.find(code);
        Optional<Instant> lastModified = LastModified.settled(item.changedAt(), clock.instant());
        if (lastModified.isEmpty()) {
            PublicAnswerCache.doNotKeep(request);
        }
        return Response.ok(ItemDto.of(item)).lastModified(lastModified.map(Date::from).orElse(null)).build();
    }

    @GET
    @Path("/items/{code}/versions")
    @Operation(summary = "Every version of a service item, newest first")
    public List<ItemDto> versions(@PathParam("code") String code) {
        return catalog.versions(code).stream().map(ItemDto::of).toList();
    }

    @GET
    @Path("/mandatory-list")
    @Operation(summary = "The mandatory item list in force on a date (default today)")
    public List<ItemDto> mandatoryList(@QueryParam("date") String date) {
        LocalDate day = QueryParams.date("date", date);
        return catalog.mandatoryListOn(day == null ? LocalDate.now(clock) : day).stream().map(ItemDto::of).toList();
    }

    @POST
    @Path("/items")
    @Operation(summary = "Add a service item (SUPERVISOR)")
    public Response create(ItemRequest request) {
        QueryParams.requireBody(request);
        ServiceItem item = catalog.create(request.code(), request.toForm(), request.effectiveFrom());
        return Response.created(UriBuilder.fromResource(CatalogResource.class).path("items/{code}").build(item.code()))
                .entity(ItemDto.of(item)).build();
    }

    @PUT
    @Path("/items/{code}")
    @Operation(summary = "Change a service item: closes the current version and starts the next (SUPERVISOR)")
    public ItemDto revise(@PathParam("code") String code, ItemRequest request) {
        QueryParams.requireBody(request);
        return ItemDto.of(catalog.revise(code, request.toForm()));
    }

    @POST
    @Path("/items/{code}/retire")
    @Operation(summary = "Retire a service item: no new needs, history kept (SUPERVISOR)")
    public ItemDto retire(@PathParam("code") String code, RetireRequest request) {
        return ItemDto.of(catalog.retire(code, request == null ? null : request.reason()));
    }
}

package org.intermarket.opendata.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.opendata.FeedCursor;
import org.intermarket.opendata.FeedPage;
import org.intermarket.opendata.OcdsMapping;
import org.intermarket.opendata.Ocds;
import org.intermarket.opendata.ReleaseFeed;
import org.intermarket.registry.CreditCode;
import org.intermarket.shared.ClockProducer;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.api.QueryParams;

@Path("/opendata")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "opendata")
public class OpenDataResource {

    /** The operator's own unified social credit code, if the deployment names it: the publisher's identifier. */
    static final String PUBLISHER_UID = "intermarket.opendata.publisher.uid";

    @Inject
    private ReleaseFeed feed;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/releases")
    @Operation(summary = "OCDS 1.1 release package: one release per event of every published need, in the order of the audit log, from ?since= "
            + "(a date, read in China Standard Time, or a date-time with offset; inclusive), ?size= releases (default 100, at most 1000) "
            + "a page, the next page at links.next (?cursor=); public")
    @APIResponse(responseCode = "200", description = "a release package with at least one release")
    @APIResponse(responseCode = "204", description = "no release at or after since (or after the cursor): OCDS has no empty package")
    @APIResponse(responseCode = "400", description = "since, size or cursor unreadable, named in errors")
    public Response releases(@QueryParam("since") String since, @QueryParam("size") String size, @QueryParam("cursor") String cursor) {
        Instant from = since(since);
        int pageSize = size(size);
        FeedCursor after = cursor == null || cursor.isBlank() ? null : FeedCursor.decode(cursor);
        FeedPage page = feed.page(from, after, pageSize);
        if (page.releases().isEmpty()) {
            return Response.noContent().build();
        }
        String next = page.next() == null ? null
                : uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next().encode()).replaceQueryParam("size", pageSize).build().toString();
        List<Ocds.Release> releases = page.releases();
        ReleasePackage body = new ReleasePackage(uri.getRequestUri().toString(), OcdsMapping.VERSION, releases.get(releases.size() - 1).date(),
                publisher(), OcdsMapping.LICENSE, site("/opendata.xhtml"), List.of(OcdsMapping.BIDS_EXTENSION),
                next == null ? null : new ReleasePackage.Links(next), releases);
        Response.ResponseBuilder response = Response.ok(body);
        if (next != null) {
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    private ReleasePackage.Publisher publisher() {
        String uid = System.getProperty(PUBLISHER_UID);
        boolean identified = uid != null && CreditCode.isValid(uid);
        return new ReleasePackage.Publisher(OcdsMapping.PUBLISHER_NAME, identified ? OcdsMapping.PARTY_SCHEME : null,
                identified ? uid : null, site("/"));
    }

    private String site(String path) {
        return uri.getBaseUriBuilder().replacePath(request.getContextPath() + path).replaceQuery(null).build().toString();
    }

    /**
     * A date (the start of that day in China Standard Time) or a date-time with an offset. A '+'
     * left unencoded in a query string arrives as a space, so a space before the offset is read as '+'.
     */
    static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim().replaceFirst(" (\\d{2}:?\\d{2})$", "+$1");
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ClockProducer.MARKET_ZONE).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "since must be a date such as 2026-05-01 or a date-time with offset such as "
                    + "2026-05-01T08:00:00+08:00");
        }
    }

    private static int size(String value) {
        int size = QueryParams.integer("size", value, ReleaseFeed.DEFAULT_SIZE);
        if (size < 1 || size > ReleaseFeed.MAX_SIZE) {
            throw new InvalidInputException("size", "size must be a whole number from 1 to " + ReleaseFeed.MAX_SIZE);
        }
        return size;
    }
}

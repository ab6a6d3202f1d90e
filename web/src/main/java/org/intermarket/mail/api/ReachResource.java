package org.intermarket.mail.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.mail.MailReach;
import org.intermarket.mail.NeedReach;
import org.intermarket.shared.api.PageDto;
import org.intermarket.shared.api.QueryParams;

@Path("/mail/reach")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mail")
public class ReachResource {

    @Inject
    private MailReach reach;

    @GET
    @Operation(summary = "Per need whose bidding has closed (of one item with item=), the agencies its publication reached by mail and how many of them bid in the caller's office's jurisdiction (SUPERVISOR)")
    public PageDto<NeedReach> byNeed(@QueryParam("item") String item, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDto.of(reach.byNeed(QueryParams.itemCode("item", item), QueryParams.page(page, size)), r -> r);
    }
}

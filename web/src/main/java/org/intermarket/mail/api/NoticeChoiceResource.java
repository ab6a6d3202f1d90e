package org.intermarket.mail.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.mail.NoticeChoiceForm;
import org.intermarket.mail.NoticeChoiceView;
import org.intermarket.mail.NoticeChoices;
import org.intermarket.shared.api.QueryParams;

@Path("/mail/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mail")
public class NoticeChoiceResource {

    @Inject
    private NoticeChoices choices;

    @GET
    @Path("mine")
    @Operation(summary = "Which kinds of the caller's inbox messages also come by mail, in which language, and the kinds it may choose (OWNER, AGENCY, SUPERVISOR, ADMIN)")
    public NoticeChoiceView mine() {
        return choices.mine();
    }

    @PUT
    @Path("mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose them: {\"kinds\":[\"BID_WON\",...],\"language\":\"zh|en\"}; none chosen, no mail (OWNER, AGENCY, SUPERVISOR, ADMIN)")
    public NoticeChoiceView save(NoticeChoiceForm form) {
        QueryParams.requireBody(form);
        return choices.save(form);
    }

    /**
     * RFC 8058 one-click unsubscribe from one kind of inbox message by mail: a mail client POSTs
     * {@code List-Unsubscribe=One-Click} to the address in a notice mail's List-Unsubscribe header; the token alone says
     * whose and which kind.
     */
    @POST
    @Path("unsubscribe")
    @Operation(summary = "Stop one kind of inbox message coming by mail, with the token of a notice mail's List-Unsubscribe link, without signing in; a token this market did not make is a 403")
    public Response stopByLink(@QueryParam("token") String token) {
        QueryParams.require("token", token);
        choices.stopByLink(token);
        return Response.noContent().build();
    }
}

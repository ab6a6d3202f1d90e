package org.intermarket.mail.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.intermarket.mail.SubscriptionForm;
import org.intermarket.mail.SubscriptionView;
import org.intermarket.mail.Subscriptions;
import org.intermarket.shared.api.QueryParams;

@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mail")
public class SubscriptionResource {

    @Inject
    private Subscriptions subscriptions;

    @GET
    @Path("mine")
    @Operation(summary = "The caller's subscription; before one is saved, the proposal (its guides' items, the whole province, at once) with subscribed false (AGENCY)")
    public SubscriptionView mine() {
        return subscriptions.mine();
    }

    @PUT
    @Path("mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe, or change the subscription: {\"items\",\"regions\",\"frequency\":\"IMMEDIATE|DAILY\",\"digestHour\",\"language\":\"zh|en\"} (AGENCY)")
    public SubscriptionView save(SubscriptionForm form) {
        QueryParams.requireBody(form);
        return subscriptions.save(form);
    }

    @DELETE
    @Path("mine")
    @Operation(summary = "Stop the caller's mail (AGENCY)")
    public SubscriptionView unsubscribe() {
        return subscriptions.unsubscribeMine();
    }

    /**
     * RFC 8058 one-click unsubscribe: a mail client POSTs {@code List-Unsubscribe=One-Click} to the address in the
     * mail's List-Unsubscribe header. The token alone says whose subscription it is; the body is not needed.
     */
    @POST
    @Path("unsubscribe")
    @Operation(summary = "One-click unsubscribe with the token of a mail's List-Unsubscribe link, without signing in; a token this market did not make is a 403")
    public Response unsubscribeByLink(@QueryParam("token") String token) {
        QueryParams.require("token", token);
        subscriptions.unsubscribe(token);
        return Response.noContent().build();
    }
}

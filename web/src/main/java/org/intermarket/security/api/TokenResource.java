package org.intermarket.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.security.IssuedToken;
import org.intermarket.security.TokenService;
import org.intermarket.security.web.Credentials;
import org.intermarket.shared.InvalidInputException;

/** Exchanges a password (HTTP Basic) for a bearer token, so the slow hash runs once per sign-in. */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security")
public class TokenResource {

    @Inject
    private TokenService tokens;

    @POST
    @Operation(summary = "Issue a bearer token; authenticate this call with HTTP Basic")
    public Response issue() {
        IssuedToken issued = tokens.issueForCaller();
        return Response.status(Response.Status.CREATED).entity(new TokenDto(issued.token(), issued.expiresAt())).build();
    }

    @DELETE
    @Path("/current")
    @Operation(summary = "Revoke the bearer token this call presents")
    public Response revokeCurrent(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = Credentials.bearerToken(authorization)
                .orElseThrow(() -> new InvalidInputException("Authorization", "present the bearer token to revoke"));
        tokens.revoke(token);
        return Response.noContent().build();
    }

    public record TokenDto(String token, Instant expiresAt) {
    }
}

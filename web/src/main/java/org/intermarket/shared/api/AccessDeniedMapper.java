package org.intermarket.shared.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service refused the caller's role: 401 with a challenge when nobody signed in,
 * 403 when the signed-in caller lacks the role.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    public static final String CHALLENGE = "Bearer realm=\"intermarket\", Basic realm=\"intermarket\", charset=\"UTF-8\"";

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException exception) {
        if (security == null || security.getUserPrincipal() == null) {
            return Response.fromResponse(Problems.of(401, "unauthenticated", "sign in to do this"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
        }
        return Problems.of(403, "forbidden", "your role may not do this");
    }
}

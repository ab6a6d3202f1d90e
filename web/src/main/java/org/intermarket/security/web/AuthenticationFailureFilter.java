package org.intermarket.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.intermarket.shared.api.AccessDeniedMapper;
import org.intermarket.shared.api.Problems;

/**
 * Answers API requests whose credentials the authentication mechanism rejected: a 401
 * problem with a challenge, written by JAX-RS like every other error body.
 */
@Provider
@PreMatching
public class AuthenticationFailureFilter implements ContainerRequestFilter {

    static final String ATTRIBUTE = AuthenticationFailureFilter.class.getName();

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Object detail = request.getAttribute(ATTRIBUTE);
        if (detail != null) {
            context.abortWith(Response.fromResponse(Problems.of(401, "unauthenticated", detail.toString()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, AccessDeniedMapper.CHALLENGE).build());
        }
    }
}

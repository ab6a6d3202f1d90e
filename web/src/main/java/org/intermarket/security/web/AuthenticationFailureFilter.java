package org.intermarket.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.intermarket.shared.api.AccessDeniedMapper;
import org.intermarket.shared.api.Problems;

/**
 * Answers API requests whose credentials the authentication mechanism rejected: a 401 problem with a
 * challenge, or a 429 with Retry-After when the source is guessing; written by JAX-RS like every other error body.
 */
@Provider
@PreMatching
public class AuthenticationFailureFilter implements ContainerRequestFilter {

    static final String ATTRIBUTE = AuthenticationFailureFilter.class.getName();

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(ATTRIBUTE) instanceof Refusal refusal) {
            context.abortWith(refusal.response());
        }
    }

    /** Why the mechanism let a request through unauthenticated. */
    record Refusal(int status, String detail, long retryAfterSeconds) {

        static Refusal unauthorized(String detail) {
            return new Refusal(401, detail, 0);
        }

        static Refusal throttled(Duration retryAfter) {
            return new Refusal(429, "too many failed sign-ins from this address or for this username from it; wait before trying again",
                    Math.max(1, (retryAfter.toMillis() + 999) / 1000));
        }

        Response response() {
            if (status == 429) {
                return Response.fromResponse(Problems.of(429, "too-many-requests", detail))
                        .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
            }
            return Response.fromResponse(Problems.of(401, "unauthenticated", detail))
                    .header(HttpHeaders.WWW_AUTHENTICATE, AccessDeniedMapper.CHALLENGE).build();
        }
    }
}

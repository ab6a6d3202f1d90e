package org.intermarket.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (unknown path, wrong method or media type, unreadable body) as problem+json;
 * a refusal that already carries a problem (from our own filters) keeps it.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception.getResponse().getEntity() instanceof Problem) {
            // already a problem of ours (a refused body, a throttled sign-in): as it was written
            return exception.getResponse();
        }
        if (status >= 500) {
            return UnexpectedExceptionMapper.serverError(exception);
        }
        String code = switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "client-error";
        };
        String detail = switch (status) {
            case 400 -> "the request body or parameters could not be read";
            case 404 -> "there is nothing at this address";
            case 405 -> "this address does not accept that method";
            case 415 -> "send application/json";
            default -> exception.getMessage() == null ? "the request was refused" : exception.getMessage();
        };
        Response problem = Problems.of(status, code, detail);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}

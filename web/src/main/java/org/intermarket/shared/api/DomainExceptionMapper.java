package org.intermarket.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.ForbiddenException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.PayloadTooLargeException;
import org.intermarket.shared.ThrottledException;
import org.intermarket.shared.UnsupportedTypeException;

/** Business failures: each kind has its status. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return map(exception);
    }

    static Response map(DomainException exception) {
        if (exception instanceof InvalidInputException invalid) {
            return Problems.of(400, invalid.code(), invalid.getMessage(), invalid.fieldErrors().stream()
                    .map(error -> new Problem.FieldProblem(error.field(), error.message())).toList());
        }
        if (exception instanceof ThrottledException throttled) {
            return Response.fromResponse(Problems.of(429, throttled.code(), throttled.getMessage()))
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds()).build();
        }
        int status;
        if (exception instanceof NotFoundException) {
            status = 404;
        } else if (exception instanceof ForbiddenException) {
            status = 403;
        } else if (exception instanceof ConflictException) {
            status = 409;
        } else if (exception instanceof PayloadTooLargeException) {
            status = 413;
        } else if (exception instanceof UnsupportedTypeException) {
            status = 415;
        } else {
            status = 400;
        }
        return Problems.of(status, exception.code(), exception.getMessage(), exception.field()
                .map(field -> List.of(new Problem.FieldProblem(field, exception.getMessage()))).orElse(List.of()));
    }
}

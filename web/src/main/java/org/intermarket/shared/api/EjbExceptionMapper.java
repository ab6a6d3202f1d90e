package org.intermarket.shared.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.core.Context;
import org.intermarket.shared.ConcurrentUpdate;
import org.intermarket.shared.DomainException;

/**
 * Unwraps what the EJB container wrapped, and maps the cause as if it had come alone; a clash with a
 * concurrent change, which the container reports as a rolled-back transaction, is a 409.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    private Providers providers;

    @Override
    public Response toResponse(EJBException exception) {
        Throwable cause = exception;
        while (cause instanceof EJBException && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof EJBAccessException || cause instanceof DomainException
                || cause instanceof ConstraintViolationException) {
            return mapperFor(cause).toResponse(cause);
        }
        if (ConcurrentUpdate.causedBy(exception)) {
            return UnexpectedExceptionMapper.concurrentUpdate();
        }
        return UnexpectedExceptionMapper.serverError(exception);
    }

    @SuppressWarnings("unchecked")
    private <T extends Throwable> ExceptionMapper<T> mapperFor(T cause) {
        return (ExceptionMapper<T>) providers.getExceptionMapper(cause.getClass());
    }
}

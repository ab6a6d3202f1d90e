package org.intermarket.shared.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.intermarket.shared.ConcurrentUpdate;

/**
 * The last line: a body that JSON-B cannot read is the client's fault (400, naming the field where
 * Yasson tells which); anything else is our bug, logged with an id and answered with that id and no internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (isUnreadableInput(exception)) {
            return UnreadableField.of(exception)
                    .map(field -> Problems.of(400, "malformed-request", field.field() + ": " + field.message(), List.of(field)))
                    .orElseGet(() -> Problems.of(400, "malformed-request", "the request body is not valid JSON of the expected shape"));
        }
        if (ConcurrentUpdate.causedBy(exception)) {
            return concurrentUpdate();
        }
        return serverError(exception);
    }

    /** Someone changed the same record at the same moment: nothing was stored, and trying again will do. */
    static Response concurrentUpdate() {
        return Problems.of(409, "concurrent-update", "the record was changed by another request at the same moment; reload it and try again");
    }

    static Response serverError(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.of(500, "internal-error", "something went wrong on our side; incident " + incident);
    }

    private static boolean isUnreadableInput(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof ProcessingException
                    || cause instanceof DateTimeParseException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

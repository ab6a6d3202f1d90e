package org.intermarket.shared.view;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A post whose view state cannot be restored (expired with the session, or forged) is a stale post, not an
 * error: the visitor is sent to the page that says so, in their language, instead of a 500. Every other
 * failure goes on to the error pages as before.
 */
public class StalePostExceptionHandlerFactory extends ExceptionHandlerFactory {

    public StalePostExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (isExpiredView(failure) && !context.getResponseComplete()) {
                    events.remove();
                    StalePost.redirect(context);
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpiredView(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}

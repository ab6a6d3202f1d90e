package org.intermarket.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** error.xhtml: a message for the status the container reports, never the exception itself. */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    private HttpServletRequest request;

    public String getMessage() {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String key = switch (status instanceof Integer code ? code : 500) {
            case 403 -> "error.403";
            case 404 -> "error.404";
            default -> "error.500";
        };
        return Messages.text(key);
    }
}

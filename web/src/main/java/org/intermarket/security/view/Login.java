package org.intermarket.security.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The login page: which message to show and where to go afterwards. */
@Named
@RequestScoped
public class Login {

    @Inject
    private HttpServletRequest request;

    public boolean isFailed() {
        return request.getParameter("error") != null;
    }

    public boolean isRegistered() {
        return request.getParameter("registered") != null;
    }

    public String getNext() {
        String next = request.getParameter("next");
        return next == null ? "/" : next;
    }
}

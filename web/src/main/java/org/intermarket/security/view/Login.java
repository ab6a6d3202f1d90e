package org.intermarket.security.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.intermarket.security.web.FormToken;

/** The login page: which message to show, where to go afterwards, and the forms' anti-forgery tokens. */
@Named
@RequestScoped
public class Login {

    @Inject
    private HttpServletRequest request;

    private String token;

    /** View action: the token of this login form, set as its cookie before the page is written. */
    public void issueToken() {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        token = FormToken.issueForSignIn(request, response);
    }

    public String getToken() {
        return token;
    }

    /** The sign-out form's token of the signed-in session. */
    public String getSessionToken() {
        return FormToken.ofSession(request);
    }

    public boolean isFailed() {
        return "1".equals(request.getParameter("error"));
    }

    public boolean isExpired() {
        return "expired".equals(request.getParameter("error"));
    }

    /** Minutes to wait after too many failed tries, 0 when there is no such wait. */
    public long getWaitMinutes() {
        if (!"wait".equals(request.getParameter("error"))) {
            return 0;
        }
        String minutes = request.getParameter("minutes");
        return minutes != null && minutes.matches("\\d{1,4}") ? Math.max(1, Long.parseLong(minutes)) : 1;
    }

    public boolean isRegistered() {
        return request.getParameter("registered") != null;
    }

    public String getNext() {
        String next = request.getParameter("next");
        return next == null ? "/" : next;
    }
}

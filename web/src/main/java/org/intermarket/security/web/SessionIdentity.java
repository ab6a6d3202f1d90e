package org.intermarket.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.intermarket.security.Identity;

/** The signed-in identity of a page session. Read without creating a session. */
public final class SessionIdentity {

    private static final String ATTRIBUTE = SessionIdentity.class.getName();

    private SessionIdentity() {
    }

    public static Optional<Identity> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Identity) session.getAttribute(ATTRIBUTE));
    }

    /**
     * Ends the signed-in identity of a session, which is then an anonymous visitor's: without the identity it reaches
     * no page that needs a sign-in, and without the form token it posts no form. The session itself is left to expire:
     * invalidated while the request was being authenticated, it left Weld unable to close the request's conversation
     * context (WELD-000717, and WELD-000335 at the worker thread's next request).
     */
    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
            FormToken.forget(session);
        }
    }

    /** Starts the session of a fresh sign-in under a new id, so an id planted before sign-in is worthless. */
    public static void signIn(HttpServletRequest request, Identity identity) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ATTRIBUTE, identity);
        FormToken.issueForSession(session);
    }
}

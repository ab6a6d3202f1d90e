package org.intermarket.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the page session. POST only, and only with the session's own form token, so that neither a link
 * nor a form on another site can sign anyone out; a post without it leaves the session as it was.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !FormToken.isGenuineSignOut(request)) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.sendRedirect(request.getContextPath() + "/");
    }
}

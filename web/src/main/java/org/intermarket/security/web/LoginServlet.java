package org.intermarket.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the login form posts. The authentication mechanism has already checked the
 * password; this only sends the visitor on: to the page they wanted, or back to the form.
 */
@WebServlet(MarketAuthenticationMechanism.LOGIN_PATH)
public class LoginServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = safeNext(request.getParameter("next"));
        if (request.getUserPrincipal() == null) {
            String back = request.getContextPath() + MarketAuthenticationMechanism.LOGIN_PAGE + "?error=1"
                    + (next.equals("/") ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            response.sendRedirect(back);
            return;
        }
        response.sendRedirect(request.getContextPath() + next);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + MarketAuthenticationMechanism.LOGIN_PAGE);
    }

    /** Only a path on this site: no scheme, no host, no "//" that a browser would read as a host. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n") || next.startsWith(MarketAuthenticationMechanism.LOGIN_PATH)) {
            return "/";
        }
        return next;
    }
}

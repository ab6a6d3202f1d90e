package org.intermarket.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.intermarket.shared.web.LocalPath;

/**
 * Where the login form posts. The authentication mechanism has already checked the
 * password; this only sends the visitor on: to the page they wanted, or back to the form
 * with what went wrong (a wrong password, too many tries, or a form that was not ours).
 */
@WebServlet(MarketAuthenticationMechanism.LOGIN_PATH)
public class LoginServlet extends HttpServlet {

    /** Request attribute: why the mechanism did not even try the password ({@link #FORGED} or a {@link Duration} to wait). */
    static final String REFUSAL = LoginServlet.class.getName() + ".refusal";
    static final String FORGED = "forged";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = safeNext(request.getParameter("next"));
        if (request.getUserPrincipal() == null) {
            Object refusal = request.getAttribute(REFUSAL);
            String error = refusal instanceof Duration wait ? "wait&minutes=" + Math.max(1, (wait.toSeconds() + 59) / 60)
                    : FORGED.equals(refusal) ? "expired" : "1";
            String back = request.getContextPath() + MarketAuthenticationMechanism.LOGIN_PAGE + "?error=" + error
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

    /** Only a path on this site, and not the sign-in itself. */
    static String safeNext(String next) {
        return LocalPath.of(next).filter(path -> !path.startsWith(MarketAuthenticationMechanism.LOGIN_PATH)).orElse("/");
    }
}

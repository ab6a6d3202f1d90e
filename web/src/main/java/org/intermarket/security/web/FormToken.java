package org.intermarket.security.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The anti-forgery token of the two plain HTML forms outside Faces (whose forms carry their view state):
 * signing in and signing out. Another site can make a browser post either form, but cannot read the token.
 * <ul>
 * <li>Sign-in has no session yet, so its token is a double-submit cookie: the login page sets a random
 * cookie ({@code SameSite=Strict}, so no other site's post carries it) and writes the same value into
 * the form; {@code POST /login} must bring both, equal.</li>
 * <li>Sign-out belongs to a session, which keeps its token from the moment of sign-in.</li>
 * </ul>
 */
public final class FormToken {

    static final String PARAMETER = "token";
    static final String COOKIE = "im-signin";
    private static final String SESSION_ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The token of the login form about to be shown, set as a cookie on the way out. */
    public static String issueForSignIn(HttpServletRequest request, HttpServletResponse response) {
        String token = fresh();
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
        return token;
    }

    /** Whether a sign-in post came from our login form. */
    static boolean isGenuineSignIn(HttpServletRequest request) {
        Optional<String> cookie = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
        return cookie.isPresent() && same(cookie.get(), request.getParameter(PARAMETER));
    }

    /** Starts the token of a session that has just signed in. */
    static void issueForSession(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, fresh());
    }

    static void forget(HttpSession session) {
        session.removeAttribute(SESSION_ATTRIBUTE);
    }

    /** The token of the signed-in session's sign-out form; empty for a visitor. */
    public static String ofSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return token == null ? "" : token.toString();
    }

    /** Whether a sign-out post came from one of this session's own pages. */
    static boolean isGenuineSignOut(HttpServletRequest request) {
        String expected = ofSession(request);
        return !expected.isEmpty() && same(expected, request.getParameter(PARAMETER));
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean same(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}

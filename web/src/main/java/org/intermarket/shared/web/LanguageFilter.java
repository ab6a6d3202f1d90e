package org.intermarket.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language switch: {@code ?lang=en} or {@code ?lang=zh} on any page stores the choice
 * in a cookie and reloads the page without the parameter. A cookie, not the session,
 * so anonymous visitors can switch without a session being created.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    public static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        if (requested != null) {
            Cookie cookie = new Cookie(COOKIE, Language.of(requested).tag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            response.sendRedirect(request.getRequestURI() + withoutLang(request.getQueryString()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The language of a request: the cookie's, else Chinese. */
    public static Language languageOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Language.ZH;
        }
        Optional<Cookie> chosen = Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst();
        return chosen.map(c -> Language.of(c.getValue())).orElse(Language.ZH);
    }

    private static String withoutLang(String query) {
        if (query == null) {
            return "";
        }
        String kept = Arrays.stream(query.split("&")).filter(p -> !p.startsWith("lang=")).reduce((a, b) -> a + "&" + b).orElse("");
        return kept.isEmpty() ? "" : "?" + kept;
    }

    /** The two languages of the pages. */
    public enum Language {
        ZH(Locale.SIMPLIFIED_CHINESE, "zh"), EN(Locale.ENGLISH, "en");

        private final Locale locale;
        private final String tag;

        Language(Locale locale, String tag) {
            this.locale = locale;
            this.tag = tag;
        }

        public static Language of(String tag) {
            return "en".equalsIgnoreCase(tag) ? EN : ZH;
        }

        public Locale locale() {
            return locale;
        }

        public String tag() {
            return tag;
        }
    }
}

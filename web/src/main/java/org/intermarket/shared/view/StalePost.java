package org.intermarket.shared.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a page does with a post it cannot trust (its view state is forged or has expired, or it lacks the
 * page's CSP nonce): nothing of it is applied, and the browser is sent, with a plain GET, to the page that
 * explains this in the user's language and leads back to the page the form was on.
 */
final class StalePost {

    static final String EXPIRED_PAGE = "/expired.xhtml";

    private StalePost() {
    }

    static void redirect(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String page = request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            external.redirect(external.getRequestContextPath() + EXPIRED_PAGE + "?page=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}

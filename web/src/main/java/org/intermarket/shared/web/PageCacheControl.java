package org.intermarket.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps pages out of shared caches. A page may carry its reader's name, organisation, drafts or inbox, and even an
 * anonymous one may set a cookie (the sign-in form's token): a proxy that kept either would hand it to the next
 * visitor. So a page is {@code private} always, and {@code no-store} too as soon as the request belongs to a
 * session or a caller (nothing personal is written to the browser's disk either); an anonymous page is
 * {@code no-cache}: the browser may keep it for going back but asks again before showing it anew.
 *
 * <p>Scripts, styles and images ({@code /jakarta.faces.resource/}) are the same for everyone and keep the
 * expiry Faces gives them. The server itself keeps anonymous public pages for a few seconds ({@link PublicAnswerCache}),
 * since it knows when the market changed; a cache outside it does not, so pages stay {@code private}.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class PageCacheControl extends HttpFilter {

    static final String SIGNED_IN = "private, no-store";
    static final String ANONYMOUS = "private, no-cache";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().startsWith(RESOURCES)) {
            boolean personal = request.getRequestedSessionId() != null || request.getUserPrincipal() != null;
            response.setHeader("Cache-Control", personal ? SIGNED_IN : ANONYMOUS);
        }
        chain.doFilter(request, response);
    }
}

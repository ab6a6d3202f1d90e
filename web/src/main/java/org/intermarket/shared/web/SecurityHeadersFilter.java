package org.intermarket.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers every response of the application carries (the server adds the same ones to what it serves itself,
 * {@code /openapi} included: see configure.cli).
 *
 * <p>One content security policy, {@link #POLICY}. Pages get it from PrimeFaces with their script nonce
 * appended (web.xml's {@code primefaces.CSP_POLICY} is this same text); every other response gets it as it is.
 * When PrimeFaces adds its header, it replaces ours rather than joining it: two policies would both be enforced,
 * and ours, without the nonce, would block the page's own scripts.
 *
 * <p>HSTS ({@code -Dintermarket.hsts.max-age}, seconds, default a year, 0 for none) only on requests that came
 * over TLS, directly or through a trusted proxy ({@link TransportSecurity}): over plain HTTP it would mean nothing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    /** Ends with the script source, so that PrimeFaces can append the page's nonce to it. */
    public static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self'";
    static final String CSP = "Content-Security-Policy";
    static final String HSTS_MAX_AGE = "intermarket.hsts.max-age";
    private static final long YEAR = 31_536_000;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CSP, POLICY + ";");
        long maxAge = Long.getLong(HSTS_MAX_AGE, YEAR);
        if (request.isSecure() && maxAge > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + maxAge + "; includeSubDomains");
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}

package org.intermarket.shared.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Knows whether a request reached the market over TLS, and marks cookies {@code Secure} accordingly,
 * below the servlet API, since the session cookie is written by the servlet engine itself.
 * <ul>
 * <li>TLS is either the connection's own or, behind a reverse proxy that ends TLS, what a trusted proxy
 * ({@code -Dintermarket.trusted.proxies}) says in {@code X-Forwarded-Proto}; from anyone else that header is
 * ignored. Either way {@code request.isSecure()} is then true, and HSTS follows ({@code SecurityHeadersFilter}).</li>
 * <li>{@code -Dintermarket.cookies.secure}: {@code auto} (the default) marks every cookie Secure on a request
 * that arrived over TLS; {@code always} on every request (a site served only through a TLS proxy);
 * {@code never} for none.</li>
 * </ul>
 * Registered as an Undertow servlet extension (META-INF/services), so it runs before any filter.
 */
public class TransportSecurity implements ServletExtension {

    static final String COOKIES_SECURE = "intermarket.cookies.secure";
    private static final HttpString FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> handle(exchange, next));
    }

    private static void handle(HttpServerExchange exchange, HttpHandler next) throws Exception {
        if (forwardedOverTls(exchange)) {
            exchange.setRequestScheme("https");
        }
        String mode = System.getProperty(COOKIES_SECURE, "auto").strip().toLowerCase(Locale.ROOT);
        if (mode.equals("always") || (mode.equals("auto") && exchange.isSecure())) {
            exchange.addResponseCommitListener(committed -> {
                for (Cookie cookie : committed.responseCookies()) {
                    cookie.setSecure(true);
                }
            });
        }
        next.handleRequest(exchange);
    }

    private static boolean forwardedOverTls(HttpServerExchange exchange) {
        String proto = exchange.getRequestHeaders().getLast(FORWARDED_PROTO);
        if (proto == null || !proto.strip().equalsIgnoreCase("https")) {
            return false;
        }
        InetSocketAddress peer = exchange.getSourceAddress();
        return peer != null && peer.getAddress() != null && ClientAddress.isTrustedProxy(peer.getAddress().getHostAddress());
    }
}

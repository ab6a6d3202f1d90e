package org.intermarket.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.intermarket.security.Identity;
import org.intermarket.security.SignInAttempt;
import org.intermarket.security.SignInOutcome;
import org.intermarket.security.SignInService;
import org.intermarket.security.TokenService;
import org.intermarket.shared.web.ClientAddress;

/**
 * One mechanism for both faces of the application:
 * <ul>
 * <li>{@code /api/*}: a bearer token (cheap) or HTTP Basic (slow hash each call); no credentials
 * means anonymous, and the services decide whether that is enough. Bad credentials are a 401, a guessing
 * source a 429. The page session counts only for reading ({@code GET}, the pages' download links): a
 * change through the API needs credentials of its own, so no other site can make a signed-in
 * browser change anything by posting to the API with its cookie.</li>
 * <li>pages: form sign-in on {@code POST /login} starts a session holding the identity; later
 * requests are recognised from it. Protected pages send anonymous visitors to the login page.</li>
 * </ul>
 * No session is ever created for an anonymous request.
 */
@ApplicationScoped
public class MarketAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/login";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String TOKENS_PATH = "/api/v1/tokens";
    /** Scripts, styles and images of the pages: served alike to everyone, so not worth a query each. */
    private static final String RESOURCES_PATH = "/jakarta.faces.resource/";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private SignInService signIn;

    @Inject
    private TokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, context, path);
        }
        if (LOGIN_PATH.equals(path) && "POST".equals(request.getMethod())) {
            return formSignIn(request, context);
        }
        Optional<Identity> identity = sessionIdentity(request, path);
        if (identity.isPresent()) {
            return notify(context, identity.get());
        }
        if (context.isProtected()) {
            String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context, String path) {
        String header = request.getHeader("Authorization");
        if (Credentials.isBearer(header)) {
            Optional<Identity> identity = Credentials.bearerToken(header).flatMap(tokens::resolve);
            return identity.isPresent() ? notify(context, identity.get())
                    : unauthorized(request, context, "the bearer token is unknown, expired or revoked");
        }
        if (Credentials.isBasic(header)) {
            Optional<Credentials.UsernamePassword> credentials = Credentials.basic(header);
            if (credentials.isEmpty()) {
                return unauthorized(request, context, "the Basic credentials are malformed");
            }
            boolean signingIn = TOKENS_PATH.equals(path) && "POST".equals(request.getMethod());
            SignInOutcome outcome = signIn.signIn(new SignInAttempt(credentials.get().username(), credentials.get().password(),
                    signingIn ? "api-token" : "api-basic", signingIn, ClientAddress.of(request)));
            if (outcome instanceof SignInOutcome.Success success) {
                return notify(context, success.identity());
            }
            if (outcome instanceof SignInOutcome.Throttled throttled) {
                request.setAttribute(AuthenticationFailureFilter.ATTRIBUTE, AuthenticationFailureFilter.Refusal.throttled(throttled.retryAfter()));
                return context.doNothing();
            }
            return unauthorized(request, context, "wrong username or password, or the account is locked");
        }
        if (!SAFE_METHODS.contains(request.getMethod())) {
            return context.doNothing();
        }
        Optional<Identity> identity = sessionIdentity(request, path);
        return identity.isPresent() ? notify(context, identity.get()) : context.doNothing();
    }

    /** The page session's identity, unless its account or organisation was disabled since; then its sign-in ends. */
    private Optional<Identity> sessionIdentity(HttpServletRequest request, String path) {
        Optional<Identity> identity = SessionIdentity.of(request);
        if (identity.isEmpty() || path.startsWith(RESOURCES_PATH) || signIn.mayContinue(identity.get())) {
            return identity;
        }
        SessionIdentity.end(request);
        return Optional.empty();
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context) {
        if (!FormToken.isGenuineSignIn(request)) {
            request.setAttribute(LoginServlet.REFUSAL, LoginServlet.FORGED);
            return context.doNothing();
        }
        SignInOutcome outcome = signIn.signIn(new SignInAttempt(request.getParameter("username"), request.getParameter("password"),
                "form", true, ClientAddress.of(request)));
        if (outcome instanceof SignInOutcome.Success success) {
            SessionIdentity.signIn(request, success.identity());
            return notify(context, success.identity());
        }
        // LoginServlet sees no caller and sends the visitor back with a message.
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            request.setAttribute(LoginServlet.REFUSAL, throttled.retryAfter());
        }
        return context.doNothing();
    }

    private static AuthenticationStatus notify(HttpMessageContext context, Identity identity) {
        return context.notifyContainerAboutLogin(identity.username(), Set.of(identity.role().name()));
    }

    /**
     * Lets the request through unauthenticated, marked as a failed sign-in;
     * {@link AuthenticationFailureFilter} answers it with a 401 problem before any resource runs.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpMessageContext context, String detail) {
        request.setAttribute(AuthenticationFailureFilter.ATTRIBUTE, AuthenticationFailureFilter.Refusal.unauthorized(detail));
        return context.doNothing();
    }
}

package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The security headers on every answer of the server, and transport security behind a TLS-ending proxy. */
class SecurityHeadersIT extends ApiTest {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyAnswerCarriesTheHeadersTheOpenApiDocumentAndErrorsToo() throws Exception {
        for (String path : List.of("/openapi", "/openapi?format=JSON", "/api/v1/version", "/api/v1/no-such-thing", "/needs.xhtml",
                "/no-such-page.xhtml", "/jakarta.faces.resource/css/app.css.xhtml", "/login.xhtml")) {
            HttpResponse<String> response = get(path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + " has one policy, not two that would both be enforced: " + policies);
            assertTrue(policies.get(0).startsWith("default-src "), path + ": " + policies);
            assertTrue(policies.get(0).contains("frame-ancestors 'none'"), path + ": " + policies);
            assertFalse(response.headers().firstValue("Strict-Transport-Security").isPresent(), path + ": no HSTS over plain HTTP");
        }
        String page = get("/needs.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(page.startsWith("default-src 'self'") && page.contains("script-src 'self' 'nonce-"), "a page's policy carries its nonce: " + page);
    }

    @Test
    void behindATrustedProxyThatEndedTlsEveryAnswerTheOpenApiDocumentIncludedCarriesHsts() throws Exception {
        for (String path : List.of("/login.xhtml", "/openapi", "/openapi?format=JSON", "/api/v1/version", "/api/v1/no-such-thing",
                "/no-such-page.xhtml")) {
            HttpResponse<String> response = get(path, Api.freshAddress());
            assertTrue(response.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"),
                    () -> path + ": " + response.headers());
        }
    }

    @Test
    void behindATrustedProxyThatEndedTlsTheSignInAndSessionCookiesAreSecure() throws Exception {
        String address = Api.freshAddress();
        HttpResponse<String> login = get("/login.xhtml", address);
        List<String> formCookies = login.headers().allValues("Set-Cookie");
        assertFalse(formCookies.isEmpty(), "the sign-in form sets its token cookie");
        assertTrue(formCookies.stream().allMatch(SecurityHeadersIT::isSecure), () -> "every cookie is Secure: " + formCookies);

        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(login.body());
        assertTrue(token.find(), "the sign-in form carries its token");
        String form = "username=owner1&password=" + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&token="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&next=%2Faccount%2Findex.xhtml";
        HttpRequest signIn = overTls(HttpRequest.newBuilder(URI.create(Api.BASE + "/login")), address)
                .header("Cookie", formCookies.stream().map(cookie -> cookie.split(";", 2)[0]).collect(Collectors.joining("; ")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> signedIn = client.send(signIn, HttpResponse.BodyHandlers.ofString());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/account/index.xhtml"), signedIn.headers()::toString);
        List<String> sessionCookies = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        assertEquals(1, sessionCookies.size(), () -> "the sign-in starts a session: " + signedIn.headers());
        assertTrue(isSecure(sessionCookies.get(0)), sessionCookies::toString);
    }

    private static boolean isSecure(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::strip).anyMatch(attribute -> attribute.equalsIgnoreCase("Secure"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that a trusted proxy received over TLS from a client at this address. */
    private HttpResponse<String> get(String path, String address) throws Exception {
        return client.send(overTls(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET(), address).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder overTls(HttpRequest.Builder request, String address) {
        return request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", address);
    }
}

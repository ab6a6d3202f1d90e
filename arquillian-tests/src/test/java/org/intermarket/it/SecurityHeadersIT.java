package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The security headers on every answer of the server, and transport security behind a TLS-ending proxy. */
class SecurityHeadersIT extends ApiTest {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyAnswerCarriesTheHeadersTheOpenApiDocumentAndErrorsToo() throws Exception {
        for (String path : List.of("/openapi", "/openapi?format=JSON", "/api/v1/version", "/api/v1/no-such-thing", "/needs.xhtml",
                "/no-such-page.xhtml", "/jakarta.faces.resource/css/app.css.xhtml", "/login.xhtml")) {
            HttpResponse<String> response = get(path, false);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + " has one policy, not two that would both be enforced: " + policies);
            assertTrue(policies.get(0).startsWith("default-src "), path + ": " + policies);
            assertTrue(policies.get(0).contains("frame-ancestors 'none'"), path + ": " + policies);
            assertFalse(response.headers().firstValue("Strict-Transport-Security").isPresent(), path + ": no HSTS over plain HTTP");
        }
        String page = get("/needs.xhtml", false).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(page.startsWith("default-src 'self'") && page.contains("script-src 'self' 'nonce-"), "a page's policy carries its nonce: " + page);
    }

    @Test
    void behindATrustedProxyThatEndedTlsThereIsHstsAndTheCookiesAreSecure() throws Exception {
        HttpResponse<String> login = get("/login.xhtml", true);
        assertTrue(login.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"), login.headers()::toString);
        assertTrue(login.headers().allValues("Set-Cookie").stream().allMatch(cookie -> cookie.toLowerCase().contains("secure")),
                () -> "every cookie is Secure: " + login.headers().allValues("Set-Cookie"));

    }

    private HttpResponse<String> get(String path, boolean overTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
        if (overTls) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", Api.freshAddress());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

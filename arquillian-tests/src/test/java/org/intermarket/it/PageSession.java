package org.intermarket.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's page session without the browser: cookies kept, forms read from the page and posted as typed. */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String address = Api.freshAddress();

    /** Signs in through the login form, with its token, from an address of its own. */
    static PageSession signedIn(String username, String password) {
        PageSession session = new PageSession();
        String login = session.get("/login.xhtml").body();
        HttpResponse<String> reply = session.post("/login", Map.of("username", username, "password", password,
                "token", find(TOKEN, login), "next", "/account/index.xhtml"), Map.of());
        if (!reply.headers().firstValue("Location").orElse("").endsWith("/account/index.xhtml")) {
            throw new IllegalStateException("sign-in failed: " + reply.headers().map());
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    /** The hidden fields a Faces form of the page carries: its view state and the page's CSP nonce. */
    static Map<String, String> formState(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        fields.put("primefaces.nonce", find(NONCE, page));
        return fields;
    }

    static String signOutToken(String page) {
        return find(TOKEN, page);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("X-Forwarded-For", address).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not on the page");
        }
        return matcher.group(1);
    }
}

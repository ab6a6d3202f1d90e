package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PublicPagesIT extends ApiTest {

    private static final Pattern WELD_WARNING = Pattern.compile("(?m)^\\S+ \\S+ (WARN|ERROR) +\\[org\\.jboss\\.weld[^\\]]*\\] .*$");

    private static final List<String> PUBLIC_PAGES = List.of("/", "/index.xhtml", "/catalog.xhtml", "/item.xhtml?code=ZJFW-003",
            "/login.xhtml", "/register.xhtml", "/no-such-page.xhtml", "/agencies.xhtml",
            "/agencies.xhtml?item=ZJFW-003&region=330000&level=B&q=%E6%B5%99%E6%B1%9F", "/agencies.xhtml?page=-3&level=Z",
            "/agency.xhtml?id=7", "/agency.xhtml?id=999999", "/agency.xhtml?id=abc", "/rankings.xhtml",
            "/statistics.xhtml", "/statistics.xhtml?groupBy=REGION&from=2026-01-01&to=2026-06-30", "/statistics.xhtml?from=bad&groupBy=WEEK",
            "/mandatory-list.xhtml?date=2025-01-01", "/mandatory-list.xhtml?date=not-a-date", "/need.xhtml?id=abc", "/need.xhtml?id=99999999");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void browsingPublicPagesCreatesNoSession() throws Exception {
        for (int i = 0; i < 100; i++) {
            String page = PUBLIC_PAGES.get(i % PUBLIC_PAGES.size());
            HttpResponse<String> response = get(page, null);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 404, page + " " + response.statusCode());
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    () -> page + " created a session: " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/catalog.xhtml", "/api/v1/catalog/items?size=1")) {
            HttpResponse<String> response = get(path, null);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent());
            assertTrue(response.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("frame-ancestors 'none'")));
        }
        HttpResponse<String> page = get("/catalog.xhtml", null);
        assertTrue(page.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")),
                "PrimeFaces' nonce policy is on");
    }

    @Test
    void signingInThroughTheFormStartsAFreshStrictSession() throws Exception {
        HttpResponse<String> first = signIn("owner1", Api.DEMO_PASSWORD, null);
        assertEquals(302, first.statusCode());
        assertEquals(Api.BASE + "/account/index.xhtml", first.headers().firstValue("Location").orElse("").replace("%2F", "/"));
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String sessionId = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> account = get("/account/index.xhtml", sessionId);
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("杭州市城市建设投资集团有限公司"), "the owner's own organisation is shown");

        HttpResponse<String> again = signIn("owner1", Api.DEMO_PASSWORD, sessionId);
        String newId = again.headers().firstValue("Set-Cookie").orElseThrow();
        assertNotEquals(sessionId, newId.substring(0, newId.indexOf(';')), "the session id changes at sign-in");
    }

    @Test
    void aWrongPasswordSendsTheVisitorBackWithAMessageAndNoSession() throws Exception {
        HttpResponse<String> failed = signIn("owner1", "wrong-password", null, Api.freshAddress());
        assertEquals(302, failed.statusCode());
        assertTrue(failed.headers().firstValue("Location").orElse("").contains("/login.xhtml?error=1"));
        assertTrue(failed.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
        assertTrue(get("/login.xhtml?error=1", null).body().contains("用户名或密码错误"));
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        for (String page : List.of("/account/index.xhtml", "/account/inbox.xhtml", "/agency/index.xhtml",
                "/supervisor/admissions.xhtml", "/supervisor/admission.xhtml?id=1")) {
            HttpResponse<String> response = get(page, null);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="), page);
        }
    }

    @Test
    void disablingAnOrganisationEndsItsPageSessionsAtTheNextRequest() throws Exception {
        long logBefore = ServerLog.size();
        String owner = Registrations.newOwner();
        String cookie = signIn(owner, Registrations.PASSWORD, null).headers().firstValue("Set-Cookie").orElseThrow();
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, get("/account/index.xhtml", session).statusCode());

        long organisation = Api.signIn(owner, Registrations.PASSWORD).get("/api/v1/me").json()
                .getJsonObject("organisation").getJsonNumber("id").longValue();
        Api supervisor = Api.demo("supervisor");
        assertEquals(200, supervisor.post("/api/v1/organisations/" + organisation + "/disable", "{\"reason\":\"冒用他人名义注册\"}").status());
        HttpResponse<String> after = get("/account/index.xhtml", session);
        assertEquals(302, after.statusCode(), "the session signed in before the organisation was disabled is over");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="));

        assertEquals(200, supervisor.post("/api/v1/organisations/" + organisation + "/enable", null).status());
        assertEquals(302, get("/account/index.xhtml", session).statusCode(), "enabling again does not revive an ended session");
        String fresh = signIn(owner, Registrations.PASSWORD, null).headers().firstValue("Set-Cookie").orElseThrow();
        assertEquals(200, get("/account/index.xhtml", fresh.substring(0, fresh.indexOf(';'))).statusCode());
        // ended by invalidating the session as it was being authenticated, Weld could not close the request's contexts
        assertEquals(List.of(), ServerLog.lines(WELD_WARNING, ServerLog.since(logBefore)), "ending the session left Weld a context open");
    }

    @Test
    void aFilterThatDoesNotParseSaysSoOnThePage() throws Exception {
        for (String page : List.of("/agencies.xhtml?level=Z", "/needs.xhtml?status=NOPE", "/needs.xhtml?maxCeiling=lots")) {
            HttpResponse<String> response = get(page, null);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("筛选条件不正确"), page + " shows the message, written before the list was read");
        }
    }

    @Test
    void pagesOfAnotherRoleAreRefused() throws Exception {
        String owner = signIn("owner1", Api.DEMO_PASSWORD, null).headers().firstValue("Set-Cookie").orElseThrow();
        String ownerSession = owner.substring(0, owner.indexOf(';'));
        assertEquals(403, get("/supervisor/admissions.xhtml", ownerSession).statusCode());
        assertEquals(403, get("/agency/index.xhtml", ownerSession).statusCode());
        String agency = signIn("agency1", Api.DEMO_PASSWORD, null).headers().firstValue("Set-Cookie").orElseThrow();
        assertEquals(403, get("/supervisor/admission.xhtml?id=1", agency.substring(0, agency.indexOf(';'))).statusCode());
    }

    @Test
    void errorPagesSpeakTheVisitorsLanguageAndShowNoStackTrace() throws Exception {
        HttpResponse<String> zh = get("/no-such-page.xhtml", null);
        assertEquals(404, zh.statusCode());
        assertTrue(zh.body().contains("页面不存在"));
        HttpResponse<String> en = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/no-such-page.xhtml")).header("Cookie", "lang=en").GET());
        assertTrue(en.body().contains("There is no such page"));
        assertFalse(en.body().contains(".java:") || en.body().contains("\tat "), "no stack trace");
    }

    @Test
    void aNeedsAddressWithoutAUsableIdSaysSoOnce() throws Exception {
        for (String path : List.of("/need.xhtml?id=abc", "/need.xhtml", "/need.xhtml?id=-1")) {
            String body = get(path, null).body();
            assertEquals(1, occurrences(body, "这个地址没有指向任何记录"), path + ": " + body);
            assertEquals(1, occurrences(body, "ui-messages-error-summary"), path + ": one message, and no converter's English: " + body);
        }
        String missing = get("/need.xhtml?id=99999999", null).body();
        assertEquals(1, occurrences(missing, "记录不存在"), "one message, not three: " + missing);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** Signs in as the login form does: the form's token and its cookie from the login page, then the post. */
    private HttpResponse<String> signIn(String username, String password, String cookie) throws Exception {
        return signIn(username, password, cookie, null);
    }

    private HttpResponse<String> signIn(String username, String password, String cookie, String address) throws Exception {
        HttpResponse<String> page = get("/login.xhtml", cookie);
        String tokenCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("im-signin="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(token.find(page.body().indexOf("id=\"login\"")), "the login form carries its token");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=%2Faccount%2Findex.xhtml&token=" + token.group(1);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie == null ? tokenCookie : cookie + "; " + tokenCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return send(request);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Posts that did not come from our own pages change nothing, and answer a page in the user's language, not a 500. */
class ForgedRequestsIT extends ApiTest {

    @Test
    void aForgedViewStateLeadsToThePageThatSaysSo() {
        PageSession visitor = new PageSession();
        HttpResponse<String> forged = visitor.post("/needs.xhtml", Map.of("jakarta.faces.ViewState", "forged"), Map.of());
        assertEquals(302, forged.statusCode(), forged::body);
        String location = forged.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/expired.xhtml?page=%2Fneeds.xhtml"), location);

        HttpResponse<String> explained = visitor.get(location.substring(location.indexOf("/expired.xhtml")));
        assertEquals(200, explained.statusCode());
        assertTrue(explained.body().contains("所填内容没有保存"), "in the visitor's language");
        assertTrue(explained.body().contains("href=\"/needs.xhtml\""), "with the way back to the page");

        PageSession owner = PageSession.signedIn("owner1", Api.DEMO_PASSWORD);
        HttpResponse<String> signedIn = owner.post("/account/index.xhtml", Map.of("profile", "profile",
                "profile:legalRepresentative", "冒名", "jakarta.faces.ViewState", "-123:456"), Map.of());
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").contains("/expired.xhtml"));
    }

    @Test
    void aFormPostedWithoutThePagesNonceChangesNothing() {
        Market.Owner fresh = Market.owner();
        PageSession owner = PageSession.signedIn(fresh.username(), Registrations.PASSWORD);
        String organisation = "/api/v1/organisations/" + fresh.api().get("/api/v1/me").json().getJsonObject("organisation").getJsonNumber("id");
        String before = fresh.api().get(organisation).json().getString("legalRepresentative");

        String page = owner.get("/account/index.xhtml").body();
        Map<String, String> fields = profileChange(page, "篡改者");
        fields.remove("primefaces.nonce");
        HttpResponse<String> withoutNonce = owner.post("/account/index.xhtml", fields, Map.of());
        assertEquals(302, withoutNonce.statusCode(), "refused before anything is applied, not a 500 after saving");
        assertTrue(withoutNonce.headers().firstValue("Location").orElse("").contains("/expired.xhtml"));
        assertEquals(before, fresh.api().get(organisation).json().getString("legalRepresentative"));

        Map<String, String> wrongNonce = profileChange(owner.get("/account/index.xhtml").body(), "篡改者");
        wrongNonce.put("primefaces.nonce", "ZmFrZQ==");
        assertEquals(302, owner.post("/account/index.xhtml", wrongNonce, Map.of()).statusCode());
        assertEquals(before, fresh.api().get(organisation).json().getString("legalRepresentative"));

        HttpResponse<String> genuine = owner.post("/account/index.xhtml", profileChange(owner.get("/account/index.xhtml").body(), "王五"), Map.of());
        assertEquals(200, genuine.statusCode());
        assertEquals("王五", fresh.api().get(organisation).json().getString("legalRepresentative"), "the page's own form still works");
    }

    @Test
    void anotherSitesPostToTheApiWithThePageCookieChangesNothing() {
        Market.Owner fresh = Market.owner();
        PageSession owner = PageSession.signedIn(fresh.username(), Registrations.PASSWORD);
        assertEquals(200, owner.get("/api/v1/me").statusCode(), "the page session reads through the API (the pages' download links)");

        HttpResponse<String> crossSite = owner.post("/api/v1/inbox/read", Map.of(), Map.of("Origin", "https://evil.example"));
        assertEquals(401, crossSite.statusCode(), crossSite::body);
        HttpResponse<String> project = owner.post("/api/v1/projects", Map.of(), Map.of("Origin", "https://evil.example",
                "Content-Type", "application/json"));
        assertTrue(project.statusCode() == 401 || project.statusCode() == 415, project::body);
        assertEquals(0, fresh.api().get("/api/v1/projects").json().getInt("total"), "no project was made in the owner's name");
    }

    @Test
    void signingOutNeedsTheSessionsOwnTokenAndSigningInTheFormsToken() {
        PageSession owner = PageSession.signedIn("owner2", Api.DEMO_PASSWORD);
        HttpResponse<String> forged = owner.post("/logout", Map.of(), Map.of());
        assertEquals(302, forged.statusCode());
        assertEquals(200, owner.get("/account/index.xhtml").statusCode(), "a post without the token signs no one out");

        String token = PageSession.signOutToken(owner.get("/account/index.xhtml").body());
        assertEquals(302, owner.post("/logout", Map.of("token", token), Map.of()).statusCode());
        assertEquals(302, owner.get("/account/index.xhtml").statusCode(), "the session's own form signs out");

        HttpResponse<String> noToken = new PageSession().post("/login", Map.of("username", "owner2", "password", Api.DEMO_PASSWORD), Map.of());
        assertTrue(noToken.headers().firstValue("Location").orElse("").contains("/login.xhtml?error=expired"), noToken.headers()::toString);
        assertFalse(noToken.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")), "no session was started");
    }

    private static Map<String, String> profileChange(String page, String legalRepresentative) {
        Map<String, String> fields = new HashMap<>(PageSession.formState(page));
        fields.put("profile", "profile");
        fields.put("profile:legalRepresentative", legalRepresentative);
        fields.put("profile:contactPhone", "0571-87654321");
        fields.put("profile:region_input", "330100");
        fields.put("profile:save", "");
        return fields;
    }
}

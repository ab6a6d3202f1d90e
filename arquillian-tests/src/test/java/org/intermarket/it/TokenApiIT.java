package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenApiIT extends ApiTest {

    @Test
    void aTokenIsIssuedForTwelveHoursAndWorksInPlaceOfThePassword() {
        Api.Reply issued = Api.basic("owner2", Api.DEMO_PASSWORD).post("/api/v1/tokens", null);
        assertEquals(201, issued.status(), issued::toString);
        JsonObject body = issued.json();
        String token = body.getString("token");
        assertTrue(Base64.getUrlDecoder().decode(token).length >= 32, "at least 256 random bits");
        Duration validity = Duration.between(TestClock.now(), Instant.parse(body.getString("expiresAt")));
        assertTrue(validity.compareTo(Duration.ofHours(11)) > 0 && validity.compareTo(Duration.ofHours(12)) <= 0, validity::toString);

        JsonObject me = Api.bearer(token).get("/api/v1/me").json();
        assertEquals("owner2", me.getString("username"));
        assertEquals("OWNER", me.getString("role"));
    }

    @Test
    void basicAuthenticationStillWorksOnEveryCall() {
        assertEquals("SUPERVISOR", Api.basic("supervisor", Api.DEMO_PASSWORD).get("/api/v1/me").json().getString("role"));
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        // a token of its own: the one Api.demo shares must live on
        Api client = Api.signIn("agency2", Api.DEMO_PASSWORD);
        assertEquals(200, client.get("/api/v1/me").status());
        assertEquals(204, client.delete("/api/v1/tokens/current").status());
        assertProblem(client.get("/api/v1/me"), 401);
        assertProblem(client.delete("/api/v1/tokens/current"), 401);
    }

    @Test
    void wrongOrMalformedCredentialsAreUnauthorised() {
        Api.Reply wrong = Api.basic("owner1", "not-the-password").from(Api.freshAddress()).post("/api/v1/tokens", null);
        assertProblem(wrong, 401);
        assertTrue(wrong.header("WWW-Authenticate").orElse("").contains("Bearer"));
        assertProblem(Api.bearer("forged-token-value").get("/api/v1/me"), 401);
        Api.Reply malformed = Api.anonymous().send("GET", "/api/v1/me", null, null);
        assertProblem(malformed, 401);
        assertProblem(Api.anonymous().post("/api/v1/tokens", null), 401);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        String address = Api.freshAddress();
        Api.Reply unknown = Api.basic(Api.unique("nobody"), "whatever-password").from(address).post("/api/v1/tokens", null);
        Api.Reply wrong = Api.basic("owner1", "whatever-password").from(address).post("/api/v1/tokens", null);
        assertEquals(unknown.status(), wrong.status());
        assertEquals(unknown.body(), wrong.body());
    }
}

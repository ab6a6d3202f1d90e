package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginLockIT extends ApiTest {

    @Test
    void fiveFailedSignInsLockTheAccountAndRevokeItsTokens() {
        String username = Registrations.newOwner();
        Api withToken = Api.signIn(username, Registrations.PASSWORD);
        assertEquals(200, withToken.get("/api/v1/me").status());

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertProblem(Api.basic(username, "wrong-password-" + attempt).post("/api/v1/tokens", null), 401);
        }
        assertEquals(200, withToken.get("/api/v1/me").status(), "four failures do not lock");
        assertProblem(Api.basic(username, "wrong-password-5").post("/api/v1/tokens", null), 401);

        Api.Reply rightPassword = Api.basic(username, Registrations.PASSWORD).post("/api/v1/tokens", null);
        assertProblem(rightPassword, 401);
        Api.Reply unknownUser = Api.basic(Api.unique("ghost"), Registrations.PASSWORD).post("/api/v1/tokens", null);
        assertEquals(unknownUser.body(), rightPassword.body(), "a locked account looks like any failed sign-in");
        assertProblem(withToken.get("/api/v1/me"), 401);
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfFailures() {
        String username = Registrations.newOwner();
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                assertProblem(Api.basic(username, "wrong-password").post("/api/v1/tokens", null), 401);
            }
            assertEquals(201, Api.basic(username, Registrations.PASSWORD).post("/api/v1/tokens", null).status());
        }
    }

    @Test
    void signInsAndTheLockAreAudited() {
        String username = Registrations.newOwner();
        for (int attempt = 0; attempt < 5; attempt++) {
            Api.basic(username, "wrong-password").post("/api/v1/tokens", null);
        }
        Api.Reply verify = Api.demo("supervisor").get("/api/v1/audit/verify");
        assertEquals(200, verify.status());
        assertTrue(verify.json().getBoolean("valid"), verify::toString);
    }
}

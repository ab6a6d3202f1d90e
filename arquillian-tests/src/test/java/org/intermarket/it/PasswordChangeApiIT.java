package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A holder changes their own password through the API ({@code PUT /api/v1/me/password}). Every call comes from an
 * address of its own, since wrong current passwords count against the address like failed sign-ins.
 */
class PasswordChangeApiIT extends ApiTest {

    private static final String PATH = "/api/v1/me/password";
    private static final String NEW_PASSWORD = "Amber-kettle-9-harbour";

    @Test
    void aWeakNewPasswordIsRefusedNamingTheFieldAndTheOldOneStays() {
        String username = Registrations.newOwner();
        String address = Api.freshAddress();
        Api holder = Api.signInFrom(username, Registrations.PASSWORD, address).from(address);
        for (String weak : List.of("short-pass", "password1234", "aaaaaaaaaaaaaaaa", "qwertyuiop12", Registrations.PASSWORD)) {
            JsonObject problem = assertProblem(holder.put(PATH, change(Registrations.PASSWORD, weak)), 400);
            assertFieldError(problem, "newPassword");
        }
        assertEquals(200, holder.get("/api/v1/me").status(), "a refused change revokes no token");
        assertEquals(201, Api.basic(username, Registrations.PASSWORD).from(address).post("/api/v1/tokens", null).status(),
                "the old password still signs in");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndGuessingItIsThrottledLikeASignIn() {
        String username = Registrations.newOwner();
        String address = Api.freshAddress();
        Api holder = Api.signInFrom(username, Registrations.PASSWORD, address).from(address);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertFieldError(assertProblem(holder.put(PATH, change("not-the-password-" + attempt, NEW_PASSWORD)), 400), "currentPassword");
        }
        assertProblem(holder.put(PATH, change(Registrations.PASSWORD, NEW_PASSWORD)), 429);
        assertProblem(Api.basic(username, NEW_PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null), 401);
        assertEquals(201, Api.basic(username, Registrations.PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null).status(),
                "the password is unchanged, and the holder elsewhere signs in");
    }

    @Test
    void aChangedPasswordRevokesEveryTokenOfTheAccountAndOnlyTheNewOneSignsIn() {
        String username = Registrations.newOwner();
        String address = Api.freshAddress();
        Api holder = Api.signInFrom(username, Registrations.PASSWORD, address).from(address);
        Api otherClient = Api.signInFrom(username, Registrations.PASSWORD, address).from(address);

        Api.Reply changed = holder.put(PATH, change(Registrations.PASSWORD, NEW_PASSWORD));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(username, changed.json().getString("username"));

        assertProblem(holder.get("/api/v1/me"), 401);
        assertProblem(otherClient.get("/api/v1/me"), 401);
        assertProblem(Api.basic(username, Registrations.PASSWORD).from(address).post("/api/v1/tokens", null), 401);
        assertEquals(201, Api.basic(username, NEW_PASSWORD).from(address).post("/api/v1/tokens", null).status());
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }
}

package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountAdminApiIT extends ApiTest {

    private static final String STAFF_PASSWORD = "Staff-granite-58-ferry";

    private final Api admin = Api.demo("admin");

    @Test
    void anAdminFindsAccountsByTextRoleAndPageNewestFirstWithoutTheirPasswords() {
        String base = Api.unique("lst");
        register(base + "a");
        register(base + "b");

        Api.Reply found = admin.get("/api/v1/accounts?q=" + base);
        assertEquals(200, found.status(), found::toString);
        assertEquals(2, found.json().getInt("total"));
        List<JsonObject> items = items(found);
        assertEquals(base + "b", items.get(0).getString("username"), "newest first");
        JsonObject newest = items.get(0);
        assertEquals("OWNER", newest.getString("role"));
        assertEquals(base + "b@example.org", newest.getString("email"));
        assertEquals("OWNER", newest.getJsonObject("organisation").getString("type"));
        assertEquals("测试单位 " + base + "b", newest.getJsonObject("organisation").getString("name"));
        assertTrue(newest.getJsonObject("organisation").getJsonNumber("id").longValue() > 0);
        assertTrue(newest.getBoolean("enabled"));
        assertEquals(0, newest.getInt("failedAttempts"));
        assertFalse(newest.containsKey("lockedUntil"), "not locked, so no lock time");
        assertFalse(found.body().toLowerCase().contains("password") || found.body().contains("pbkdf2"), found::toString);

        assertEquals(2, admin.get("/api/v1/accounts?q=" + base.toUpperCase() + "&role=owner").json().getInt("total"));
        assertEquals(0, admin.get("/api/v1/accounts?q=" + base + "&role=AGENCY").json().getInt("total"));
        assertEquals(1, admin.get("/api/v1/accounts?q=" + base + "b").json().getInt("total"), "a part of the username");
        assertEquals(1, admin.get("/api/v1/accounts?q=" + "%E5%8D%95%E4%BD%8D%20" + base + "a").json().getInt("total"),
                "a part of the organisation's name (单位 …)");

        JsonObject second = admin.get("/api/v1/accounts?q=" + base + "&size=1&page=1").json();
        assertEquals(1, second.getInt("page"));
        assertEquals(1, second.getInt("size"));
        assertEquals(2, second.getInt("total"));
        assertEquals(base + "a", second.getJsonArray("items").getJsonObject(0).getString("username"));

        JsonObject all = admin.get("/api/v1/accounts?role=ADMIN").json();
        assertTrue(all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(account -> account.getString("username").equals("admin")
                        && account.getJsonObject("organisation").getString("type").equals("GOVERNMENT")), all::toString);

        assertFieldError(assertProblem(admin.get("/api/v1/accounts?role=KING"), 400), "role");
        assertFieldError(assertProblem(admin.get("/api/v1/accounts?locked=maybe"), 400), "locked");
        assertFieldError(assertProblem(admin.get("/api/v1/accounts?size=101"), 400), "size");
    }

    @Test
    void anAccountLockedByFailedSignInsIsListedAsLockedAndAnAdminUnlocksIt() {
        String username = Registrations.newOwner();
        Guesses.lockByDistributedGuessing(username);
        assertProblem(Api.basic(username, Registrations.PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null), 401);

        Api.Reply lockedNow = admin.get("/api/v1/accounts?locked=true&q=" + username);
        assertEquals(1, lockedNow.json().getInt("total"), lockedNow::toString);
        JsonObject locked = items(lockedNow).get(0);
        assertTrue(locked.containsKey("lockedUntil"), locked::toString);
        assertEquals(0, admin.get("/api/v1/accounts?locked=false&q=" + username).json().getInt("total"));

        Api.Reply unlocked = admin.post("/api/v1/accounts/" + locked.getJsonNumber("id").longValue() + "/unlock", null);
        assertEquals(200, unlocked.status(), unlocked::toString);
        assertFalse(unlocked.json().containsKey("lockedUntil"), unlocked::toString);
        assertEquals(0, unlocked.json().getInt("failedAttempts"));
        assertEquals(0, admin.get("/api/v1/accounts?locked=true&q=" + username).json().getInt("total"));
        assertEquals(201, Api.basic(username, Registrations.PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null).status());

        assertProblem(admin.post("/api/v1/accounts/999999999/unlock", null), 404);
    }

    @Test
    void anAdminOpensASupervisorAccountThatCanReviewAdmissions() {
        String username = Api.unique("sup");
        Api.Reply created = admin.post("/api/v1/accounts", staff(username, STAFF_PASSWORD, "SUPERVISOR"));
        assertEquals(201, created.status(), created::toString);
        JsonObject account = created.json();
        assertTrue(created.header("Location").orElse("").endsWith("/api/v1/accounts/" + account.getJsonNumber("id").longValue()));
        assertEquals(username, account.getString("username"));
        assertEquals("SUPERVISOR", account.getString("role"));
        assertEquals("GOVERNMENT", account.getJsonObject("organisation").getString("type"));
        assertFalse(created.body().toLowerCase().contains("password"), created::toString);

        assertEquals(200, Api.signIn(username, STAFF_PASSWORD).get("/api/v1/admissions?status=PENDING").status());

        assertProblemCode(assertProblem(admin.post("/api/v1/accounts", staff(username, STAFF_PASSWORD, "ADMIN")), 409),
                "registry.username-taken");
        assertProblem(admin.post("/api/v1/accounts", staff("owner1", STAFF_PASSWORD, "ADMIN")), 409);
    }

    @Test
    void onlyStaffRolesWithValidNamesAndPasswordsAreOpened() {
        assertFieldError(assertProblem(admin.post("/api/v1/accounts", staff(Api.unique("own"), STAFF_PASSWORD, "OWNER")), 400), "role");
        assertFieldError(assertProblem(admin.post("/api/v1/accounts", staff(Api.unique("agy"), STAFF_PASSWORD, "AGENCY")), 400), "role");
        assertFieldError(assertProblem(admin.post("/api/v1/accounts", staff(Api.unique("kng"), STAFF_PASSWORD, "KING")), 400), "role");
        assertFieldError(assertProblem(admin.post("/api/v1/accounts",
                "{\"username\":\"" + Api.unique("nor") + "\",\"password\":\"" + STAFF_PASSWORD + "\"}"), 400), "role");
        assertFieldError(assertProblem(admin.post("/api/v1/accounts", staff(Api.unique("sht"), "short", "SUPERVISOR")), 400), "password");
        assertFieldError(assertProblem(admin.post("/api/v1/accounts", staff("a b", STAFF_PASSWORD, "SUPERVISOR")), 400), "username");
    }

    @Test
    void aDisabledAccountCannotSignInOrUseItsTokenUntilEnabledAgain() {
        String username = Registrations.newOwner();
        Api withToken = Api.signIn(username, Registrations.PASSWORD);
        long id = idOf(username);

        assertFieldError(assertProblem(admin.post("/api/v1/accounts/" + id + "/disable", "{}"), 400), "reason");
        assertFieldError(assertProblem(admin.post("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"  \"}"), 400), "reason");
        assertEquals(200, withToken.get("/api/v1/me").status(), "a refused disable changes nothing");

        Api.Reply disabled = admin.post("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"冒用他人身份开设\"}");
        assertEquals(200, disabled.status(), disabled::toString);
        assertFalse(disabled.json().getBoolean("enabled"));
        assertProblem(withToken.get("/api/v1/me"), 401);
        assertProblem(Api.basic(username, Registrations.PASSWORD).get("/api/v1/me"), 401);
        assertProblem(Api.basic(username, Registrations.PASSWORD).post("/api/v1/tokens", null), 401);

        Api.Reply enabled = admin.post("/api/v1/accounts/" + id + "/enable", null);
        assertEquals(200, enabled.status(), enabled::toString);
        assertTrue(enabled.json().getBoolean("enabled"));
        assertEquals(200, Api.basic(username, Registrations.PASSWORD).get("/api/v1/me").status());
        assertProblem(withToken.get("/api/v1/me"), 401); // the revoked token stays revoked

        assertProblem(admin.post("/api/v1/accounts/999999999/disable", "{\"reason\":\"none\"}"), 404);
    }

    @Test
    void anAdminCannotDisableThemself() {
        String username = Api.unique("adm");
        assertEquals(201, admin.post("/api/v1/accounts", staff(username, STAFF_PASSWORD, "ADMIN")).status());
        Api newAdmin = Api.signIn(username, STAFF_PASSWORD);
        long id = idOf(username);
        assertProblemCode(assertProblem(newAdmin.post("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"leaving\"}"), 409),
                "registry.own-account");
        assertEquals(200, newAdmin.get("/api/v1/accounts?size=1").status(), "still enabled");
        assertEquals(200, admin.post("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"left the office\"}").status(),
                "another administrator can");
        assertProblem(newAdmin.get("/api/v1/accounts?size=1"), 401);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        long id = idOf("owner1");
        String attempted = Api.unique("sup");
        String body = staff(attempted, STAFF_PASSWORD, "SUPERVISOR");
        Api anonymous = Api.anonymous();
        assertProblem(anonymous.get("/api/v1/accounts"), 401);
        assertProblem(anonymous.get("/api/v1/accounts/" + id), 401);
        assertProblem(anonymous.post("/api/v1/accounts", body), 401);
        assertProblem(anonymous.post("/api/v1/accounts/" + id + "/unlock", null), 401);
        assertProblem(anonymous.post("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"not yours\"}"), 401);
        assertProblem(anonymous.post("/api/v1/accounts/" + id + "/enable", null), 401);
        for (Api caller : List.of(Api.demo("supervisor"), Api.demo("owner1"))) {
            assertProblem(caller.get("/api/v1/accounts"), 403);
            assertProblem(caller.get("/api/v1/accounts/" + id), 403);
            assertProblem(caller.post("/api/v1/accounts", body), 403);
            assertProblem(caller.post("/api/v1/accounts/" + id + "/unlock", null), 403);
            assertProblem(caller.post("/api/v1/accounts/" + id + "/disable", "{\"reason\":\"not yours\"}"), 403);
            assertProblem(caller.post("/api/v1/accounts/" + id + "/enable", null), 403);
        }
        assertEquals(200, Api.basic("owner1", Api.DEMO_PASSWORD).get("/api/v1/me").status(), "nothing happened to owner1");
        assertEquals(0, admin.get("/api/v1/accounts?q=" + attempted).json().getInt("total"), "no account was opened");
    }

    private static String staff(String username, String password, String role) {
        return """
                {"username":"%s","password":"%s","email":"%s@gov.example.org","role":"%s"}
                """.formatted(username, password, username.replace(' ', '.'), role);
    }

    private static void register(String username) {
        Api.Reply reply = Api.anonymous().post("/api/v1/registrations",
                Registrations.body("OWNER", username, CreditCodes.random("330100")));
        assertEquals(201, reply.status(), reply::toString);
    }

    /**
     * The id of the account with exactly this username. The search matches a part of a name, and a
     * demo name such as owner1 is a part of many test accounts' names, newer than it; so every page is read.
     */
    private long idOf(String username) {
        for (int page = 0; ; page++) {
            JsonObject found = admin.get("/api/v1/accounts?size=100&page=" + page + "&q=" + username).json();
            List<JsonObject> accounts = found.getJsonArray("items").getValuesAs(JsonObject.class);
            for (JsonObject account : accounts) {
                if (account.getString("username").equals(username)) {
                    return account.getJsonNumber("id").longValue();
                }
            }
            assertFalse(accounts.isEmpty(), "no account is named " + username);
        }
    }

    private static List<JsonObject> items(Api.Reply reply) {
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}

package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guessing passwords: what a stranger can do to an account, and to the server. */
class LoginLockIT extends ApiTest {

    @Test
    void aStrangersFailuresLockOnlyHisOwnAddressOutAndRevokeNoToken() {
        String username = Registrations.newOwner();
        Api withToken = Api.signIn(username, Registrations.PASSWORD);
        String stranger = Api.freshAddress();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(Api.basic(username, "wrong-password-" + attempt).from(stranger).post("/api/v1/tokens", null), 401);
        }
        Api.Reply locked = Api.basic(username, Registrations.PASSWORD).from(stranger).post("/api/v1/tokens", null);
        assertProblem(locked, 429);
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 60 && retryAfter <= 15 * 60, "the lock lasts the configured 15 minutes: " + retryAfter);

        assertEquals(201, Api.basic(username, Registrations.PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null).status(),
                "the holder, elsewhere, signs in as ever");
        assertEquals(200, withToken.get("/api/v1/me").status(), "the stranger revoked none of the holder's tokens");
    }

    @Test
    void aGuessingAddressIsRefusedForEveryUsernameAndRealAndUnknownNamesAnswerAlike() {
        String address = Api.freshAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertProblem(Api.basic(Api.unique("ghost"), "whatever-password").from(address).post("/api/v1/tokens", null), 401);
        }
        Api.Reply realAccount = Api.basic("owner1", Api.DEMO_PASSWORD).from(address).post("/api/v1/tokens", null);
        assertProblem(realAccount, 429);
        assertTrue(realAccount.header("Retry-After").isPresent(), realAccount::toString);
        Api.Reply unknown = Api.basic(Api.unique("ghost"), "whatever-password").from(address).post("/api/v1/tokens", null);
        assertEquals(realAccount.body(), unknown.body(), "a throttled address learns nothing about which names exist");
        assertEquals(200, Api.anonymous().from(address).get("/api/v1/catalog/items?size=1").status(), "reading needs no password");

        String other = Api.freshAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(Api.basic(Api.unique("ghost"), "whatever-password").from(other).post("/api/v1/tokens", null), 401);
        }
        assertEquals(201, Api.basic("owner1", Api.DEMO_PASSWORD).from(other).post("/api/v1/tokens", null).status(),
                "below the limit, the address still signs in");
    }

    @Test
    void anUnknownUsernameIsLockedForAnAddressJustAsARealOneIs() {
        String address = Api.freshAddress();
        String ghost = Api.unique("ghost");
        String real = Registrations.newOwner();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(Api.basic(ghost, "wrong-password").from(address).post("/api/v1/tokens", null), 401);
        }
        Api.Reply ghostLocked = Api.basic(ghost, "wrong-password").from(address).post("/api/v1/tokens", null);
        assertProblem(ghostLocked, 429);

        String another = Api.freshAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(Api.basic(real, "wrong-password").from(another).post("/api/v1/tokens", null), 401);
        }
        Api.Reply realLocked = Api.basic(real, "wrong-password").from(another).post("/api/v1/tokens", null);
        assertProblem(realLocked, 429);
        assertEquals(ghostLocked.body(), realLocked.body());
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfFailuresFromItsAddress() {
        String username = Registrations.newOwner();
        String address = Api.freshAddress();
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                assertProblem(Api.basic(username, "wrong-password").from(address).post("/api/v1/tokens", null), 401);
            }
            assertEquals(201, Api.basic(username, Registrations.PASSWORD).from(address).post("/api/v1/tokens", null).status());
        }
    }

    @Test
    void aGuessSpreadOverManyAddressesShutsNewAddressesOutButNotTheOneTheHolderSignsInFrom() {
        String username = Registrations.newOwner();
        String home = Api.freshAddress();
        Api withToken = Api.signInFrom(username, Registrations.PASSWORD, home);
        Guesses.lockByDistributedGuessing(username);

        for (int round = 0; round < 2; round++) {
            assertProblem(Api.basic(username, "guess-" + Api.unique("g")).from(Api.freshAddress()).post("/api/v1/tokens", null), 401);
            assertEquals(201, Api.basic(username, Registrations.PASSWORD).from(home).post("/api/v1/tokens", null).status(),
                    "while the guessing goes on, the holder signs in from where it signed in before");
        }
        Api.Reply rightPassword = Api.basic(username, Registrations.PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null);
        assertProblem(rightPassword, 401);
        Api.Reply unknownUser = Api.basic(Api.unique("ghost"), Registrations.PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null);
        assertEquals(unknownUser.body(), rightPassword.body(), "a new address meets the cap, and it looks like any failed sign-in");
        assertEquals(200, withToken.get("/api/v1/me").status(), "its tokens stay valid");

        long accountId = accountId(username);
        assertTrue(auditedActions(String.valueOf(accountId), 300).contains("ACCOUNT_LOCKED"), "the cap is audited");
        Api admin = Api.demo("admin");
        JsonObject account = admin.get("/api/v1/accounts?locked=true&q=" + username).json().getJsonArray("items").getJsonObject(0);
        assertTrue(account.containsKey("lockedUntil"), account::toString);
        assertEquals(200, admin.post("/api/v1/accounts/" + accountId + "/unlock", null).status());
        assertEquals(201, Api.basic(username, Registrations.PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null).status());
    }

    @Test
    void signInsAndTheLocksAreAudited() {
        String username = Registrations.newOwner();
        String home = Api.freshAddress();
        Api.signInFrom(username, Registrations.PASSWORD, home);
        String address = Api.freshAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(Api.basic(username, "wrong-password").from(address).post("/api/v1/tokens", null), 401);
        }
        assertProblem(Api.basic(username, "wrong-password").from(address).post("/api/v1/tokens", null), 429);

        List<JsonObject> entries = auditEntries(String.valueOf(accountId(username)), 200).stream()
                .filter(entry -> entry.getString("action").startsWith("SIGN_IN")).toList();
        List<String> actions = entries.stream().map(entry -> entry.getString("action")).toList();
        assertEquals(List.of("SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_LOCKED"), actions, "one entry per sign-in and failure, one for the lock, none for the refused sixth try");
        assertEquals(home, facts(entries.get(0)).getString("source"), entries.get(0)::toString);
        assertTrue(entries.stream().skip(1).limit(5).allMatch(entry -> entry.getString("actor").equals(username)
                && facts(entry).getString("source").equals(address) && facts(entry).getString("reasonCode").equals("wrong password")), entries::toString);
        assertEquals(address, facts(entries.get(6)).getString("source"), entries.get(6)::toString);
        assertTrue(facts(entries.get(6)).containsKey("until"), entries.get(6)::toString);
        Api.Reply verify = Api.demo("supervisor").get("/api/v1/audit/verify");
        assertEquals(200, verify.status());
        assertTrue(verify.json().getBoolean("valid"), verify::toString);
    }

    /** An entry's detail: named facts, stored as a JSON object. */
    private static JsonObject facts(JsonObject entry) {
        return Json.createReader(new StringReader(entry.getString("detail"))).readObject();
    }

    private static long accountId(String username) {
        return Api.demo("admin").get("/api/v1/accounts?q=" + username).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static List<String> auditedActions(String accountId, int lookBack) {
        return auditEntries(accountId, lookBack).stream().map(entry -> entry.getString("action")).toList();
    }

    /** The log's entries about one account among its last {@code lookBack}, oldest first, once every commit is placed. */
    private static List<JsonObject> auditEntries(String accountId, int lookBack) {
        LogProofs.sequence();
        long size = Api.anonymous().get("/api/v1/log/heads/latest").json().getJsonNumber("treeSize").longValue();
        Api supervisor = Api.demo("supervisor");
        List<JsonObject> entries = new ArrayList<>();
        for (long index = size - 1; index >= Math.max(0, size - lookBack); index--) {
            JsonObject entry = supervisor.get("/api/v1/log/entries/" + index).json();
            if (entry.getString("entityType").equals("Account") && entry.getString("entityId").equals(accountId)) {
                entries.add(0, entry);
            }
        }
        return entries;
    }
}

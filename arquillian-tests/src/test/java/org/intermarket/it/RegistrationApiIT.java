package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class RegistrationApiIT extends ApiTest {

    private static final String PATH = "/api/v1/registrations";

    @Test
    void anAgencyRegistersAndSignsInToItsOwnOrganisation() {
        String username = Api.unique("agency");
        String code = CreditCodes.random("320100");
        Api.Reply reply = Api.anonymous().post(PATH, Registrations.body("AGENCY", username, code));
        assertEquals(201, reply.status(), reply::toString);
        assertFalse(reply.body().contains(Registrations.PASSWORD) || reply.body().contains("pbkdf2"), "no password or hash is returned");

        JsonObject me = Api.basic(username, Registrations.PASSWORD).get("/api/v1/me").json();
        assertEquals(username, me.getString("username"));
        assertEquals("AGENCY", me.getString("role"));
        assertEquals("AGENCY", me.getJsonObject("organisation").getString("type"));
        assertEquals(code, me.getJsonObject("organisation").getString("creditCode"));
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefused() {
        String bad = CreditCodes.corrupt(CreditCodes.random("330100"));
        assertFieldError(assertProblem(Api.anonymous().post(PATH, Registrations.body("OWNER", Api.unique("o"), bad)), 400),
                "organisation.creditCode");
        assertFieldError(assertProblem(Api.anonymous().post(PATH, Registrations.body("OWNER", Api.unique("o"), "91330100ABC")), 400),
                "organisation.creditCode");
    }

    @Test
    void aUsernameOrCreditCodeCanBeRegisteredOnlyOnce() {
        String username = Api.unique("dup");
        String code = CreditCodes.random("330100");
        assertEquals(201, Api.anonymous().post(PATH, Registrations.body("OWNER", username, code)).status());
        assertProblem(Api.anonymous().post(PATH, Registrations.body("OWNER", username, CreditCodes.random("330100"))), 409);
        assertProblem(Api.anonymous().post(PATH, Registrations.body("AGENCY", Api.unique("dup"), code)), 409);
    }

    @Test
    void commonAndShortPasswordsAreRefusedSayingWhyAndPassphrasesOfAnyScriptAreTaken() {
        for (String weak : new String[] {"12345678", "password", "aaaaaaaa", "        ", "password1234", "123456789012", "qwertyuiop12",
                "aaaaaaaaaaaaaaaa", "passwordpassword"}) {
            JsonObject problem = assertProblem(Api.anonymous().post(PATH, withPassword(weak)), 400);
            assertFieldError(problem, "account.password");
            String message = problem.getJsonArray("errors").getJsonObject(0).getString("message");
            assertTrue(message.contains("12 characters") || message.contains("common or easy to guess"), weak + ": " + message);
            assertFalse(message.contains("{"), "the reason is words, not a template: " + message);
        }
        for (String strong : new String[] {"海边的灯塔在雨夜里一直亮着", "the quiet ferry leaves at seven", "Kx9#mQ2!vL7p",
                "ζ-μ-Harbour-58-tide " + "长".repeat(100)}) {
            Api.Reply reply = Api.anonymous().post(PATH, withPassword(strong));
            assertEquals(201, reply.status(), strong + ": " + reply);
        }
        assertFieldError(assertProblem(Api.anonymous().post(PATH, withPassword("长".repeat(129))), 400), "account.password");
    }

    private static String withPassword(String password) {
        return Registrations.body("OWNER", Api.unique("pw"), CreditCodes.random("330100"))
                .replace("\"" + Registrations.PASSWORD + "\"", jakarta.json.Json.createValue(password).toString());
    }

    @Test
    void invalidRegistrationsNameTheirFields() {
        String shortPassword = Registrations.body("OWNER", Api.unique("o"), CreditCodes.random("330100"))
                .replace(Registrations.PASSWORD, "short");
        assertFieldError(assertProblem(Api.anonymous().post(PATH, shortPassword), 400), "account.password");

        String longPassword = Registrations.body("OWNER", Api.unique("o"), CreditCodes.random("330100"))
                .replace(Registrations.PASSWORD, "x".repeat(129));
        assertFieldError(assertProblem(Api.anonymous().post(PATH, longPassword), 400), "account.password");

        String supervisor = Registrations.body("SUPERVISOR", Api.unique("o"), CreditCodes.random("330100"));
        assertFieldError(assertProblem(Api.anonymous().post(PATH, supervisor), 400), "role");

        String unknownRegion = Registrations.body("OWNER", Api.unique("o"), CreditCodes.random("330100")).replace("\"330100\"", "\"999999\"");
        assertFieldError(assertProblem(Api.anonymous().post(PATH, unknownRegion), 400), "organisation.region");

        JsonObject empty = assertProblem(Api.anonymous().post(PATH, "{\"role\":\"OWNER\",\"organisation\":{},\"account\":{}}"), 400);
        assertFieldError(empty, "organisation.name");
        assertFieldError(empty, "account.username");

        assertProblem(Api.anonymous().post(PATH, "{\"role\":\"KING\"}"), 400);
        assertProblem(Api.anonymous().post(PATH, "not json"), 400);
    }
}

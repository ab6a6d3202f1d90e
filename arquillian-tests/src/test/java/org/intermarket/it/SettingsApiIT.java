package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsApiIT extends ApiTest {

    @Test
    void everySettingOfTheContractIsReadable() {
        JsonObject settings = Api.demo("admin").get("/api/v1/settings").json();
        Map<String, String> defaults = Map.ofEntries(
                Map.entry("minBiddingPeriod", "P3D"), Map.entry("noticePeriod", "P3D"), Map.entry("signingPeriod", "P5D"),
                Map.entry("amendmentMinRemaining", "P2D"), Map.entry("ratingPeriod", "P15D"),
                Map.entry("rectificationPeriod", "P10D"), Map.entry("qualificationExpiryWarning", "P30D"),
                Map.entry("blacklistPeriod", "P365D"), Map.entry("directSelectionCeiling", "100000.00"),
                Map.entry("loginLockDuration", "PT15M"), Map.entry("bidSettlePeriod", "PT5S"));
        defaults.keySet().forEach(key -> settings.getString(key));
        assertEquals(52428800, settings.getJsonNumber("maxUploadBytes").longValue());
        assertEquals(5, settings.getInt("loginLockThreshold"));
    }

    @Test
    void anAdministratorChangesASettingAndCanChangeItBack() {
        Api admin = Api.demo("admin");
        String before = admin.get("/api/v1/settings").json().getString("ratingPeriod");
        try {
            JsonObject changed = admin.put("/api/v1/settings", "{\"ratingPeriod\":\"PT30S\",\"directSelectionCeiling\":\"80000\"}").json();
            assertEquals("PT30S", changed.getString("ratingPeriod"));
            assertEquals("80000.00", changed.getString("directSelectionCeiling"), "money is kept with two decimals");
            assertEquals("PT30S", admin.get("/api/v1/settings").json().getString("ratingPeriod"));
        } finally {
            admin.put("/api/v1/settings", "{\"ratingPeriod\":\"" + before + "\",\"directSelectionCeiling\":\"100000.00\"}");
        }
        assertEquals(before, admin.get("/api/v1/settings").json().getString("ratingPeriod"));
    }

    @Test
    void oneInvalidValueRejectsTheWholeChangeNamingEachField() {
        Api admin = Api.demo("admin");
        JsonObject problem = assertProblem(admin.put("/api/v1/settings",
                "{\"noticePeriod\":\"P1D\",\"signingPeriod\":\"three days\",\"loginLockThreshold\":0,\"directSelectionCeiling\":\"1.234\",\"noSuchKey\":1}"), 400);
        assertFieldError(problem, "signingPeriod");
        assertFieldError(problem, "loginLockThreshold");
        assertFieldError(problem, "directSelectionCeiling");
        assertFieldError(problem, "noSuchKey");
        assertEquals("P3D", admin.get("/api/v1/settings").json().getString("noticePeriod"), "nothing was applied");
        assertProblem(admin.put("/api/v1/settings", "[1,2]"), 400);
    }

    @Test
    void onlyAdministratorsSeeOrChangeSettings() {
        assertProblem(Api.anonymous().get("/api/v1/settings"), 401);
        assertProblem(Api.demo("supervisor").get("/api/v1/settings"), 403);
        assertProblem(Api.demo("owner1").put("/api/v1/settings", "{\"noticePeriod\":\"P1D\"}"), 403);
    }
}

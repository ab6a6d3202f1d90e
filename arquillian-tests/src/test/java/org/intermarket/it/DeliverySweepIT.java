package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly delivery sweep, with time moved forward by JDBC from inside the server: an overdue
 * contract is flagged and penalised once however often the sweep runs, an unconfirmed contract
 * lapses and the need goes back to selection, an unrated one gets the default rating; a contract
 * whose data makes its step fail is skipped in its own transaction while the others are done, and
 * the credit recompute sets right the agencies whose figures are out of step with their inputs.
 */
@ExtendWith(FastMarket.class)
class DeliverySweepIT extends ProbeTest {

    private final Api admin = Api.demo("admin");

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(DeliverySweepIT.class).addClasses(Market.class, Market.Owner.class, Delivery.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void theSweepFlagsOverdueLapsesUnconfirmedAndRatesByDefaultEachOnce() throws SQLException {
        Owner owner = Market.owner();
        Agency late = Agencies.admitted("330100");
        long overdue = Delivery.inService(owner, late, "40000.00");
        update("UPDATE contract SET due_date = CURRENT_DATE - 1 WHERE id = ?", overdue);

        Agency silent = Agencies.admitted("330200");
        long need = Delivery.awarded(owner, silent, "41000.00");
        long unconfirmed = Delivery.signed(owner, need);
        update("UPDATE contract SET confirm_by = ? WHERE id = ?", OffsetDateTime.now().minusMinutes(1), unconfirmed);

        Agency unrated = Agencies.admitted("330300");
        long accepted = Delivery.accepted(owner, unrated, "42000.00");
        update("UPDATE contract SET rating_due = ? WHERE id = ?", OffsetDateTime.now().minusMinutes(1), accepted);

        JsonObject first = admin.post("/api/v1/admin/jobs/delivery-sweep", null).json();
        assertTrue(first.getInt("overdue") >= 1 && first.getInt("lapsed") >= 1 && first.getInt("defaultRatings") >= 1, first::toString);
        JsonObject second = admin.post("/api/v1/admin/jobs/delivery-sweep", null).json();
        assertEquals(0, second.getInt("overdue") + second.getInt("lapsed") + second.getInt("defaultRatings"), "a second run does nothing");

        JsonObject lateContract = owner.api().get("/api/v1/contracts/" + overdue).json().getJsonObject("contract");
        assertTrue(lateContract.containsKey("overdueSince"), lateContract::toString);
        JsonObject lateViolations = Api.anonymous().get("/api/v1/agencies/" + late.id() + "/violations").json();
        assertEquals(1, lateViolations.getInt("total"), "one MINOR violation per overdue contract, never two");
        assertEquals("78.00", Delivery.credit(late).getJsonNumber("score").bigDecimalValue().toPlainString());
        assertEquals(1, owner.api().get("/api/v1/contracts?overdue=true").json().getInt("total"));

        assertEquals("LAPSED", owner.api().get("/api/v1/contracts/" + unconfirmed).json().getJsonObject("contract").getString("status"));
        assertEquals("BIDDING_CLOSED", Api.anonymous().get("/api/v1/needs/" + need).json().getString("status"),
                "back to selection: the owner may select the next-ranked bid or republish");
        assertEquals("75.00", Delivery.credit(silent).getJsonNumber("score").bigDecimalValue().toPlainString(), "MODERATE −5");

        JsonObject rating = owner.api().get("/api/v1/contracts/" + accepted).json().getJsonObject("rating");
        assertTrue(rating.getBoolean("defaultRating"));
        assertEquals(4, rating.getInt("quality"));
        assertEquals("85.00", Delivery.credit(unrated).getJsonNumber("score").bigDecimalValue().toPlainString(), "4s: (4 − 3) × 5");
    }

    @Test
    @OperateOnDeployment("probe")
    void aContractThatCannotBeRatedIsSkippedAndTheOthersAreStillRatedByDefault() throws SQLException {
        long broken = 0;
        try {
            Owner owner = Market.owner();
            Agency first = Agencies.admitted("330100");
            long firstContract = Delivery.accepted(owner, first, "43000.00");
            Agency second = Agencies.admitted("330200");
            broken = Delivery.accepted(owner, second, "44000.00");
            Agency third = Agencies.admitted("330300");
            long thirdContract = Delivery.accepted(owner, third, "45000.00");
            for (long contract : new long[] {firstContract, broken, thirdContract}) {
                update("UPDATE contract SET rating_due = ? WHERE id = ?", OffsetDateTime.now().minusMinutes(1), contract);
            }
            // A rating already stored beside a contract still marked accepted: the default rating for it breaks the
            // one-rating-per-contract constraint when it is written, between the two healthy contracts (by id).
            update("INSERT INTO rating (contract_id, agency_id, quality, timeliness, attitude, fee, default_rating, rated_at)"
                    + " VALUES (?, ?, 2, 2, 2, 2, FALSE, ?)", broken, second.id(), OffsetDateTime.now().minusDays(1));

            JsonObject run = admin.post("/api/v1/admin/jobs/delivery-sweep", null).json();
            assertEquals(1, run.getInt("failed"), run::toString);
            assertTrue(run.getInt("defaultRatings") >= 2, run::toString);
            for (long contract : new long[] {firstContract, thirdContract}) {
                JsonObject view = owner.api().get("/api/v1/contracts/" + contract).json();
                assertEquals("RATED", view.getJsonObject("contract").getString("status"), view::toString);
                assertTrue(view.getJsonObject("rating").getBoolean("defaultRating"), view::toString);
            }
            JsonObject skipped = owner.api().get("/api/v1/contracts/" + broken).json();
            assertEquals("ACCEPTED", skipped.getJsonObject("contract").getString("status"), "its own transaction rolled back, nothing else's");
            assertEquals(2, skipped.getJsonObject("rating").getInt("quality"), "the stored rating is untouched");
            assertFalse(kinds(second).contains("AGENCY_RATED"), "no notice of a rating that was not stored");

            update("DELETE FROM rating WHERE contract_id = ?", broken);
            JsonObject next = admin.post("/api/v1/admin/jobs/delivery-sweep", null).json();
            assertEquals(0, next.getInt("failed"), next::toString);
            JsonObject repaired = owner.api().get("/api/v1/contracts/" + broken).json();
            assertTrue(repaired.getJsonObject("rating").getBoolean("defaultRating"), "the next run rates what the last one skipped");
            broken = 0;
        } finally {
            if (broken != 0) {
                // Leaves no row behind that would make every later sweep of the suite report a failure.
                update("DELETE FROM rating WHERE contract_id = ?", broken);
            }
        }
    }

    @Test
    @OperateOnDeployment("probe")
    void theCreditRecomputeSetsRightAnAgencyOutOfStepWithItsInputsAndThenFindsNothingToDo() throws SQLException {
        Agency drifted = Agencies.admitted("330100");
        update("UPDATE agency SET credit_score = 55.00, credit_level = 'D' WHERE organisation_id = ?", drifted.id());

        JsonObject first = admin.post("/api/v1/admin/jobs/credit-recompute", null).json();
        assertTrue(first.getInt("changed") >= 1, first::toString);
        assertEquals(0, first.getInt("failed"), first::toString);
        JsonObject credit = Delivery.credit(drifted);
        assertEquals("80.00", credit.getJsonNumber("score").bigDecimalValue().toPlainString(), "no inputs: the starting score");
        JsonObject change = credit.getJsonObject("history").getJsonArray("items").getJsonObject(0);
        assertEquals("55.00", change.getJsonNumber("scoreBefore").bigDecimalValue().toPlainString(), change::toString);

        JsonObject second = admin.post("/api/v1/admin/jobs/credit-recompute", null).json();
        assertEquals(0, second.getInt("changed"), "every agency is in step now: " + second);
    }

    private static List<String> kinds(Agency agency) {
        return agency.api().get("/api/v1/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("kind")).toList();
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}

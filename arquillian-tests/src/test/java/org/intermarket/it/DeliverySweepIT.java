package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
 * lapses and the need goes back to selection, an unrated one gets the default rating.
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

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}

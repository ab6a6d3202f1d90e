package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.intermarket.it.Agencies.Agency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The inputs a recompute of an agency's score counts: those of the last 365 days (the {@code >= :start} of
 * {@code CreditInputsQuery}), and none stamped "later" is left out. Nodes of a cluster never show quite the same time:
 * an input another node stamped with its clock running ahead of this one's has been recorded all the same.
 */
class CreditWindowIT extends ProbeTest {

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(CreditWindowIT.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void anInputStampedByAClockAheadCountsInTheNextRecompute() throws SQLException {
        Agency agency = Agencies.admitted("330100");
        // what a node whose clock runs two minutes ahead of this one's wrote and committed a moment ago
        reward(agency, 3, TestClock.now().plus(Duration.ofMinutes(2)));

        JsonObject credit = rate(agency);
        assertEquals("83.00", score(credit), "80 + 3 reward points: " + credit);
        assertEquals(3, rewardPointsCounted(credit), credit::toString);
    }

    @Test
    @OperateOnDeployment("probe")
    void anInputCountsFor365DaysAndNotAMinuteLonger() throws SQLException {
        Agency agency = Agencies.admitted("330100");
        Instant yearAgo = TestClock.now().minus(Duration.ofDays(365));
        reward(agency, 2, yearAgo.plus(Duration.ofMinutes(1)));
        reward(agency, 5, yearAgo.minus(Duration.ofMinutes(1)));

        JsonObject credit = rate(agency);
        assertEquals("82.00", score(credit), "80 + the 2 points still in the window, not the 5 aged out: " + credit);
        assertEquals(2, rewardPointsCounted(credit), credit::toString);
    }

    private void reward(Agency agency, int points, Instant recordedAt) throws SQLException {
        new Rows(dataSource).updateOne("INSERT INTO reward (agency_id, points, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
                agency.id(), points, "另一节点记录的奖励", recordedAt.atOffset(ZoneOffset.UTC), "node-b");
    }

    /** A supervisor's rating of 80: the recompute it sets off reads every input of the agency again. */
    private static JsonObject rate(Agency agency) {
        Api.Reply rated = Api.demo("supervisor").post("/api/v1/agencies/" + agency.id() + "/supervisor-ratings",
                "{\"score\":80,\"comment\":\"季度考评\"}");
        assertEquals(201, rated.status(), rated::toString);
        return rated.json();
    }

    private static String score(JsonObject credit) {
        return credit.getJsonNumber("score").bigDecimalValue().toPlainString();
    }

    private static int rewardPointsCounted(JsonObject credit) {
        return credit.getJsonObject("history").getJsonArray("items").getJsonObject(0).getInt("rewardPoints");
    }
}

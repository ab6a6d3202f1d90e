package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.intermarket.it.Agencies.Agency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Nodes of a cluster never show quite the same time. An input another node stamped with its clock running ahead of
 * this one's has been recorded all the same, and the next recompute of the agency's score on this node counts it.
 */
class CreditClockSkewIT extends ProbeTest {

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(CreditClockSkewIT.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void anInputStampedByAClockAheadCountsInTheNextRecompute() throws SQLException {
        Agency agency = Agencies.admitted("330100");
        String path = "/api/v1/agencies/" + agency.id();
        // what a node whose clock runs two minutes ahead of this one's wrote and committed a moment ago
        OffsetDateTime ahead = TestClock.now().plus(Duration.ofMinutes(2)).atOffset(ZoneOffset.UTC);
        new Rows(dataSource).updateOne("INSERT INTO reward (agency_id, points, reason, recorded_at, recorded_by) VALUES (?, 3, ?, ?, ?)",
                agency.id(), "另一节点记录的奖励", ahead, "node-b");

        Api.Reply rated = Api.demo("supervisor").post(path + "/supervisor-ratings", "{\"score\":80,\"comment\":\"季度考评\"}");
        assertEquals(201, rated.status(), rated::toString);
        JsonObject credit = rated.json();
        assertEquals("83.00", credit.getJsonNumber("score").bigDecimalValue().toPlainString(), "80 + 3 reward points: " + credit);
        assertEquals(3, credit.getJsonObject("history").getJsonArray("items").getJsonObject(0).getInt("rewardPoints"), credit::toString);
    }
}

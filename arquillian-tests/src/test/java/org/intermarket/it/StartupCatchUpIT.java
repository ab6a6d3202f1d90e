package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A need whose deadline passed while the application was down is closed as the application starts, not when its
 * timer happens to fire. From the probe, beside the application: the need is published due in days, the application
 * is taken down through the management interface, the deadline is moved into the past behind its back (JDBC) while
 * its timer still waits days ahead, and the application is brought up again. While it was up, its clock watch would
 * have closed the need at once; while it is down, nothing can, so only the start-up catch-up closes it.
 * <p>
 * Taken down while its timers run, the application says nothing alarming: a timer that fired into a bean already
 * stopped once logged an ERROR with its stack trace at undeployment.
 */
class StartupCatchUpIT extends ProbeTest {

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(StartupCatchUpIT.class).addClass(ServerLog.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void aNeedWhoseDeadlinePassedWhileTheApplicationWasDownIsClosedAsItStarts() throws SQLException {
        Market.Owner owner = Market.owner();
        Api.Reply drafted = owner.api().post("/api/v1/needs",
                Market.need(Market.project(owner), "LOWEST_PRICE", "80000.00", TestClock.now().plus(Duration.ofDays(5)), null));
        assertEquals(201, drafted.status(), drafted::toString);
        long need = drafted.json().getJsonNumber("id").longValue();
        assertEquals(200, owner.api().post("/api/v1/needs/" + need + "/publish", null).status());

        String application = applicationDeployment();
        // moved on, the clock has the watch close what is due four times a second, up to the undeployment
        TestClock.advance(Duration.ofSeconds(1));
        long logBefore = ServerLog.size();
        Management.execute(Operations.createOperation("undeploy", Operations.createAddress("deployment", application)), false);
        String stopping = ServerLog.since(logBefore);
        List<String> complaints = Stream.of(ServerLog.ABOUT_OUR_CODE, ServerLog.OURS).flatMap(kind -> ServerLog.lines(kind, stopping).stream()).toList();
        assertEquals(List.of(), complaints, "the application stopped with a warning or an error, its timers still running");
        moveTheDeadlineIntoThePast(need);
        Management.execute(Operations.createOperation("deploy", Operations.createAddress("deployment", application)), false);
        Instant started = TestClock.now();

        JsonObject closed = Api.anonymous().get("/api/v1/needs/" + need).json();
        assertEquals("FAILED", closed.getString("status"), () -> "closed at start-up, days before its timer: " + closed);
        JsonObject failed = Api.anonymous().get("/api/v1/needs/" + need + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("action").equals("NEED_FAILED")).findFirst().orElse(null);
        assertNotNull(failed, "the failed round is on the timeline");
        assertFalse(Instant.parse(failed.getString("at")).isAfter(started), () -> "closed while the application started: " + failed);
    }

    /** The deployment the suite made of the application, whatever its name: the one EAR on the server. */
    private static String applicationDeployment() {
        ModelNode read = Operations.createOperation("read-children-names", new ModelNode().setEmptyList());
        read.get("child-type").set("deployment");
        ModelNode names = Management.execute(read, false);
        return names.asList().stream().map(ModelNode::asString).filter(name -> name.endsWith(".ear")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no application deployed: " + names));
    }

    private void moveTheDeadlineIntoThePast(long need) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE need SET bid_deadline = ? WHERE id = ? AND status = 'PUBLISHED'")) {
            update.setObject(1, OffsetDateTime.ofInstant(TestClock.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC));
            update.setLong(2, need);
            assertEquals(1, update.executeUpdate());
        }
    }
}

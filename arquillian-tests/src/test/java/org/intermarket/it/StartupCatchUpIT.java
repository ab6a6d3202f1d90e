package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.intermarket.it.Market.Owner;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A need whose deadline passed while the application was down is closed as the application
 * starts, not when its timer happens to fire. The deadline is moved into the past behind the
 * application's back (JDBC, from the probe) while its timer still waits days ahead, so only the
 * start-up catch-up can close it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupCatchUpIT {

    /** Fixed, not unique: the in-container step runs in another JVM and finds the need by it; no other test uses it. */
    private static final String SCOPE = "启动补关测试：截止时间在停机期间经过";

    /** Set by the first step, read by the last: both run in the client's JVM. */
    private static long needId;

    @ArquillianResource
    private Deployer deployer;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Deployment(name = "application", order = 1, testable = false, managed = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    /** The in-container step needs only JDBC; the client-side helpers come along so the class links. */
    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "StartupCatchUpIT-probe.war")
                .addClasses(StartupCatchUpIT.class, Market.class, Market.Owner.class, Api.class, Api.Reply.class, Registrations.class,
                        CreditCodes.class, Agencies.class, Agencies.Agency.class, Deployments.class, TestClock.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void publishANeedDueInDays() {
        deployer.deploy("application");
        Owner owner = Market.owner();
        String body = Market.need(Market.project(owner), "LOWEST_PRICE", "80000.00", TestClock.now().plusSeconds(5 * 86_400), null)
                .replace("编制环境影响报告书并配合审批", SCOPE);
        Api.Reply drafted = owner.api().post("/api/v1/needs", body);
        assertEquals(201, drafted.status(), drafted::toString);
        needId = drafted.json().getJsonNumber("id").longValue();
        assertEquals(200, owner.api().post("/api/v1/needs/" + needId + "/publish", null).status());
    }

    @Test
    @Order(2)
    @OperateOnDeployment("probe")
    void theDeadlinePassesWhileTheApplicationIsDown() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE need SET bid_deadline = ? WHERE scope = ? AND status = 'PUBLISHED'")) {
            update.setObject(1, OffsetDateTime.now().minusMinutes(10));
            update.setString(2, SCOPE);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void startingAgainClosesIt() {
        deployer.undeploy("application");
        deployer.deploy("application");
        try {
            JsonObject need = Api.anonymous().get("/api/v1/needs/" + needId).json();
            assertEquals("FAILED", need.getString("status"), () -> "closed at start-up, days before its timer: " + need);
            String timeline = Api.anonymous().get("/api/v1/needs/" + needId + "/timeline").body();
            assertTrue(timeline.contains("NEED_FAILED"), timeline);
        } finally {
            deployer.undeploy("application");
        }
    }
}

package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.intermarket.it.Agencies.Agency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the server beside the application: counts the statements a directory page costs
 * with Hibernate's statistics, and moves a qualification's dates into the past with JDBC to
 * see what the nightly sweep and canBid make of it.
 */
class RegistryProbeIT extends ProbeTest {

    private static final Logger LOG = Logger.getLogger(RegistryProbeIT.class.getName());

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(RegistryProbeIT.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void aDirectoryPageCostsThreeStatementsWhateverItsSize() throws NamingException {
        long listed = Api.anonymous().get("/api/v1/agencies?size=1").json().getJsonNumber("total").longValue();
        for (long i = listed; i < 21; i++) {
            Agency agency = Agencies.admitted(i % 2 == 0 ? "330100" : "320100");
            Agencies.publishGuide(agency, "ZJFW-014");
        }
        Statistics statistics = ((EntityManagerFactory) new InitialContext().lookup("java:global/intermarket/EntityManagerFactory"))
                .unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long small = statementsFor("/api/v1/agencies?size=5", 5, statistics);
            long page = statementsFor("/api/v1/agencies?size=20", 20, statistics);
            long filtered = statementsFor("/api/v1/agencies?size=20&region=330000&q=%E5%85%AC%E5%8F%B8", -1, statistics);
            LOG.info(() -> "directory statements: size 5 → " + small + ", size 20 → " + page + ", filtered → " + filtered);
            assertEquals(3, page, "count, rows, and the items of the whole page");
            assertEquals(small, page, "no statement per agency");
            assertEquals(3, filtered);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    @OperateOnDeployment("probe")
    void theNightlySweepExpiresRemindsOnceAndCanBidFollowsTheDates() throws SQLException {
        Agency agency = Agencies.register("330100");
        LocalDate today = LocalDate.now();
        long expiring = Agencies.addQualification(agency, Agencies.SURVEY_QUALIFICATION, today.minusYears(1), today.plusYears(1));
        assertEquals(201, Agencies.publishGuide(agency, Agencies.SURVEY_ITEM).status());
        long admission = Agencies.applied(agency);
        assertEquals(200, Api.demo("supervisor").post("/api/v1/admissions/" + admission + "/approve", null).status());
        String canBid = agency.path() + "/eligibility?item=" + Agencies.SURVEY_ITEM;
        assertTrue(Api.anonymous().get(canBid).json().getBoolean("eligible"));

        setValidTo(expiring, today.plusDays(10));
        Api admin = Api.demo("admin");
        JsonObject first = admin.post("/api/v1/admin/jobs/registry-sweep", null).json();
        assertTrue(first.getInt("reminded") >= 1, first::toString);
        admin.post("/api/v1/admin/jobs/registry-sweep", null);
        assertEquals(List.of("QUALIFICATION_EXPIRING", "ADMISSION_APPROVED"), kinds(agency), "reminded once, however often the sweep runs");
        assertTrue(Api.anonymous().get(canBid).json().getBoolean("eligible"), "still valid until its last day");

        setValidTo(expiring, today.minusDays(5));
        // behind the application's back, as time would: asked anew, not from the answer kept a moment ago
        Api.Reply afterTime = Api.anonymous().read("GET", canBid, Map.of("Cache-Control", "no-cache"));
        assertFalse(afterTime.json().getBoolean("eligible"), "validity is judged by date, sweep or not");
        assertTrue(admin.post("/api/v1/admin/jobs/registry-sweep", null).json().getInt("expired") >= 1);
        admin.post("/api/v1/admin/jobs/registry-sweep", null);
        assertEquals(List.of("QUALIFICATION_EXPIRED", "QUALIFICATION_EXPIRING", "ADMISSION_APPROVED"), kinds(agency));
        JsonObject record = agency.api().get(agency.path()).json();
        assertEquals("EXPIRED", record.getJsonArray("qualifications").getJsonObject(0).getString("status"));
        JsonObject refused = Api.anonymous().get(canBid).json();
        assertEquals(List.of("qualification-missing"), Api.strings(refused, "reasons"));
        assertEquals(403, agency.api().post("/api/v1/admin/jobs/registry-sweep", null).status());
    }

    private static long statementsFor(String path, int expectedItems, Statistics statistics) {
        return Statements.of(path, statistics, reply -> {
            if (expectedItems >= 0) {
                assertEquals(expectedItems, reply.json().getJsonArray("items").size());
            }
        });
    }

    private static List<String> kinds(Agency agency) {
        return agency.api().get("/api/v1/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("kind")).toList();
    }

    private void setValidTo(long qualification, LocalDate validTo) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE qualification SET valid_to = ? WHERE id = ?")) {
            update.setObject(1, validTo);
            update.setLong(2, qualification);
            assertEquals(1, update.executeUpdate());
        }
    }
}

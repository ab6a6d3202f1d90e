package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V24 on a copy of the demo database from before offices (schema V18, upgraded to V23 first): its government
 * organisation, 杭州市行政审批服务局 in Hangzhou, whose `supervisor` acted on the whole market, becomes the platform
 * office of Zhejiang, so that the supervisor keeps every power it had; owners and agencies are no offices.
 */
class OfficesMigrationTest {

    private static final String URL = "jdbc:h2:mem:demo-v18-offices;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static Connection db;

    @BeforeAll
    static void upgradeACopyOfTheDemoDatabase() throws SQLException {
        db = DriverManager.getConnection(URL, "sa", "");
        try (Statement statement = db.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/db/demo-v18.sql'");
        }
        FileContentMigrationTest.fileStoreHolding(db);
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("23").load().migrate();
        assertEquals("330100", one("SELECT o.region_code FROM account a JOIN organisation o ON o.id = a.organisation_id"
                + " WHERE a.username = 'supervisor'"), "the demo's supervisor was Hangzhou's");
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void drop() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        db.close();
    }

    @Test
    void theDemoSupervisorActsForThePlatformOfficeOfItsProvince() throws SQLException {
        String office = " FROM account a JOIN office f ON f.organisation_id = a.organisation_id WHERE a.username = 'supervisor'";
        assertEquals("330000", one("SELECT f.region_code" + office));
        assertEquals("PLATFORM", one("SELECT f.kind" + office));
        assertEquals("null", one("SELECT f.department" + office));
    }

    @Test
    void everyGovernmentOrganisationIsAnOfficeAndNoOtherIs() throws SQLException {
        assertEquals(one("SELECT COUNT(*) FROM organisation WHERE org_type = 'GOVERNMENT'"), one("SELECT COUNT(*) FROM office"));
        assertEquals("0", one("SELECT COUNT(*) FROM office f JOIN organisation o ON o.id = f.organisation_id WHERE o.org_type <> 'GOVERNMENT'"));
        assertTrue(Integer.parseInt(one("SELECT COUNT(*) FROM office")) > 0, "the demo had a government organisation");
    }

    private static String one(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return String.valueOf(row.getObject(1)).trim();
        }
    }
}

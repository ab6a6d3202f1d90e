package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V19 and V20 on a copy of the demo database as stop 26 left it (schema V18, H2 2.2.224 as the server has it):
 * the demo's needs in every state, plus need 17, driven through the old server's API to be published, amended,
 * failed, republished twice, awarded, annulled by an upheld objection and awarded again. The migration must carry
 * every need's history over without loss, and that need's exactly.
 */
class NeedHistoryMigrationTest {

    private static final String URL = "jdbc:h2:mem:demo-v18;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final long HISTORY_NEED = 17;

    private static Connection db;

    @BeforeAll
    static void upgradeACopyOfTheDemoDatabase() throws SQLException {
        db = DriverManager.getConnection(URL, "sa", "");
        try (Statement statement = db.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/db/demo-v18.sql'");
        }
        assertEquals("18", one("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE version IS NOT NULL"));
        FileContentMigrationTest.fileStoreHolding(db);
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
    void everyPublishedNeedHasItsRoundsAndTheCurrentOneIsItsPresent() throws SQLException {
        List<Map<String, Object>> needs = rows("SELECT id, bid_round, status, bid_deadline, published_at, closed_at, selection_method"
                + " FROM need WHERE status <> 'DRAFT'");
        assertTrue(needs.size() >= 15, "the demo's needs: " + needs.size());
        for (Map<String, Object> need : needs) {
            Object id = need.get("id");
            List<Map<String, Object>> rounds = rows("SELECT * FROM need_round WHERE need_id = " + id + " ORDER BY round_no");
            assertEquals(((Number) need.get("bid_round")).intValue(), rounds.size(), "rounds of need " + id);
            Map<String, Object> current = rounds.get(rounds.size() - 1);
            assertEquals(need.get("published_at"), current.get("published_at"), "need " + id);
            assertEquals(need.get("selection_method"), current.get("selection_method"), "need " + id);
            assertEquals(expectedOutcome((String) need.get("status")), current.get("outcome"), "need " + id + " " + need.get("status"));
            if (!"PUBLISHED".equals(need.get("status")) && !"CANCELLED".equals(need.get("status"))) {
                assertNotNull(current.get("closed_at"), "need " + id + " closed");
            }
        }
        assertEquals("0", one("SELECT COUNT(*) FROM need_round r JOIN need n ON n.id = r.need_id WHERE n.status = 'DRAFT'"), "drafts have no round");
    }

    @Test
    void everyAwardTheLogRecordsIsKeptAndTheStandingOneIsTheNeedsWinner() throws SQLException {
        for (Map<String, Object> need : rows("SELECT id, winning_bid_id, selected_at, notice_ends_at FROM need WHERE status <> 'DRAFT'")) {
            Object id = need.get("id");
            String recorded = one("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Need' AND entity_id = '" + id + "' AND action = 'NEED_AWARDED'");
            List<Map<String, Object>> awards = rows("SELECT * FROM need_award WHERE need_id = " + id + " ORDER BY selected_at, id");
            if (need.get("winning_bid_id") == null) {
                assertEquals(recorded, String.valueOf(awards.size()), "awards of need " + id);
                assertTrue(awards.stream().allMatch(a -> a.get("ending") != null), "no award stands on need " + id);
                continue;
            }
            assertEquals(Math.max(1, Integer.parseInt(recorded)), awards.size(), "awards of need " + id);
            Map<String, Object> standing = awards.get(awards.size() - 1);
            assertEquals(need.get("winning_bid_id"), standing.get("bid_id"), "need " + id);
            assertEquals(need.get("selected_at"), standing.get("selected_at"), "need " + id);
            assertEquals(need.get("notice_ends_at"), standing.get("notice_ends_at"), "need " + id);
            assertNull(standing.get("ending"));
            assertEquals(need.get("winning_bid_id"), first("SELECT bid_id FROM need_award_rank WHERE award_id = " + standing.get("id") + " AND place = 1"),
                    "the winner leads the ranking of need " + id);
        }
        // Every contract was signed under an award of its need naming its bid.
        assertEquals("0", one("SELECT COUNT(*) FROM contract c WHERE NOT EXISTS (SELECT 1 FROM need_award a WHERE a.need_id = c.need_id"
                + " AND a.bid_id = c.bid_id)"));
        // A contract that lapsed ended its award.
        assertEquals(one("SELECT COUNT(*) FROM contract WHERE status = 'LAPSED'"),
                one("SELECT COUNT(*) FROM need_award WHERE ending = 'CONTRACT_LAPSED'"));
    }

    @Test
    void aNeedRepublishedTwiceAmendedOnceAndAnnulledOnceKeepsItsWholeHistory() throws SQLException {
        List<Map<String, Object>> rounds = rows("SELECT * FROM need_round WHERE need_id = " + HISTORY_NEED + " ORDER BY round_no");
        assertEquals(3, rounds.size());
        Map<String, Object> first = rounds.get(0);
        assertEquals(new BigDecimal("100000.00"), first.get("ceiling_price"), "round 1 went out before the amendment raised the ceiling");
        assertEquals(30, first.get("service_days"));
        assertEquals("FAILED", first.get("outcome"));
        assertNotNull(first.get("bid_deadline"), "its own deadline, recorded when it was published");
        assertEquals("FAILED", rounds.get(1).get("outcome"));
        assertEquals(new BigDecimal("110000.00"), rounds.get(1).get("ceiling_price"), "round 2 went out on the amended terms");
        assertEquals(35, rounds.get(1).get("service_days"));
        assertEquals("CLOSED", rounds.get(2).get("outcome"));
        assertTrue(((java.time.OffsetDateTime) rounds.get(0).get("published_at")).isBefore((java.time.OffsetDateTime) rounds.get(1).get("published_at")));
        assertTrue(((java.time.OffsetDateTime) rounds.get(1).get("bid_deadline")).isBefore((java.time.OffsetDateTime) rounds.get(2).get("bid_deadline")),
                "each round its own deadline");

        Map<String, Object> amendment = rows("SELECT * FROM need_amendment WHERE need_id = " + HISTORY_NEED).get(0);
        assertEquals(1, amendment.get("round_no"));
        assertEquals(new BigDecimal("110000.00"), amendment.get("ceiling_price"));
        assertEquals(35, amendment.get("service_days"));
        assertEquals(first.get("bid_deadline"), amendment.get("bid_deadline"), "the amendment left the deadline alone");

        List<Map<String, Object>> awards = rows("SELECT * FROM need_award WHERE need_id = " + HISTORY_NEED + " ORDER BY selected_at, id");
        assertEquals(2, awards.size());
        Map<String, Object> annulled = awards.get(0);
        assertEquals("ANNULLED_BY_OBJECTION", annulled.get("ending"));
        assertNotNull(annulled.get("bid_id"), "the annulled award's winner is found from the agency and price its entry names");
        assertEquals(one("SELECT id FROM objection WHERE need_id = " + HISTORY_NEED), String.valueOf(annulled.get("objection_id")));
        assertEquals(3, annulled.get("round_no"));
        assertNotNull(annulled.get("notice_ends_at"));
        assertNotNull(annulled.get("ended_at"));
        assertNull(awards.get(1).get("ending"));
        assertEquals("3", one("SELECT COUNT(*) FROM need_award_rank WHERE award_id = " + awards.get(1).get("id")), "the standing award weighed three bids");
    }

    private static String expectedOutcome(String status) {
        return switch (status) {
            case "PUBLISHED" -> "OPEN";
            case "CANCELLED" -> "CANCELLED";
            case "FAILED" -> "FAILED";
            default -> "CLOSED";
        };
    }

    private static String one(String sql) throws SQLException {
        return String.valueOf(first(sql));
    }

    private static Object first(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getObject(1);
        }
    }

    private static List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(result.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}

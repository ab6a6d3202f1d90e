package org.intermarket.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the server: audit entries take no market-wide lock, so one can commit after entries numbered and
 * dated later. Here an owner's cancellation is written with plain JDBC, as NeedService.cancel writes it (the need's
 * status and reason, and its audit entry), and its transaction is held open while two more needs are published and
 * a harvester pages the OCDS feed past the first of them; once it commits, the harvester's next page has it.
 */
class OpenDataLateCommitIT extends ProbeTest {

    private static final String FEED = "/api/v1/opendata/releases";
    private static final String REASON = "项目调整，并入主体工程一并评价";
    /** Beyond the market's shortest bidding period, so no need closes while the test runs. */
    private static final int FOUR_DAYS = 4 * 24 * 3600;

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(OpenDataLateCommitIT.class).addClasses(LogProofs.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void aReleaseWhoseChangeCommitsAfterLaterOnesIsOnTheHarvestersNextPage() throws SQLException {
        Instant start = TestClock.now().minusSeconds(1);
        String since = "since=" + URLEncoder.encode(OffsetDateTime.ofInstant(start, ZoneOffset.ofHours(8)).toString(), UTF_8);
        Market.Owner owner = Market.owner();
        long cancelled = Market.published(owner, "LOWEST_PRICE", "90000.00", FOUR_DAYS, null);
        long late;
        long passed;
        long following;
        String next;
        try (Connection cancel = dataSource.getConnection()) {
            cancel.setAutoCommit(false);
            late = nextNumber(cancel);
            Instant at = TestClock.now().truncatedTo(ChronoUnit.MICROS);
            execute(cancel, "UPDATE need SET status = 'CANCELLED', status_reason = ?, row_version = row_version + 1"
                    + " WHERE id = ? AND status = 'PUBLISHED'", REASON, cancelled);
            execute(cancel, "INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, detail, digest)"
                    + " VALUES (?, ?, ?, 'NEED_CANCELLED', 'Need', ?, ?, ?)", late, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                    owner.username(), String.valueOf(cancelled), REASON, HexFormat.of().formatHex(LogProofs.sha256(REASON.getBytes(UTF_8))));

            passed = Market.published(owner, "LOWEST_PRICE", "90000.00", FOUR_DAYS, null);
            following = Market.published(owner, "LOWEST_PRICE", "90000.00", FOUR_DAYS, null);
            LogProofs.sequence();
            next = nextAfter(FEED + "?" + since + "&size=1", ocid(passed));
            cancel.commit();
        }
        LogProofs.sequence();

        List<JsonObject> rest = harvest(next);
        JsonObject release = rest.stream().filter(r -> r.getString("ocid").equals(ocid(cancelled)) && r.getString("id").equals("cancelled-" + late))
                .findFirst().orElse(null);
        assertNotNull(release, () -> "the cancellation that committed late is on the next pages: " + keys(rest));
        assertEquals(List.of("tenderCancellation"), release.getJsonArray("tag").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertTrue(keys(rest).contains(ocid(following) + " " + "published-" + number(following)), () -> keys(rest).toString());
        assertFalse(keys(rest).stream().anyMatch(k -> k.startsWith(ocid(passed) + " ")), "nothing the harvester had read comes again");

        // The feed's order is the log's: the same releases as the placed entries, by position.
        List<Long> feed = harvest(FEED + "?" + since + "&size=1000").stream().map(r -> seq(r.getString("id"))).toList();
        List<Long> log = placed(start);
        assertEquals(log.subList(0, feed.size()), feed);
        assertTrue(feed.indexOf(late) > feed.indexOf(number(passed)), "placed after the publication it was dated before");
    }

    /** Follows the feed page by page until the page holding that process's first release; that page's links.next. */
    private static String nextAfter(String path, String ocid) {
        while (path != null) {
            JsonObject page = Api.anonymous().get(path).json();
            String nextPage = page.containsKey("links") ? local(page.getJsonObject("links").getString("next")) : null;
            if (page.getJsonArray("releases").getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("ocid").equals(ocid))) {
                assertNotNull(nextPage, "another release follows, so the page has a next one");
                return nextPage;
            }
            path = nextPage;
        }
        throw new AssertionError("the feed never reached " + ocid);
    }

    private static List<JsonObject> harvest(String path) {
        List<JsonObject> releases = new ArrayList<>();
        while (path != null) {
            Api.Reply reply = Api.anonymous().get(path);
            if (reply.status() == 204) {
                break;
            }
            assertEquals(200, reply.status(), reply::toString);
            JsonObject page = reply.json();
            releases.addAll(page.getJsonArray("releases").getValuesAs(JsonObject.class));
            path = page.containsKey("links") ? local(page.getJsonObject("links").getString("next")) : null;
        }
        return releases;
    }

    /** The numbers of the published need events (Stage's actions) the log has placed from that time on, by position. */
    private List<Long> placed(Instant from) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT seq FROM audit_entry WHERE entity_type = 'Need'"
                     + " AND action IN ('NEED_PUBLISHED', 'NEED_AMENDED', 'NEED_CANCELLED', 'BIDDING_CLOSED', 'NEED_FAILED', 'NEED_AWARDED',"
                     + " 'OBJECTION_UPHELD', 'CONTRACT_SIGNED', 'CONTRACT_CONFIRMED', 'CONTRACT_LAPSED', 'DELIVERABLE_SUBMITTED',"
                     + " 'DELIVERY_REJECTED', 'CONTRACT_OVERDUE', 'DELIVERY_ACCEPTED', 'NEED_RATED')"
                     + " AND log_position IS NOT NULL AND recorded_at >= ? ORDER BY log_position")) {
            statement.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getLong(1));
                }
            }
        }
        return numbers;
    }

    /** The number of the entry that published the need. */
    private long number(long need) {
        try {
            return Long.parseLong(new Rows(dataSource).string("SELECT seq FROM audit_entry WHERE entity_type = 'Need' AND entity_id = ?"
                    + " AND action = 'NEED_PUBLISHED'", String.valueOf(need)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A number of the entries' own sequence: the block of numbers it stands for is this test's, the server takes the next. */
    private static long nextNumber(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (PreparedStatement statement = connection.prepareStatement(postgres ? "SELECT nextval('audit_entry_seq')"
                : "SELECT NEXT VALUE FOR audit_entry_seq"); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    private static List<String> keys(List<JsonObject> releases) {
        return releases.stream().map(r -> r.getString("ocid") + " " + r.getString("id")).toList();
    }

    private static long seq(String releaseId) {
        return Long.parseLong(releaseId.substring(releaseId.lastIndexOf('-') + 1));
    }

    private static String ocid(long need) {
        return "ocds-b5fd17-" + need;
    }

    private static String local(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}

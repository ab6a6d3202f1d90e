package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What the test server writes to its log for the market's everyday requests: no line below INFO, and no error for
 * a refusal the application answers itself. A DEBUG line with a stack trace for every transaction once cost 14 % of
 * the server's CPU in a rush of bids, and filled the log at whatever rate clients chose. Nor does the server warn about
 * the application's code when it deploys it: an operator who reads the same warnings at every start stops reading.
 */
class ServerLogIT extends ApiTest {

    /** A line as the server's pattern writes it: date, time, level. Other tests' lines may come between ours. */
    private static final Pattern BELOW_INFO = Pattern.compile("(?m)^\\S+ \\S+ (DEBUG|TRACE) ");

    @Test
    void bidsAndARefusedDuplicateWriteNothingBelowInfoAndNoSqlError() {
        long before = ServerLog.size();
        Agencies.Agency agency = Agencies.admitted("330100");
        Market.Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "200000.00", 4 * 24 * 3600, null);
        assertEquals(200, Market.bid(agency, need, "150000.00").status());
        assertEquals(200, Market.bid(agency, need, "140000.00").status());
        // A project code taken: the unique key refuses the row and the service answers 409 (SQLState 23505).
        String project = """
                {"name":"重复编码项目","projectCode":"2026-330100-48-01-%06d","location":"杭州","investment":"1000000.00"}
                """.formatted(Math.floorMod(System.nanoTime(), 1_000_000));
        assertEquals(201, owner.api().post("/api/v1/projects", project).status());
        assertProblemCode(assertProblem(owner.api().post("/api/v1/projects", project), 409), "procurement.project-code-taken");

        String written = ServerLog.since(before);
        List<String> belowInfo = BELOW_INFO.matcher(written).results().map(m -> line(written, m.start())).toList();
        assertEquals(0, belowInfo.size(), () -> belowInfo.size() + " lines below INFO in server.log, the first: " + belowInfo.get(0));
        for (String sqlError : List.of("SQLState: 23505", "Unique index or primary key violation", "duplicate key value violates unique constraint")) {
            assertFalse(written.contains(sqlError), () -> "a refusal the application answered was logged as an SQL error: " + sqlError);
        }
    }

    @Test
    void theServerDeploysTheApplicationWithoutAWarningAboutItsCode() {
        String log = ServerLog.since(0);
        // The first deployment since the server started: on a new database the one that loads the demo data as the
        // timers begin. It is in the log, unless the log rolled over at midnight since: then there is nothing to read.
        int started = log.lastIndexOf("WFLYSRV0049: ");
        int from = started < 0 ? -1 : log.indexOf("WFLYSRV0027: Starting deployment of \"intermarket.ear\"", started);
        int to = from < 0 ? -1 : log.indexOf("WFLYSRV0010: Deployed \"intermarket.ear\"", from);
        Assumptions.assumeTrue(to > 0, "the log holds no whole deployment of the application since it rolled over");
        List<String> warnings = ServerLog.lines(ServerLog.ABOUT_OUR_CODE, log.substring(from, to));
        assertEquals(List.of(), warnings, "the server warned about the application's code as it deployed it");
    }

    private static String line(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}

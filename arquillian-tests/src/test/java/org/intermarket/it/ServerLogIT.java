package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
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

    /**
     * A warning or error the server, not the application, wrote about the application's code or its API's description
     * (SmallRye OpenAPI's SROAP codes). The application's own loggers (org.intermarket.*) say what they mean to say.
     */
    private static final Pattern ABOUT_OUR_CODE = Pattern.compile("(?m)^\\S+ \\S+ (WARN|ERROR) +\\[(?!org\\.intermarket)[^\\]]+\\] .*(org\\.intermarket|SROAP).*$");

    private static final Path LOG = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

    @Test
    void bidsAndARefusedDuplicateWriteNothingBelowInfoAndNoSqlError() throws IOException {
        long before = Files.size(LOG);
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

        String written = since(before);
        List<String> belowInfo = BELOW_INFO.matcher(written).results().map(m -> line(written, m.start())).toList();
        assertEquals(0, belowInfo.size(), () -> belowInfo.size() + " lines below INFO in server.log, the first: " + belowInfo.get(0));
        for (String sqlError : List.of("SQLState: 23505", "Unique index or primary key violation", "duplicate key value violates unique constraint")) {
            assertFalse(written.contains(sqlError), () -> "a refusal the application answered was logged as an SQL error: " + sqlError);
        }
    }

    @Test
    void theServerDeploysTheApplicationWithoutAWarningAboutItsCode() throws IOException {
        String log = since(0);
        int from = log.lastIndexOf("WFLYSRV0027: Starting deployment of \"intermarket.ear\"");
        int to = from < 0 ? -1 : log.indexOf("WFLYSRV0010: Deployed \"intermarket.ear\"", from);
        // The application is deployed for this test, so its last deployment is in the log, unless the log rolled over
        // at midnight since: then there is nothing to read.
        Assumptions.assumeTrue(to > 0, "the log holds no whole deployment of the application since it rolled over");
        List<String> warnings = ABOUT_OUR_CODE.matcher(log.substring(from, to)).results().map(MatchResult::group).toList();
        assertEquals(List.of(), warnings, "the server warned about the application's code as it deployed it");
    }

    /** What the log gained since it was {@code size} bytes long (from its start if it rolled over meanwhile). */
    private static String since(long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            long from = file.length() < size ? 0 : size;
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String line(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}

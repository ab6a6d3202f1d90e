package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the statistics on the fixed data set of {@link StatisticsDataSet} (first half of
 * 2024), by month, quarter, item and region, the drill-down behind the figures, the exports' content
 * and who may have them. The expected numbers are worked out by hand in the comments. Each test
 * loads the data set first if no test has yet (the load is idempotent), so the tests need no order
 * and each can run alone: in the server, or through the probe's {@link StatisticsDataSet.Loader}.
 */
class StatisticsApiIT extends ProbeTest {

    private static final String RANGE = "from=2024-01-01&to=2024-06-30";
    private static final List<String> FIGURES = List.of("agencies", "owners", "needsPublished", "needsClosed", "bids", "meanBidsPerNeed",
            "needsFailed", "failedRate", "transactions", "contractValue", "savingRate", "meanDaysToContract", "overdueDeliveries",
            "rectifications");

    private static final int BULK = 100_000;

    private final Api supervisor = Api.demo("supervisor");

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(StatisticsApiIT.class).addClasses(StatisticsDataSet.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void totalsOfTheHalfYear() throws SQLException {
        StatisticsDataSet.load(dataSource);
        JsonObject report = Api.anonymous().get("/api/v1/statistics?" + RANGE).json();
        // Agencies: A1 (January) and A2 (1 April, 00:30 Beijing); A3 was admitted in 2023, A4 never.
        // Needs published N1..N6 by two owners; past deadline N1, N2, N3, N6 (N4 still open, N5 cancelled);
        // bids 2 + 0 + 1 + 2 (N1's withdrawn bid and the sealed bid on N4 not counted); failed N2.
        // Transactions C1 (January), C3 (April) and C8 (January, for a need of December 2023); C6 lapsed.
        // Saving: 1 − (90,000 + 20,000) ÷ (100,000 + 25,000), C3 having no ceiling. Days: (20 + 10 + 14) ÷ 3.
        assertFigures("2, 2, 6, 4, 5, 1.25, 1, 0.2500, 3, '150000.00', 0.1200, 14.7, 1, 1", report.getJsonObject("total"));
    }

    @Test
    @OperateOnDeployment("probe")
    void byMonthInChinaStandardTime() throws SQLException {
        StatisticsDataSet.load(dataSource);
        JsonObject report = Api.anonymous().get("/api/v1/statistics?" + RANGE + "&groupBy=MONTH").json();
        Map<String, JsonObject> rows = rows(report);
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"), new ArrayList<>(rows.keySet()),
                "every month of the range, in order, even without facts");
        assertFigures("1, 1, 1, 1, 2, 2.00, 0, 0.0000, 2, '110000.00', 0.1200, 17.0, 0, 0", rows.get("2024-01"));
        assertFigures("0, 1, 1, 1, 0, 0.00, 1, 1.0000, 0, '0.00', null, null, 1, 0", rows.get("2024-02"));
        assertFigures("0, 1, 1, 1, 1, 1.00, 0, 0.0000, 0, '0.00', null, null, 0, 1", rows.get("2024-03"));
        assertFigures("1, 1, 1, 0, 0, null, 0, null, 1, '40000.00', null, 10.0, 0, 0", rows.get("2024-04"));
        assertFigures("0, 1, 1, 0, 0, null, 0, null, 0, '0.00', null, null, 0, 0", rows.get("2024-05"));
        assertFigures("0, 1, 1, 1, 2, 2.00, 0, 0.0000, 0, '0.00', null, null, 0, 0", rows.get("2024-06"));
    }

    @Test
    @OperateOnDeployment("probe")
    void byQuarterAndYear() throws SQLException {
        StatisticsDataSet.load(dataSource);
        Map<String, JsonObject> quarters = rows(Api.anonymous().get("/api/v1/statistics?" + RANGE + "&groupBy=QUARTER").json());
        assertEquals(List.of("2024-Q1", "2024-Q2"), new ArrayList<>(quarters.keySet()));
        assertFigures("1, 2, 3, 3, 3, 1.00, 1, 0.3333, 2, '110000.00', 0.1200, 17.0, 1, 1", quarters.get("2024-Q1"));
        assertFigures("1, 2, 3, 1, 2, 2.00, 0, 0.0000, 1, '40000.00', null, 10.0, 0, 0", quarters.get("2024-Q2"));
        Map<String, JsonObject> years = rows(Api.anonymous().get("/api/v1/statistics?" + RANGE + "&groupBy=YEAR").json());
        assertFigures("2, 2, 6, 4, 5, 1.25, 1, 0.2500, 3, '150000.00', 0.1200, 14.7, 1, 1", years.get("2024"));
    }

    @Test
    @OperateOnDeployment("probe")
    void byItemWithItsNames() throws SQLException {
        StatisticsDataSet.load(dataSource);
        JsonObject report = Api.anonymous().get("/api/v1/statistics?" + RANGE + "&groupBy=ITEM").json();
        Map<String, JsonObject> rows = rows(report);
        assertEquals(List.of(StatisticsDataSet.ITEM_A, StatisticsDataSet.ITEM_B), new ArrayList<>(rows.keySet()));
        // Item A: A1 and A2 publish guides for it; N1, N3, N5, N6; 5 bids on 3 closed needs.
        assertFigures("2, 2, 4, 3, 5, 1.67, 0, 0.0000, 3, '150000.00', 0.1200, 14.7, 1, 1", rows.get(StatisticsDataSet.ITEM_A));
        assertFigures("1, 2, 2, 1, 0, 0.00, 1, 1.0000, 0, '0.00', null, null, 0, 0", rows.get(StatisticsDataSet.ITEM_B));
        JsonObject itemA = report.getJsonArray("rows").getJsonObject(0);
        assertFalse(itemA.getString("labelZh").isBlank());
        assertFalse(itemA.getString("labelEn").isBlank());
    }

    @Test
    @OperateOnDeployment("probe")
    void forOneRegionAndOneItem() throws SQLException {
        StatisticsDataSet.load(dataSource);
        JsonObject region = Api.anonymous().get("/api/v1/statistics?" + RANGE + "&region=" + StatisticsDataSet.REGION_1).json();
        // Owner 1's needs N1, N2, N5 and contracts C1, C8; agency A1.
        assertFigures("1, 1, 3, 2, 2, 1.00, 1, 0.5000, 2, '110000.00', 0.1200, 17.0, 1, 1", region.getJsonObject("total"));
        Map<String, JsonObject> regions = rows(Api.anonymous().get("/api/v1/statistics?" + RANGE + "&groupBy=REGION").json());
        assertEquals(List.of(StatisticsDataSet.REGION_1, StatisticsDataSet.REGION_2), new ArrayList<>(regions.keySet()));
        // Owner 2: N3 and N6 past deadline (N4 still open), 1 + 2 bids; C3.
        assertFigures("1, 1, 3, 2, 3, 1.50, 0, 0.0000, 1, '40000.00', null, 10.0, 0, 0", regions.get(StatisticsDataSet.REGION_2));
        JsonObject both = Api.anonymous().get("/api/v1/statistics?" + RANGE + "&item=" + StatisticsDataSet.ITEM_B
                + "&region=" + StatisticsDataSet.REGION_2).json();
        assertFigures("0, 1, 1, 0, 0, null, 0, null, 0, '0.00', null, null, 0, 0", both.getJsonObject("total"));
    }

    @Test
    @OperateOnDeployment("probe")
    void supervisorsSeeTheNeedsBehindAFigure() throws SQLException {
        StatisticsDataSet.load(dataSource);
        JsonObject published = supervisor.get("/api/v1/statistics/needs?figure=NEEDS_PUBLISHED&" + RANGE).json();
        assertEquals(6, published.getInt("total"), "the list is the figure");
        JsonObject failed = supervisor.get("/api/v1/statistics/needs?figure=NEEDS_FAILED&" + RANGE).json();
        assertEquals(1, failed.getInt("total"));
        assertEquals("FAILED", failed.getJsonArray("items").getJsonObject(0).getString("status"));
        JsonObject contracts = supervisor.get("/api/v1/statistics/needs?figure=TRANSACTIONS&" + RANGE + "&size=2").json();
        assertEquals(3, contracts.getInt("total"));
        assertEquals(2, contracts.getJsonArray("items").size(), "paginated");
        assertEquals("40000.00", contracts.getJsonArray("items").getJsonObject(0).getString("contractPrice"),
                "latest first: C3, concluded in April");
        JsonObject march = supervisor.get("/api/v1/statistics/needs?figure=RECTIFICATIONS&from=2024-03-01&to=2024-03-31").json();
        assertEquals(1, march.getInt("total"));
        assertEquals(1, supervisor.get("/api/v1/statistics/needs?figure=OVERDUE_DELIVERIES&" + RANGE).json().getInt("total"));

        Problems.assertProblem(Api.anonymous().get("/api/v1/statistics/needs?figure=TRANSACTIONS&" + RANGE), 401);
        Problems.assertProblem(Api.demo("owner1").get("/api/v1/statistics/needs?figure=TRANSACTIONS&" + RANGE), 403);
        assertField(supervisor.get("/api/v1/statistics/needs?" + RANGE), 400, "figure");
        assertField(supervisor.get("/api/v1/statistics/needs?figure=EVERYTHING&" + RANGE), 400, "figure");
    }

    @Test
    @OperateOnDeployment("probe")
    void badQueriesAreNamed() throws SQLException {
        StatisticsDataSet.load(dataSource);
        assertField(Api.anonymous().get("/api/v1/statistics?from=2024-02-30"), 400, "from");
        assertField(Api.anonymous().get("/api/v1/statistics?from=2024-06-01&to=2024-01-01"), 400, "to");
        assertField(Api.anonymous().get("/api/v1/statistics?from=2000-01-01&to=2024-01-01"), 400, "to");
        assertField(Api.anonymous().get("/api/v1/statistics?groupBy=WEEK"), 400, "groupBy");
    }

    @Test
    @OperateOnDeployment("probe")
    void theReportAsCsvHasChineseHeadersAndTheSameFigures() throws SQLException {
        StatisticsDataSet.load(dataSource);
        HttpResponse<byte[]> reply = supervisor.download("/api/v1/statistics/export?format=CSV&groupBy=ITEM&" + RANGE);
        assertEquals(200, reply.statusCode());
        assertTrue(header(reply, "Content-Type").startsWith("text/csv"), header(reply, "Content-Type"));
        assertTrue(header(reply, "Content-Disposition").contains("filename*=UTF-8''"), header(reply, "Content-Disposition"));
        byte[] body = reply.body();
        assertEquals(0xEF, body[0] & 0xFF, "a UTF-8 byte-order mark, for Excel");
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("服务事项,入驻中介机构,发布需求的项目业主,发布需求数,报价已截止需求数,报价数,平均每项需求报价数,流标数,流标率,办件数（签约）,"
                + "合同总金额（元）,节约率,发布至签约平均天数,逾期交付数,差评整改数", lines.get(0));
        assertEquals(4, lines.size(), "header, two items, total");
        assertTrue(lines.get(1).endsWith(",2,2,4,3,5,1.67,0,0.0000,3,150000.00,0.1200,14.7,1,1"), lines.get(1));
        assertTrue(lines.get(3).startsWith("合计,2,2,6,4,5,1.25,1,0.2500,3,150000.00,0.1200,14.7,1,1"), lines.get(3));

        List<String> english = supervisor.get("/api/v1/statistics/export?format=CSV&lang=en&" + RANGE).body().lines().toList();
        assertTrue(english.get(0).endsWith("Month,Agencies admitted,Owners publishing,Needs published,Needs past deadline,Bids,"
                + "Mean bids per need,Failed needs,Failed rate,Transactions (contracts),Contract value (CNY),Saving rate,"
                + "Mean days to contract,Overdue deliveries,Rectifications"), english.get(0));
    }

    /** On the suite's side, where POI reads the workbook: the probe loads the data set when asked. */
    @Test
    @RunAsClient
    void theNeedsBehindAFigureAsExcel() {
        assertEquals(204, Api.anonymous().at(Api.BASE + "/StatisticsApiIT-probe").post(StatisticsDataSet.Loader.PATH, null).status());
        HttpResponse<byte[]> reply = supervisor.download("/api/v1/statistics/needs/export?figure=TRANSACTIONS&format=XLSX&" + RANGE);
        assertEquals(200, reply.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", header(reply, "Content-Type"));
        Workbooks.Table table = Workbooks.read(reply.body());
        assertEquals(List.of("需求编号", "事项编码", "项目名称", "项目业主", "地区", "状态", "发布时间", "最高限价（元）", "计入时间",
                "合同价（元）"), table.rows().get(0));
        assertTrue(table.headerBold(), "a bold header");
        assertEquals(4, table.rows().size(), "a header and three contracts");
        List<Object> first = table.rows().get(1);
        assertTrue(first.get(0) instanceof Double, "numbers stay numbers");
        assertEquals("统计测试项目", first.get(2));
        assertEquals("已评价", first.get(5), "the status in the caller's language");
        assertEquals("2024-01-03 09:00:00", first.get(8), "China Standard Time, oldest first");
        assertEquals(20000.0, first.get(9));
    }

    @Test
    @OperateOnDeployment("probe")
    void exportsAreForSupervisorsOnly() throws SQLException {
        StatisticsDataSet.load(dataSource);
        for (String path : List.of("/api/v1/statistics/export?format=CSV", "/api/v1/statistics/needs/export?figure=TRANSACTIONS")) {
            Problems.assertProblem(Api.anonymous().get(path), 401);
            Problems.assertProblem(Api.demo("owner1").get(path), 403);
            Problems.assertProblem(Api.demo("agency1").get(path), 403);
        }
        assertField(supervisor.get("/api/v1/statistics/export?format=PDF"), 400, "format");
    }

    /**
     * A 100,000-row export arrives as a chunked stream (no length known in advance: the server never
     * had the whole file) and is read here line by line; every row is there, in order. The rows are
     * written with the database's own bulk insert and removed afterwards, whatever the outcome.
     */
    @Test
    @OperateOnDeployment("probe")
    void aHundredThousandRowExportStreams() throws SQLException {
        StatisticsDataSet.loadBulk(dataSource, BULK);
        try {
            HttpResponse<Stream<String>> reply = supervisor.lines("/api/v1/statistics/needs/export?figure=NEEDS_PUBLISHED&format=CSV"
                    + "&from=2019-06-01&to=2019-06-01");
            assertEquals(200, reply.statusCode());
            assertTrue(reply.headers().firstValue("Content-Length").isEmpty(), "streamed, not buffered: " + reply.headers().map());
            long[] rows = {0};
            long[] lastId = {0};
            try (Stream<String> lines = reply.body()) {
                lines.skip(1).forEach(line -> {
                    long id = Long.parseLong(line.substring(0, line.indexOf(',')));
                    assertTrue(id > lastId[0], "oldest first, then by id");
                    lastId[0] = id;
                    rows[0]++;
                });
            }
            assertEquals(BULK, rows[0]);
        } finally {
            StatisticsDataSet.removeBulk(dataSource);
        }
    }

    private static Map<String, JsonObject> rows(JsonObject report) {
        return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("key"), r -> r.getJsonObject("figures"), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /**
     * The fourteen figures in the order of {@link #FIGURES}; "null" where the API leaves a figure out, 'quoted' where
     * the API writes a JSON string: the contract value, money, is one with two decimals (API.md), the rest are numbers.
     */
    private static void assertFigures(String expected, JsonObject figures) {
        String[] values = expected.split(",\\s*");
        assertEquals(FIGURES.size(), values.length);
        List<String> actual = new ArrayList<>();
        for (String name : FIGURES) {
            JsonValue value = figures.get(name);
            actual.add(value == null || value == JsonValue.NULL ? "null"
                    : value instanceof JsonString money ? "'" + money.getString() + "'"
                    : ((JsonNumber) value).bigDecimalValue().toPlainString());
        }
        assertEquals(List.of(values), actual, figures::toString);
    }

    private static void assertField(Api.Reply reply, int status, String field) {
        Problems.assertFieldError(Problems.assertProblem(reply, status), field);
    }

    private static String header(HttpResponse<?> reply, String name) {
        return reply.headers().firstValue(name).orElse("");
    }
}

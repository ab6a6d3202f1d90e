package org.intermarket.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

/**
 * A known market in the first half of 2024, written with plain SQL from inside the server: two owners,
 * three admitted agencies and one not admitted, needs in every kind of state, bids (one withdrawn,
 * one still sealed), contracts (one lapsed, one concluded before the range's first need), an overdue
 * delivery and a rectification. Nothing else in the suite lives in 2024, so every figure is known;
 * {@code StatisticsApiIT} lists them. Times are China Standard Time, and two of them sit on a month's
 * edge that UTC would put in the month before.
 */
final class StatisticsDataSet {

    static final String REGION_1 = "330500";
    static final String REGION_2 = "330600";
    static final String ITEM_A = "ZJFW-008";
    static final String ITEM_B = "ZJFW-009";
    private static final String MARKER = "STAT-2024-N1";
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private final Connection db;

    private StatisticsDataSet(Connection db) {
        this.db = db;
    }

    /** Loads the data set once; a second call (a rerun against the same database) finds it and does nothing. */
    static void load(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement existing = db.prepareStatement("SELECT COUNT(*) FROM project WHERE project_code = ?")) {
                existing.setString(1, MARKER);
                try (ResultSet found = existing.executeQuery()) {
                    found.next();
                    if (found.getLong(1) > 0) {
                        return;
                    }
                }
            }
            new StatisticsDataSet(db).write();
        }
    }

    private void write() throws SQLException {
        long owner1 = organisation("OWNER", "统计测试业主甲", REGION_1, at(2023, 6, 1, 9, 0));
        long owner2 = organisation("OWNER", "统计测试业主乙", REGION_2, at(2023, 6, 1, 9, 0));
        long a1 = agency("统计测试机构一", REGION_1, at(2024, 1, 10, 10, 0), ITEM_A, ITEM_B);
        // 00:30 on 1 April in Beijing is still 31 March in UTC: the agency counts in April.
        long a2 = agency("统计测试机构二", REGION_2, at(2024, 4, 1, 0, 30), ITEM_A);
        long a3 = agency("统计测试机构三", REGION_1, at(2023, 12, 31, 10, 0), ITEM_A);
        agency("统计测试机构四", REGION_2, null, ITEM_A);

        long p1 = project(owner1, MARKER);
        long p2 = project(owner2, "STAT-2024-P2");

        long n1 = need(p1, ITEM_A, "RATED", "100000.00", at(2024, 1, 5, 9, 0));
        long b11 = bid(n1, a1, "90000.00", "LIVE");
        bid(n1, a2, "95000.00", "LIVE");
        bid(n1, a3, "99000.00", "WITHDRAWN");
        long c1 = contract(n1, b11, owner1, a1, "90000.00", "RATED", at(2024, 1, 25, 9, 0), LocalDate.of(2024, 2, 15));
        rectification(c1, a1, at(2024, 3, 1, 10, 0));

        need(p1, ITEM_B, "FAILED", "50000.00", at(2024, 2, 10, 9, 0));

        long n3 = need(p2, ITEM_A, "CONTRACTED", null, at(2024, 3, 31, 20, 0));
        long b31 = bid(n3, a2, "40000.00", "LIVE");
        contract(n3, b31, owner2, a2, "40000.00", "IN_SERVICE", at(2024, 4, 10, 20, 0), null);

        // 07:00 on 1 April in Beijing: April here, March in UTC. Still open for bids, so its bid is sealed.
        long n4 = need(p2, ITEM_B, "PUBLISHED", "60000.00", at(2024, 4, 1, 7, 0));
        bid(n4, a1, "30000.00", "LIVE");

        long n5 = need(p1, ITEM_A, "CANCELLED", "70000.00", at(2024, 5, 15, 10, 0));
        bid(n5, a2, "65000.00", "LIVE");

        long n6 = need(p2, ITEM_A, "NOTICE", "80000.00", at(2024, 6, 1, 10, 0));
        long b61 = bid(n6, a1, "70000.00", "LIVE");
        bid(n6, a2, "72000.00", "LIVE");
        contract(n6, b61, owner2, a1, "70000.00", "LAPSED", null, null);

        need(p1, ITEM_B, "DRAFT", "10000.00", null);

        // Published before the range, concluded inside it: a January transaction, 14 days after publishing.
        long n8 = need(p1, ITEM_A, "RATED", "25000.00", at(2023, 12, 20, 9, 0));
        long b81 = bid(n8, a1, "20000.00", "LIVE");
        contract(n8, b81, owner1, a1, "20000.00", "RATED", at(2024, 1, 3, 9, 0), null);
    }

    private static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, CST);
    }

    private long organisation(String type, String name, String region, OffsetDateTime created) throws SQLException {
        return insert("INSERT INTO organisation (org_type, name, credit_code, region_code, legal_representative, contact_phone, created_at)"
                + " VALUES (?, ?, ?, ?, '张三', ?, ?)", type, name, CreditCodes.random(region), region,
                "0571-" + (10_000_000 + (long) (Math.random() * 89_999_999)), created);
    }

    /** Expelled, so that the test agencies stay out of the directory and rankings other tests read. */
    private long agency(String name, String region, OffsetDateTime admitted, String... items) throws SQLException {
        long id = organisation("AGENCY", name, region, at(2023, 6, 1, 9, 0));
        update("INSERT INTO agency (organisation_id, status, admitted_at, credit_score, credit_level, rating_count, row_version)"
                + " VALUES (?, ?, ?, 80.00, 'B', 0, 0)", id, admitted == null ? "REGISTERED" : "EXPELLED", admitted);
        for (String item : items) {
            update("INSERT INTO service_guide (agency_id, item_code, conditions, process, service_days, fee_standard, updated_at)"
                    + " VALUES (?, ?, '资质齐全', '受理、实施、交付', 20, '按市场价', ?)", id, item, at(2023, 6, 1, 9, 0));
        }
        return id;
    }

    private long project(long owner, String code) throws SQLException {
        return insert("INSERT INTO project (owner_organisation_id, name, project_code, location, investment, created_at)"
                + " VALUES (?, '统计测试项目', ?, '浙江省', 1000000.00, ?)", owner, code, at(2023, 6, 1, 9, 0));
    }

    private long need(long project, String item, String status, String ceiling, OffsetDateTime published) throws SQLException {
        // A need still open for bids keeps a deadline far ahead: the deadline sweep would otherwise close it, changing
        // the figures and publishing an update of a need that has no public history (it was written by SQL).
        OffsetDateTime deadline = published == null || "PUBLISHED".equals(status) ? at(2099, 12, 1, 9, 0) : published.plusDays(5);
        return insert("INSERT INTO need (project_id, item_code, scope, service_days, ceiling_price, selection_method, contact, status,"
                + " bid_round, failed_rounds, bid_deadline, published_at, created_at, row_version)"
                + " VALUES (?, ?, '统计测试', 20, ?, ?, '李四 0571-88880000', ?, 1, 0, ?, ?, ?, 0)",
                project, item, ceiling == null ? null : new BigDecimal(ceiling), ceiling == null ? "DIRECT" : "LOWEST_PRICE", status,
                deadline, published, published == null ? at(2024, 1, 1, 9, 0) : published);
    }

    private long bid(long need, long agency, String price, String status) throws SQLException {
        return insert("INSERT INTO bid (need_id, bid_round, agency_id, price, service_days, plan, status, first_submitted_at, submitted_at)"
                + " VALUES (?, 1, ?, ?, 20, '方案', ?, ?, ?)", need, agency, new BigDecimal(price), status,
                at(2024, 1, 1, 9, 0), at(2024, 1, 1, 9, 0));
    }

    /** A contract signed by the owner five days before {@code confirmed}; never confirmed when that is null (lapsed). */
    private long contract(long need, long bid, long owner, long agency, String price, String status, OffsetDateTime confirmed,
                          LocalDate overdueSince) throws SQLException {
        OffsetDateTime signed = confirmed == null ? at(2024, 6, 10, 9, 0) : confirmed.minusDays(5);
        return insert("INSERT INTO contract (need_id, bid_id, owner_organisation_id, agency_id, price, service_days, status, signed_at,"
                + " confirm_by, confirmed_at, overdue_since, row_version) VALUES (?, ?, ?, ?, ?, 20, ?, ?, ?, ?, ?, 0)",
                need, bid, owner, agency, new BigDecimal(price), status, signed, signed.plusDays(5), confirmed, overdueSince);
    }

    private void rectification(long contract, long agency, OffsetDateTime opened) throws SQLException {
        long rating = insert("INSERT INTO rating (contract_id, agency_id, quality, timeliness, attitude, fee, default_rating, rated_at)"
                + " VALUES (?, ?, 2, 3, 3, 3, FALSE, ?)", contract, agency, opened);
        update("INSERT INTO rectification (rating_id, agency_id, status, opened_at, answer_due, row_version)"
                + " VALUES (?, ?, 'OPEN', ?, ?, 0)", rating, agency, opened, opened.plusDays(10));
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** Rows of the volume test: cancelled needs published on one day of 2019, under a project of their own. */
    static final String BULK_PROJECT = "STAT-BULK-2019";

    /** Writes {@code count} needs with one INSERT … SELECT over a generated series, the database's own way. */
    static void loadBulk(DataSource dataSource, int count) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            StatisticsDataSet set = new StatisticsDataSet(db);
            long owner = set.organisation("OWNER", "批量测试业主", REGION_1, at(2019, 1, 1, 9, 0));
            long project = set.project(owner, BULK_PROJECT);
            boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            String series = postgres ? "generate_series(1, " + count + ")" : "SYSTEM_RANGE(1, " + count + ")";
            OffsetDateTime published = at(2019, 6, 1, 9, 0);
            set.update("INSERT INTO need (project_id, item_code, scope, service_days, ceiling_price, selection_method, contact, status,"
                    + " bid_round, failed_rounds, bid_deadline, published_at, created_at, row_version)"
                    + " SELECT ?, 'ZJFW-010', '批量', 20, 1000.00, 'LOWEST_PRICE', '王五', 'CANCELLED', 1, 0, ?, ?, ?, 0 FROM " + series,
                    project, published.plusDays(5), published, published);
        }
    }

    static void removeBulk(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            StatisticsDataSet set = new StatisticsDataSet(db);
            set.update("DELETE FROM need WHERE project_id IN (SELECT id FROM project WHERE project_code = ?)", BULK_PROJECT);
            set.update("DELETE FROM project WHERE project_code = ?", BULK_PROJECT);
        }
    }

    /**
     * The data set loaded on request, inside the server: for a test that must read an answer on the suite's side (a
     * workbook, read with POI, which the server does not have) and so cannot load the data itself.
     */
    @WebServlet(Loader.PATH)
    public static class Loader extends HttpServlet {

        static final String PATH = "/statistics-data-set";

        @Resource(lookup = "java:comp/DefaultDataSource")
        private DataSource dataSource;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
            try {
                load(dataSource);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } catch (SQLException e) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
            }
        }
    }
}

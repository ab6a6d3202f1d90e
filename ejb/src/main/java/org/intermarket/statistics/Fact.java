package org.intermarket.statistics;

/**
 * A kind of stored fact that statistics count, as SQL: where the rows come from, the moment that places
 * a row in a period, and its item and region. Market facts (needs, contracts, overdue deliveries,
 * rectifications) belong to the region of the project's owner; admitted agencies to their own region,
 * and to every item they publish a service guide for.
 */
enum Fact {

    AGENCIES("agency a JOIN organisation o ON o.id = a.organisation_id", "a.admitted_at", false,
            "g.item_code", "a.admitted_at IS NOT NULL",
            "COUNT(DISTINCT a.organisation_id)"),

    NEEDS("need n JOIN project p ON p.id = n.project_id JOIN organisation o ON o.id = p.owner_organisation_id"
            + " LEFT JOIN (SELECT need_id, COUNT(*) AS bids FROM bid WHERE status <> 'WITHDRAWN' GROUP BY need_id) bc"
            + " ON bc.need_id = n.id",
            "n.published_at", false, "n.item_code", "n.published_at IS NOT NULL",
            // Bids are counted only once a need's bidding has ended: before that, even their number is sealed.
            "COUNT(*), COUNT(DISTINCT p.owner_organisation_id),"
                    + " SUM(CASE WHEN " + Fact.BIDDING_ENDED + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN " + Fact.BIDDING_ENDED + " THEN COALESCE(bc.bids, 0) ELSE 0 END),"
                    + " SUM(CASE WHEN n.status = 'FAILED' THEN 1 ELSE 0 END)"),

    CONTRACTS("contract c JOIN need n ON n.id = c.need_id JOIN project p ON p.id = n.project_id"
            + " JOIN organisation o ON o.id = c.owner_organisation_id",
            "c.confirmed_at", false, "n.item_code", "c.confirmed_at IS NOT NULL",
            "COUNT(*), SUM(c.price),"
                    + " SUM(CASE WHEN n.ceiling_price IS NOT NULL THEN c.price END),"
                    + " SUM(n.ceiling_price),"
                    + " SUM(EXTRACT(EPOCH FROM c.confirmed_at) - EXTRACT(EPOCH FROM n.published_at))"),

    OVERDUE("contract c JOIN need n ON n.id = c.need_id JOIN project p ON p.id = n.project_id"
            + " JOIN organisation o ON o.id = c.owner_organisation_id",
            "c.overdue_since", true, "n.item_code", "c.overdue_since IS NOT NULL",
            "COUNT(*)"),

    RECTIFICATIONS("rectification r JOIN rating ra ON ra.id = r.rating_id JOIN contract c ON c.id = ra.contract_id"
            + " JOIN need n ON n.id = c.need_id JOIN project p ON p.id = n.project_id"
            + " JOIN organisation o ON o.id = c.owner_organisation_id",
            "r.opened_at", false, "n.item_code", "r.opened_at IS NOT NULL",
            "COUNT(*)");

    /** States after the bidding deadline, cancelled needs aside (their bids were never opened). */
    static final String BIDDING_ENDED = "n.status IN ('BIDDING_CLOSED', 'SELECTED', 'NOTICE', 'CONTRACTED', 'DELIVERED',"
            + " 'ACCEPTED', 'RATED', 'FAILED')";

    private static final String ZONE = "'Asia/Shanghai'";

    final String from;
    final String moment;
    /** A DATE column is already a market day; a timestamp is read in the market's zone. */
    final boolean momentIsDate;
    final String item;
    final String condition;
    final String measures;

    Fact(String from, String moment, boolean momentIsDate, String item, String condition, String measures) {
        this.from = from;
        this.moment = moment;
        this.momentIsDate = momentIsDate;
        this.item = item;
        this.condition = condition;
        this.measures = measures;
    }

    String region() {
        return "o.region_code";
    }

    /** Agencies reach items through their service guides; the join is added only when items matter. */
    String from(boolean byItem) {
        return this == AGENCIES && byItem ? from + " JOIN service_guide g ON g.agency_id = a.organisation_id" : from;
    }

    /** The SQL for a row's group key: a number such as 202403 (month), 20241 (quarter), 2024, or a code. */
    String key(GroupBy groupBy) {
        return switch (groupBy) {
            case MONTH -> field("YEAR") + " * 100 + " + field("MONTH");
            case QUARTER -> field("YEAR") + " * 10 + " + field("QUARTER");
            case YEAR -> field("YEAR");
            case ITEM -> item;
            case REGION -> region();
        };
    }

    private String field(String name) {
        String local = momentIsDate ? moment : "(" + moment + " AT TIME ZONE " + ZONE + ")";
        return "CAST(EXTRACT(" + name + " FROM " + local + ") AS INTEGER)";
    }
}

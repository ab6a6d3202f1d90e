package org.intermarket.supervision;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.intermarket.procurement.BidStatus;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.registry.Jurisdiction;

/**
 * The SQL that finds bid-rigging signals in the stored bids, written for both PostgreSQL and H2
 * (PostgreSQL mode). The database does the work: it pairs the bids of each need round and
 * aggregates agency pairs across needs; Java only reads the page of results.
 *
 * <p>The rules, for bids "standing" on needs whose bids are unsealed:
 * <ul>
 * <li>A bid stands when it was not withdrawn: live, or forfeited later by a winner that did not
 * sign (it was live at the deadline). Only needs past their deadline count
 * ({@link NeedStatus#unsealed()}): a need open for bids, republished for a new round, or
 * cancelled before its deadline shows nothing, not even to supervisors.</li>
 * <li>SHARED_PHONE: two standing bids on one round of a need, from two agencies whose
 * organisations give the same contact phone once spaces and hyphens are dropped.</li>
 * <li>SHARED_IP: two such bids sent from the same source address. Loopback addresses are left
 * out: a bid that arrives from 127.0.0.1 came through a local proxy or the server itself, and the
 * address says nothing about who sent it.</li>
 * <li>SHARED_PLAN_FILE: two such bids whose plan files have the same SHA-256. Only within a need
 * round: an identical file on two different needs is not a competition being rigged, and a pair
 * that keeps meeting across needs is what ROTATING_PAIR looks for.</li>
 * <li>CLOSE_PRICES: two such bids whose prices a and b satisfy |a − b| ≤ 0.005 × min(a, b),
 * computed exactly on the stored decimals: exactly 0.5 % apart is a signal, a cent more is not.</li>
 * <li>ROTATING_PAIR: two agencies with standing bids on the same round of at least
 * {@value #ROTATING_MIN_SHARED_NEEDS} different needs, each of whom is the current winner of at
 * least one of those needs.</li>
 * </ul>
 */
final class SignalSql {

    /** How many needs a pair must have bid on together before their wins are looked at. */
    static final int ROTATING_MIN_SHARED_NEEDS = 3;
    /** The largest gap between two prices, as a fraction of the lower one, that counts as close. */
    static final String CLOSE_PRICE_RATIO = "0.005";

    /** The columns every branch of the union yields, in order. */
    private static final String PER_NEED_COLUMNS = "CAST('%1$s-' || CAST(p.need_id AS VARCHAR(20)) || '-' || CAST(p.bid_round AS VARCHAR(10))"
            + " || '-' || CAST(p.agency_a AS VARCHAR(20)) || '-' || CAST(p.agency_b AS VARCHAR(20)) AS VARCHAR(128)) AS signal_key,"
            + " CAST('%1$s' AS VARCHAR(24)) AS kind, p.need_id, p.bid_round, p.agency_a, p.agency_b, p.bid_a, p.bid_b,"
            + " p.price_a, p.price_b, CAST(%2$s AS VARCHAR(128)) AS evidence, CAST(NULL AS BIGINT) AS shared_needs,"
            + " CAST(NULL AS BIGINT) AS wins_a, CAST(NULL AS BIGINT) AS wins_b, p.need_id AS last_need";

    private static final String WINS_A = "SUM(CASE WHEN n.winning_bid_id = p.bid_a THEN 1 ELSE 0 END)";
    private static final String WINS_B = "SUM(CASE WHEN n.winning_bid_id = p.bid_b THEN 1 ELSE 0 END)";

    private SignalSql() {
    }

    /**
     * The common table expressions {@code standing} (the bids that count) and {@code pairs} (two
     * standing bids of different agencies on one need round, the lower agency id first), over all
     * bids or only those of one need or of some agencies, of the needs in the reader's jurisdiction: an office sees
     * the signals its own needs raise, and a pair of agencies rotates wins only on needs it may act on.
     *
     * <p>The ids are written into the SQL as numbers, not bound as parameters: H2 (2.2) answers a
     * parameter inside a common table expression that another one reads as if nothing matched.
     * They are {@code long}s, so the text can only ever be digits.
     */
    static String pairs(Jurisdiction jurisdiction, Long needScope, Collection<Long> agencyScope) {
        return "WITH standing AS (SELECT b.id, b.need_id, b.bid_round, b.agency_id, b.price, b.source_ip, b.plan_file_id"
                + " FROM bid b JOIN need n ON n.id = b.need_id JOIN project jp ON jp.id = n.project_id"
                + " WHERE b.status <> '" + BidStatus.WITHDRAWN + "' AND n.status IN (" + unsealedStatuses() + ")"
                + " AND (" + jurisdiction.needsSql("jp.owner_organisation_id", "n.item_code") + ")"
                + (needScope == null ? "" : " AND b.need_id = " + needScope.longValue())
                + (agencyScope == null ? "" : " AND b.agency_id IN (" + agencyScope.stream().map(id -> Long.toString(id))
                        .collect(Collectors.joining(", ")) + ")") + "),"
                + " pairs AS (SELECT x.need_id, x.bid_round, x.agency_id AS agency_a, y.agency_id AS agency_b, x.id AS bid_a, y.id AS bid_b,"
                + " x.price AS price_a, y.price AS price_b, x.source_ip AS ip_a, y.source_ip AS ip_b, x.plan_file_id AS file_a,"
                + " y.plan_file_id AS file_b"
                + " FROM standing x JOIN standing y ON y.need_id = x.need_id AND y.bid_round = x.bid_round AND y.agency_id > x.agency_id)";
    }

    /** {@code found}: the signals of these kinds, one row each, after {@link #pairs}. */
    static String found(Set<SignalKind> kinds) {
        return ", found AS (" + kinds.stream().map(SignalSql::branch).collect(Collectors.joining(" UNION ALL ")) + ")";
    }

    private static String branch(SignalKind kind) {
        return switch (kind) {
            case SHARED_PHONE -> "SELECT " + PER_NEED_COLUMNS.formatted(kind, "oa.contact_phone")
                    + " FROM pairs p JOIN organisation oa ON oa.id = p.agency_a JOIN organisation ob ON ob.id = p.agency_b"
                    + " WHERE " + digits("oa.contact_phone") + " = " + digits("ob.contact_phone");
            case SHARED_IP -> "SELECT " + PER_NEED_COLUMNS.formatted(kind, "p.ip_a")
                    + " FROM pairs p WHERE p.ip_a = p.ip_b AND p.ip_a NOT LIKE '127.%' AND p.ip_a NOT LIKE '::ffff:127.%'"
                    + " AND p.ip_a NOT IN ('::1', '0:0:0:0:0:0:0:1')";
            case SHARED_PLAN_FILE -> "SELECT " + PER_NEED_COLUMNS.formatted(kind, "fa.sha256")
                    + " FROM pairs p JOIN stored_file fa ON fa.id = p.file_a JOIN stored_file fb ON fb.id = p.file_b"
                    + " WHERE fa.sha256 = fb.sha256";
            case CLOSE_PRICES -> "SELECT " + PER_NEED_COLUMNS.formatted(kind, "NULL")
                    + " FROM pairs p WHERE ABS(p.price_a - p.price_b) <= " + CLOSE_PRICE_RATIO + " * LEAST(p.price_a, p.price_b)";
            case ROTATING_PAIR -> "SELECT CAST('" + kind + "-' || CAST(p.agency_a AS VARCHAR(20)) || '-' || CAST(p.agency_b AS VARCHAR(20))"
                    + " AS VARCHAR(128)) AS signal_key, CAST('" + kind + "' AS VARCHAR(24)) AS kind, CAST(NULL AS BIGINT) AS need_id,"
                    + " CAST(NULL AS INTEGER) AS bid_round, p.agency_a, p.agency_b, CAST(NULL AS BIGINT) AS bid_a, CAST(NULL AS BIGINT) AS bid_b,"
                    + " CAST(NULL AS NUMERIC(14, 2)) AS price_a, CAST(NULL AS NUMERIC(14, 2)) AS price_b, CAST(NULL AS VARCHAR(128)) AS evidence,"
                    + " COUNT(DISTINCT p.need_id) AS shared_needs, " + WINS_A + " AS wins_a, " + WINS_B + " AS wins_b,"
                    + " MAX(p.need_id) AS last_need"
                    + " FROM pairs p JOIN need n ON n.id = p.need_id GROUP BY p.agency_a, p.agency_b"
                    + " HAVING COUNT(DISTINCT p.need_id) >= " + ROTATING_MIN_SHARED_NEEDS + " AND " + WINS_A + " > 0 AND " + WINS_B + " > 0";
            case RED_HAT, STEERING -> throw new IllegalArgumentException(kind + " is not found in the bids of one need (InfluenceSignals)");
        };
    }

    /** The filters of a query over {@code found s LEFT JOIN signal_review r}, as a WHERE clause. */
    static String where(SignalQuery query, boolean byKey) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.reviewed() != null) {
            where.append(query.reviewed() ? " AND r.signal_key IS NOT NULL" : " AND r.signal_key IS NULL");
        }
        if (query.agencyId() != null) {
            where.append(" AND (s.agency_a = :agency OR s.agency_b = :agency)");
        }
        if (query.needId() != null) {
            where.append(" AND (s.need_id = :need OR (s.need_id IS NULL AND EXISTS (SELECT 1 FROM pairs q WHERE q.need_id = :need"
                    + " AND q.agency_a = s.agency_a AND q.agency_b = s.agency_b)))");
        }
        if (byKey) {
            where.append(" AND s.signal_key = :key");
        }
        return where.toString();
    }

    /**
     * A page of signals, newest need first: key, kind, need, round, agency A and its name, agency B
     * and its name, bid A, bid B, price A, price B, evidence, shared needs, wins A, wins B, project
     * name, item code, the need's winning bid.
     */
    static String page(Jurisdiction jurisdiction, Set<SignalKind> kinds, SignalQuery query, boolean byKey) {
        return pairs(jurisdiction, needScope(kinds, query), null) + found(kinds)
                + " SELECT s.signal_key, s.kind, s.need_id, s.bid_round, s.agency_a, oa.name AS name_a, s.agency_b, ob.name AS name_b, s.bid_a,"
                + " s.bid_b, s.price_a, s.price_b, s.evidence, s.shared_needs, s.wins_a, s.wins_b, pr.name AS project_name, n.item_code,"
                + " n.winning_bid_id"
                + " FROM found s JOIN organisation oa ON oa.id = s.agency_a JOIN organisation ob ON ob.id = s.agency_b"
                + " LEFT JOIN need n ON n.id = s.need_id LEFT JOIN project pr ON pr.id = n.project_id"
                + " LEFT JOIN signal_review r ON r.signal_key = s.signal_key"
                + where(query, byKey)
                + " ORDER BY s.last_need DESC, s.signal_key LIMIT :limit OFFSET :offset";
    }

    static String count(Jurisdiction jurisdiction, Set<SignalKind> kinds, SignalQuery query) {
        return pairs(jurisdiction, needScope(kinds, query), null) + found(kinds)
                + " SELECT COUNT(*) FROM found s LEFT JOIN signal_review r ON r.signal_key = s.signal_key" + where(query, false);
    }

    /**
     * Every need round on which two of these agencies bid together, with both bids and the need's
     * winner: the needs behind ROTATING_PAIR signals, for the caller to keep the pairs it wants.
     */
    static String sharedNeeds(Jurisdiction jurisdiction, Collection<Long> agencies) {
        return pairs(jurisdiction, null, agencies)
                + " SELECT p.agency_a, p.agency_b, p.need_id, p.bid_round, p.bid_a, p.bid_b, p.price_a, p.price_b, n.winning_bid_id,"
                + " pr.name AS project_name, n.item_code"
                + " FROM pairs p JOIN need n ON n.id = p.need_id JOIN project pr ON pr.id = n.project_id"
                + " ORDER BY p.need_id DESC, p.bid_round DESC";
    }

    /** A need filter can go into the bids read at all when no kind looks across needs. */
    private static Long needScope(Set<SignalKind> kinds, SignalQuery query) {
        return kinds.contains(SignalKind.ROTATING_PAIR) ? null : query.needId();
    }

    /** The bid-rigging kinds a filter asks for: one, or all of them; the signals of undue influence are read elsewhere. */
    static Set<SignalKind> kinds(SignalKind kind) {
        if (kind == null) {
            return Arrays.stream(SignalKind.values()).filter(SignalKind::bidRigging)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalKind.class)));
        }
        return EnumSet.of(kind);
    }

    /** A phone number with the separators people type dropped. */
    static String phoneDigits(String column) {
        return digits(column);
    }

    /** A phone number with the separators people type dropped. */
    private static String digits(String column) {
        return "REPLACE(REPLACE(" + column + ", ' ', ''), '-', '')";
    }

    private static String unsealedStatuses() {
        return Arrays.stream(NeedStatus.values()).filter(NeedStatus::unsealed).map(status -> "'" + status + "'")
                .collect(Collectors.joining(", "));
    }
}

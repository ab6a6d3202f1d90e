package db.migration;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.intermarket.procurement.AwardEnding;
import org.intermarket.procurement.RoundOutcome;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.shared.StoredText;

/**
 * Fills the need's history (V19's rounds and awards, the amendments' rounds and terms) from what the market already
 * recorded: the need's row (its present), its entries in the audit log (one per publication, amendment, closing,
 * failure, award, upheld objection, signed and lapsed contract, with their times and facts), its amendments, its
 * contracts and its bids.
 * Nothing is invented: what no record names stays empty (the deadline of an old round whose publication did not
 * record it; the winner of an annulled award whose entry names no agency and price that match one bid).
 *
 * <p>In Java because it replays each need's entries in order, as open data does, which neither database's SQL
 * does portably.
 */
public class V20__need_history_from_records extends BaseJavaMigration {

    private static final String EVENTS = "SELECT action, recorded_at, detail FROM audit_entry WHERE entity_type = 'Need' AND entity_id = ?"
            + " AND action IN ('NEED_PUBLISHED', 'NEED_AMENDED', 'NEED_CANCELLED', 'BIDDING_CLOSED', 'NEED_FAILED', 'NEED_AWARDED',"
            + " 'OBJECTION_UPHELD', 'CONTRACT_SIGNED', 'CONTRACT_LAPSED') ORDER BY seq";

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        List<NeedRow> needs = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id, bid_round, status, selection_method, price_weight, credit_weight,"
                + " plan_weight, scope, service_days, ceiling_price, qualification_required, bid_deadline, published_at, closed_at, draw_seed,"
                + " draw_commitment, status_reason, winning_bid_id, selected_at, notice_ends_at, created_at FROM need"
                + " WHERE status <> 'DRAFT' ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                needs.add(NeedRow.read(rows));
            }
        }
        for (NeedRow need : needs) {
            new History(db, need).replay().write();
        }
    }

    /** The need's row: its present state, the last word on the current round and the standing award. */
    record NeedRow(long id, int round, String status, SelectionMethod method, Integer priceWeight, Integer creditWeight, Integer planWeight,
                   String scope, int serviceDays, BigDecimal ceiling, String qualification, Instant deadline, Instant publishedAt,
                   Instant closedAt, String drawSeed, String drawCommitment, String statusReason, Long winningBid, Instant selectedAt,
                   Instant noticeEndsAt, Instant createdAt) {

        static NeedRow read(ResultSet row) throws SQLException {
            return new NeedRow(row.getLong(1), row.getInt(2), row.getString(3), SelectionMethod.valueOf(row.getString(4)),
                    (Integer) row.getObject(5), (Integer) row.getObject(6), (Integer) row.getObject(7), row.getString(8), row.getInt(9),
                    row.getBigDecimal(10), row.getString(11), instant(row, 12), instant(row, 13), instant(row, 14), row.getString(15),
                    row.getString(16), row.getString(17), (Long) row.getObject(18), instant(row, 19), instant(row, 20), instant(row, 21));
        }
    }

    /** One round as the records tell it. */
    static final class RoundRow {
        int number;
        SelectionMethod method;
        BigDecimal ceiling;
        String scope;
        int serviceDays;
        Instant deadline;
        Instant publishedAt;
        Instant closedAt;
        RoundOutcome outcome = RoundOutcome.OPEN;
        String reason;
        Instant endedAt;
        String drawSeed;
        String drawCommitment;
    }

    /** One award as the records tell it. */
    static final class AwardRow {
        int round;
        SelectionMethod method;
        Long bidId;
        Long agencyId;
        BigDecimal price;
        Instant selectedAt;
        Instant noticeEndsAt;
        AwardEnding ending;
        Long objectionId;
        String reason;
        Instant endedAt;
    }

    /** An amendment: its round and the terms it left in force, and which of them it changed. */
    static final class AmendmentRow {
        final long id;
        final int round;
        String scope;
        int serviceDays;
        BigDecimal ceiling;
        Instant deadline;
        boolean changedDays;
        boolean changedCeiling;
        boolean changedDeadline;

        AmendmentRow(long id, int round) {
            this.id = id;
            this.round = round;
        }
    }

    /** The history of one need, replayed from its entries and then squared with its row. */
    private static final class History {
        private final Connection db;
        private final NeedRow need;
        private final List<RoundRow> rounds = new ArrayList<>();
        private final List<AwardRow> awards = new ArrayList<>();
        private final List<AmendmentRow> amendments = new ArrayList<>();
        private final List<Long> amendmentIds = new ArrayList<>();
        private final List<String> amendmentChanges = new ArrayList<>();
        /** The winning bid of each contract, in the order they were signed. */
        private final List<Long> contractBids = new ArrayList<>();
        private int signed;

        History(Connection db, NeedRow need) throws SQLException {
            this.db = db;
            this.need = need;
            try (PreparedStatement query = db.prepareStatement("SELECT id, changes FROM need_amendment WHERE need_id = ? ORDER BY created_at, id")) {
                query.setLong(1, need.id());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        amendmentIds.add(rows.getLong(1));
                        amendmentChanges.add(rows.getString(2));
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement("SELECT bid_id FROM contract WHERE need_id = ? ORDER BY signed_at, id")) {
                query.setLong(1, need.id());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        contractBids.add(rows.getLong(1));
                    }
                }
            }
        }

        History replay() throws SQLException {
            try (PreparedStatement query = db.prepareStatement(EVENTS)) {
                query.setString(1, String.valueOf(need.id()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Map<String, String> facts = facts(rows.getString(3));
                        apply(rows.getString(1), instant(rows, 2), facts);
                    }
                }
            }
            square();
            return this;
        }

        private void apply(String action, Instant at, Map<String, String> facts) throws SQLException {
            RoundRow round = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
            AwardRow award = awards.isEmpty() ? null : awards.get(awards.size() - 1);
            switch (action) {
                case "NEED_PUBLISHED" -> rounds.add(published(at, facts, round));
                case "NEED_AMENDED" -> {
                    if (round != null && amendments.size() < amendmentIds.size()) {
                        amendments.add(amended(round));
                    }
                }
                case "NEED_CANCELLED" -> {
                    if (round != null) {
                        round.outcome = RoundOutcome.CANCELLED;
                        round.reason = facts.get("reason");
                        round.endedAt = at;
                    }
                }
                case "BIDDING_CLOSED" -> {
                    if (round != null) {
                        round.closedAt = at;
                        round.outcome = RoundOutcome.CLOSED;
                    }
                }
                case "NEED_FAILED" -> {
                    if (round != null) {
                        round.closedAt = round.closedAt == null ? at : round.closedAt;
                        round.outcome = RoundOutcome.FAILED;
                        round.endedAt = at;
                        round.reason = facts.containsKey("bids")
                                ? StoredText.of("tooFewBids", "bids", facts.get("bids"), "minimum", round.method.minimumBids()).encode() : null;
                    }
                }
                case "NEED_AWARDED" -> awards.add(awarded(at, facts, round));
                case "OBJECTION_UPHELD" -> {
                    if (award != null && award.ending == null) {
                        award.ending = AwardEnding.ANNULLED_BY_OBJECTION;
                        award.objectionId = number(facts.get("objection"));
                        award.reason = StoredText.of("objectionUpheld", "objection", facts.get("objection"), "reason", facts.get("reason")).encode();
                        award.endedAt = at;
                    }
                }
                case "CONTRACT_SIGNED" -> {
                    // The contract names the bid its award chose, whatever the award's own entry recorded.
                    if (award != null && signed < contractBids.size()) {
                        winner(award, contractBids.get(signed++));
                    }
                }
                case "CONTRACT_LAPSED" -> {
                    if (award != null && award.ending == null) {
                        award.ending = AwardEnding.CONTRACT_LAPSED;
                        award.reason = facts.get("reason");
                        award.endedAt = at;
                    }
                }
                default -> throw new IllegalStateException("not an event of a need's history: " + action);
            }
        }

        /** A publication: the terms it recorded, else those of the round before, else the need's present ones. */
        private RoundRow published(Instant at, Map<String, String> facts, RoundRow before) {
            RoundRow round = new RoundRow();
            round.number = rounds.size() + 1;
            round.publishedAt = at;
            round.method = facts.containsKey("method") ? SelectionMethod.valueOf(facts.get("method")) : before == null ? need.method() : before.method;
            String ceiling = facts.get("ceiling");
            round.ceiling = ceiling == null ? before == null ? need.ceiling() : before.ceiling : "—".equals(ceiling) ? null : new BigDecimal(ceiling);
            round.deadline = time(facts.get("deadline"));
            round.scope = before == null ? need.scope() : before.scope;
            round.serviceDays = before == null ? need.serviceDays() : before.serviceDays;
            // The terms an amendment changed before this publication are the ones this round went out on.
            if (!amendments.isEmpty()) {
                AmendmentRow last = amendments.get(amendments.size() - 1);
                round.scope = last.scope;
                round.serviceDays = last.serviceDays;
                round.ceiling = facts.containsKey("ceiling") ? round.ceiling : last.ceiling;
            }
            round.drawCommitment = facts.get("drawCommitment");
            return round;
        }

        /**
         * An amendment leaves its round's terms changed by the facts it recorded (the days, the ceiling, the deadline;
         * a changed scope is only known as it is now). The first change of a term also says what the round, and the
         * amendments before it that left the term alone, had: its value before.
         */
        private AmendmentRow amended(RoundRow round) {
            int index = amendments.size();
            List<AmendmentRow> earlier = amendments.stream().filter(a -> a.round == round.number).toList();
            AmendmentRow last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            Map<String, String> changes = facts(amendmentChanges.get(index));
            AmendmentRow amendment = new AmendmentRow(amendmentIds.get(index), round.number);
            amendment.scope = need.scope();
            amendment.serviceDays = last == null ? round.serviceDays : last.serviceDays;
            amendment.ceiling = last == null ? round.ceiling : last.ceiling;
            amendment.deadline = last == null ? round.deadline : last.deadline;
            if (changes.containsKey("days")) {
                amendment.changedDays = true;
                amendment.serviceDays = Integer.parseInt(changes.get("days"));
                if (changes.containsKey("daysBefore") && earlier.stream().noneMatch(a -> a.changedDays)) {
                    int before = Integer.parseInt(changes.get("daysBefore"));
                    round.serviceDays = before;
                    earlier.forEach(a -> a.serviceDays = before);
                }
            }
            if (changes.containsKey("ceiling")) {
                amendment.changedCeiling = true;
                amendment.ceiling = new BigDecimal(changes.get("ceiling"));
                if (earlier.stream().noneMatch(a -> a.changedCeiling)) {
                    BigDecimal before = changes.containsKey("ceilingBefore") ? new BigDecimal(changes.get("ceilingBefore")) : null;
                    round.ceiling = before;
                    earlier.forEach(a -> a.ceiling = before);
                }
            }
            if (changes.containsKey("deadline")) {
                amendment.changedDeadline = true;
                amendment.deadline = time(changes.get("deadline"));
                if (changes.containsKey("deadlineBefore") && earlier.stream().noneMatch(a -> a.changedDeadline)) {
                    Instant before = time(changes.get("deadlineBefore"));
                    round.deadline = before;
                    earlier.forEach(a -> a.deadline = before);
                }
            }
            return amendment;
        }

        private AwardRow awarded(Instant at, Map<String, String> facts, RoundRow round) throws SQLException {
            AwardRow award = new AwardRow();
            award.round = round == null ? need.round() : round.number;
            award.method = facts.containsKey("method") ? SelectionMethod.valueOf(facts.get("method")) : round == null ? need.method() : round.method;
            award.selectedAt = at;
            award.noticeEndsAt = time(facts.get("noticeUntil"));
            if (facts.containsKey("agency") && facts.containsKey("price")) {
                winnerNamed(award, facts.get("agency"), new BigDecimal(facts.get("price")));
            }
            return award;
        }

        /** The one bid of the award's round by the agency of that name at that price, if exactly one. */
        private void winnerNamed(AwardRow award, String agency, BigDecimal price) throws SQLException {
            try (PreparedStatement query = db.prepareStatement("SELECT b.id, b.agency_id, b.price FROM bid b JOIN organisation o ON o.id = b.agency_id"
                    + " WHERE b.need_id = ? AND b.bid_round = ? AND o.name = ? AND b.price = ?")) {
                query.setLong(1, need.id());
                query.setInt(2, award.round);
                query.setString(3, agency);
                query.setBigDecimal(4, price);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        Long id = rows.getLong(1);
                        Long agencyId = rows.getLong(2);
                        BigDecimal amount = rows.getBigDecimal(3);
                        if (!rows.next()) {
                            award.bidId = id;
                            award.agencyId = agencyId;
                            award.price = amount;
                        }
                    }
                }
            }
        }

        /**
         * The need's row has the last word on its present: as many rounds as it counts (rounds no entry records are
         * put first, their terms unknown beyond the need's own), the current round's period and outcome, and the
         * standing award.
         */
        private void square() throws SQLException {
            while (rounds.size() < need.round()) {
                RoundRow unrecorded = new RoundRow();
                unrecorded.method = need.method();
                unrecorded.ceiling = need.ceiling();
                unrecorded.scope = need.scope();
                unrecorded.serviceDays = need.serviceDays();
                unrecorded.publishedAt = need.publishedAt() == null ? need.createdAt() : need.publishedAt();
                unrecorded.outcome = RoundOutcome.FAILED;
                rounds.add(0, unrecorded);
            }
            while (rounds.size() > need.round()) {
                rounds.remove(rounds.size() - 1);
            }
            for (int i = 0; i < rounds.size(); i++) {
                rounds.get(i).number = i + 1;
            }
            RoundRow current = rounds.get(rounds.size() - 1);
            current.method = need.method();
            current.publishedAt = need.publishedAt() == null ? current.publishedAt : need.publishedAt();
            // No record of the current round's deadline means no amendment moved it: it is the need's own.
            if (current.deadline == null) {
                current.deadline = need.deadline();
                amendments.stream().filter(a -> a.round == need.round() && a.deadline == null).forEach(a -> a.deadline = need.deadline());
            }
            current.closedAt = need.closedAt() == null ? current.closedAt : need.closedAt();
            current.drawSeed = need.drawSeed();
            current.drawCommitment = need.drawCommitment();
            current.outcome = switch (need.status()) {
                case "PUBLISHED" -> RoundOutcome.OPEN;
                case "CANCELLED" -> RoundOutcome.CANCELLED;
                case "FAILED" -> RoundOutcome.FAILED;
                default -> RoundOutcome.CLOSED;
            };
            if (current.outcome == RoundOutcome.OPEN || current.outcome == RoundOutcome.CLOSED) {
                current.endedAt = null;
                current.reason = null;
            } else {
                current.reason = need.statusReason() == null ? current.reason : need.statusReason();
                current.endedAt = current.endedAt == null ? current.closedAt == null ? current.publishedAt : current.closedAt : current.endedAt;
            }
            if (need.winningBid() != null) {
                AwardRow standing = awards.isEmpty() || awards.get(awards.size() - 1).ending != null ? null : awards.get(awards.size() - 1);
                if (standing == null) {
                    standing = new AwardRow();
                    standing.round = need.round();
                    standing.method = need.method();
                    awards.add(standing);
                }
                winner(standing, need.winningBid());
                standing.selectedAt = need.selectedAt() == null ? standing.selectedAt : need.selectedAt();
                standing.noticeEndsAt = need.noticeEndsAt();
            }
        }

        private void winner(AwardRow award, long bidId) throws SQLException {
            try (PreparedStatement query = db.prepareStatement("SELECT agency_id, price FROM bid WHERE id = ?")) {
                query.setLong(1, bidId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    award.bidId = bidId;
                    award.agencyId = row.getLong(1);
                    award.price = row.getBigDecimal(2);
                }
            }
        }

        void write() throws SQLException {
            long id = need.id();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO need_round (need_id, round_no, selection_method, price_weight,"
                    + " credit_weight, plan_weight, scope, service_days, ceiling_price, qualification_required, bid_deadline, published_at,"
                    + " draw_commitment, draw_seed, closed_at, outcome, outcome_reason, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (RoundRow round : rounds) {
                    boolean current = round.number == need.round();
                    insert.setLong(1, id);
                    insert.setInt(2, round.number);
                    insert.setString(3, round.method.name());
                    // The weights are only known for the round in force; an older one's were overwritten if it had others.
                    boolean weighted = round.method == SelectionMethod.COMPREHENSIVE_SCORE && round.method == need.method();
                    setInteger(insert, 4, weighted ? need.priceWeight() : null);
                    setInteger(insert, 5, weighted ? need.creditWeight() : null);
                    setInteger(insert, 6, weighted ? need.planWeight() : null);
                    insert.setString(7, round.scope);
                    insert.setInt(8, round.serviceDays);
                    insert.setBigDecimal(9, round.ceiling);
                    insert.setString(10, need.qualification());
                    setInstant(insert, 11, round.deadline);
                    setInstant(insert, 12, round.publishedAt);
                    insert.setString(13, round.drawCommitment);
                    insert.setString(14, current ? round.drawSeed : null);
                    setInstant(insert, 15, round.closedAt);
                    insert.setString(16, round.outcome.name());
                    insert.setString(17, round.reason);
                    setInstant(insert, 18, round.endedAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            for (AwardRow award : awards) {
                long awardId = insertAward(id, award);
                if (award.ending == null && award.bidId != null && award.bidId.equals(need.winningBid())) {
                    rankSelectedBids(awardId, award);
                }
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE need_amendment SET round_no = ?, scope = ?, service_days = ?,"
                    + " ceiling_price = ?, bid_deadline = ? WHERE id = ?")) {
                for (AmendmentRow amendment : amendments) {
                    update.setInt(1, amendment.round);
                    update.setString(2, amendment.scope);
                    update.setInt(3, amendment.serviceDays);
                    update.setBigDecimal(4, amendment.ceiling);
                    setInstant(update, 5, amendment.deadline);
                    update.setLong(6, amendment.id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }

        private long insertAward(long needId, AwardRow award) throws SQLException {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO need_award (need_id, round_no, selection_method, bid_id, agency_id,"
                    + " price, selected_at, notice_ends_at, ending, objection_id, end_reason, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                insert.setLong(1, needId);
                insert.setInt(2, award.round);
                insert.setString(3, award.method.name());
                setLong(insert, 4, award.bidId);
                setLong(insert, 5, award.agencyId);
                insert.setBigDecimal(6, award.price);
                setInstant(insert, 7, award.selectedAt);
                setInstant(insert, 8, award.noticeEndsAt);
                insert.setString(9, award.ending == null ? null : award.ending.name());
                setLong(insert, 10, objectionExists(award.objectionId) ? award.objectionId : null);
                insert.setString(11, award.reason);
                setInstant(insert, 12, award.endedAt);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            }
        }

        /**
         * The standing award's ranking: the bids its selection marked as weighed, as they stand (nothing has weighed
         * them since), the winner first and the others by score, then price, as the notice listed them.
         */
        private void rankSelectedBids(long awardId, AwardRow award) throws SQLException {
            record Ranked(long bid, long agency, BigDecimal price, int days, BigDecimal plan, BigDecimal total) {
            }
            List<Ranked> ranked = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("SELECT id, agency_id, price, service_days, plan_score, total_score FROM bid"
                    + " WHERE need_id = ? AND bid_round = ? AND selected_among = TRUE")) {
                query.setLong(1, need.id());
                query.setInt(2, award.round);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ranked.add(new Ranked(rows.getLong(1), rows.getLong(2), rows.getBigDecimal(3), rows.getInt(4), rows.getBigDecimal(5),
                                rows.getBigDecimal(6)));
                    }
                }
            }
            ranked.sort(Comparator.comparing((Ranked r) -> r.bid() != award.bidId)
                    .thenComparing((Ranked r) -> r.total() == null ? BigDecimal.ZERO : r.total(), Comparator.reverseOrder())
                    .thenComparing(Ranked::price).thenComparing(Ranked::bid));
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO need_award_rank (award_id, place, bid_id, agency_id, price, service_days,"
                    + " plan_score, total_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int place = 0;
                for (Ranked r : ranked) {
                    insert.setLong(1, awardId);
                    insert.setInt(2, ++place);
                    insert.setLong(3, r.bid());
                    insert.setLong(4, r.agency());
                    insert.setBigDecimal(5, r.price());
                    insert.setInt(6, r.days());
                    insert.setBigDecimal(7, r.plan());
                    insert.setBigDecimal(8, r.total());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private boolean objectionExists(Long objection) throws SQLException {
            if (objection == null) {
                return false;
            }
            try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM objection WHERE id = ?")) {
                query.setLong(1, objection);
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        }
    }

    private static Map<String, String> facts(String stored) {
        return StoredText.decode(stored).map(text -> text.facts()).orElse(Map.of());
    }

    /** Times as offset date-times, which both drivers map to TIMESTAMP WITH TIME ZONE without the JVM's zone. */
    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Instant time(String stored) {
        try {
            return stored == null ? null : Instant.parse(stored);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static Long number(String stored) {
        try {
            return stored == null ? null : Long.valueOf(stored);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}

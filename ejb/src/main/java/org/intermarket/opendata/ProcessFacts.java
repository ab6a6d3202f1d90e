package org.intermarket.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.intermarket.procurement.Award;
import org.intermarket.procurement.LowBidDecision;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.Round;

/** What the feed reads about one published need, loaded for a whole page of releases at once. */
final class ProcessFacts {

    final Need need;
    String itemName;
    /** The need's published events in the order they were recorded. */
    final List<Event> events = new ArrayList<>();
    /** Bids that stood at the deadline (neither withdrawn nor left unconfirmed after an amendment), of every round. */
    final List<BidFact> bids = new ArrayList<>();
    /** Contracts in the order they were signed. */
    final List<ContractFact> contracts = new ArrayList<>();
    /** Amendments in the order they were made. */
    final List<AmendmentFact> amendments = new ArrayList<>();
    /** The need's rounds, the first first: each one's terms as published and its period. */
    final List<Round> rounds = new ArrayList<>();
    /** The need's awards in the order they were made, standing or fallen. */
    final List<Award> awards = new ArrayList<>();
    /** The bids marked abnormally low at each round's close, and how each case stands now (the replay reads it as of each event). */
    final List<LowBidFact> lowBids = new ArrayList<>();

    /** The decisions government offices took on the need (an objection's outcome, ...), in the order they were recorded. */
    final List<DecisionFact> decisions = new ArrayList<>();

    ProcessFacts(Need need) {
        this.need = need;
    }

    boolean has(Stage stage) {
        return events.stream().anyMatch(e -> e.stage() == stage);
    }

    record Event(long seq, Instant at, Stage stage) {
    }

    record BidFact(long id, int round, long agencyId, BigDecimal price) {
    }

    record ContractFact(long id, long bidId, BigDecimal price, int serviceDays, Instant confirmedAt, LocalDate dueDate, Instant acceptedAt) {
    }

    /** An amendment and the terms it left in force (null where it was made before amendments kept them). */
    record AmendmentFact(long id, String reason, String changes, Instant at, String scope, Integer serviceDays, BigDecimal ceiling,
                         Instant deadline) {
    }

    /** A marked bid's case; the explanation itself is never published, its SHA-256 is. */
    record LowBidFact(long id, int round, long bidId, BigDecimal price, BigDecimal meanLimit, BigDecimal ceilingLimit, Instant markedAt,
                      String explanationSha256, Instant explainedAt, LowBidDecision decision, String reason, Instant decidedAt,
                      Long overturnedBy, Instant overturnedAt) {

        /** Whether the bid was out of the round's selection at {@code at}: its case had ended so, and no objection had overturned it yet. */
        boolean excludedAt(Instant at) {
            boolean decided = decidedAt != null && !decidedAt.isAfter(at) && decision != LowBidDecision.ACCEPTED;
            boolean overturned = overturnedAt != null && !overturnedAt.isAfter(at);
            return decided && !overturned;
        }
    }

    /** A decision on the need by the office {@code officeId}, recorded at {@code seq} of the audit log. */
    record DecisionFact(long seq, long officeId) {
    }

    /** An owner, agency or government office as the parties section shows it. */
    record Party(long id, String name, String creditCode, String region) {
    }
}

package org.intermarket.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.intermarket.files.StoredFile;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.Sha256;

/**
 * A bid its round's {@link LowBidRule} marked abnormally low at the close of bidding, part of the round's record: the
 * limits it fell below, the agency's written explanation, and how its case ended. Each step is taken once and
 * checks where it starts; an upheld objection to a rejection is recorded beside the rejection, which stays.
 */
@Entity
@Table(name = "low_bid")
@NamedQuery(name = LowBid.FIND_BY_NEED, query = "SELECT m FROM LowBid m LEFT JOIN FETCH m.explanationFile WHERE m.needId = :need"
        + " ORDER BY m.round.number, m.price, m.id")
@NamedQuery(name = LowBid.COUNT_BY_BID, query = "SELECT COUNT(m) FROM LowBid m WHERE m.bidId = :bid")
public class LowBid {

    /** Whether bid {@code :bid} was ever marked abnormally low: what the credit rule on a failed low-price contract asks. */
    public static final String COUNT_BY_BID = "LowBid.countByBid";

    /** Every mark on a need, round by round, the lowest price first. */
    public static final String FIND_BY_NEED = "LowBid.findByNeed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @Column(name = "need_id", nullable = false)
    private Long needId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bid_id")
    private Bid bid;

    @Column(name = "bid_id", insertable = false, updatable = false)
    private Long bidId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(name = "mean_limit")
    private BigDecimal meanLimit;

    @Column(name = "ceiling_limit")
    private BigDecimal ceilingLimit;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "explain_by", nullable = false)
    private Instant explainBy;

    @Column
    private String explanation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "explanation_file_id")
    private StoredFile explanationFile;

    @Column(name = "explanation_sha256")
    private String explanationSha256;

    @Column(name = "explained_at")
    private Instant explainedAt;

    @Enumerated(EnumType.STRING)
    @Column
    private LowBidDecision decision;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "overturned_by")
    private Long overturnedBy;

    @Column(name = "overturned_at")
    private Instant overturnedAt;

    protected LowBid() {
    }

    static LowBid marked(Round round, Bid bid, LowBidRule.Limits limits, Instant now) {
        LowBid mark = new LowBid();
        mark.round = round;
        mark.needId = round.needId() == null ? bid.need().id() : round.needId();
        mark.bid = bid;
        mark.bidId = bid.id();
        mark.agencyId = bid.agencyId();
        mark.price = bid.price();
        mark.meanLimit = limits.meanLimit();
        mark.ceilingLimit = limits.ceilingLimit();
        mark.markedAt = Objects.requireNonNull(now);
        mark.explainBy = now.plus(round.lowBidRule().explainPeriod());
        return mark;
    }

    /** A file to go with the explanation, before it is submitted; a later file replaces an earlier one. */
    public void attachFile(StoredFile file, Instant now) {
        requireExplainable(now);
        explanationFile = Objects.requireNonNull(file);
    }

    /** The agency's written explanation, sealed by its SHA-256 (with the file's), which the public record shows. */
    public void explain(String text, Instant now) {
        requireExplainable(now);
        explanation = Objects.requireNonNull(text);
        explanationSha256 = Sha256.hex(text + "|" + (explanationFile == null ? "" : explanationFile.sha256()));
        explainedAt = now;
    }

    private void requireExplainable(Instant now) {
        requireUndecided();
        if (explainedAt != null) {
            throw new ConflictException("procurement.low-bid-explained", "the explanation has been submitted; it cannot be changed");
        }
        if (!now.isBefore(explainBy)) {
            throw new ConflictException("procurement.low-bid-explain-closed", "the time to explain this bid ended at " + explainBy);
        }
    }

    /** The owner accepts or rejects the explanation, with a reason; only a submitted explanation is decided on. */
    public void decide(boolean accepted, String reason, String by, Instant now) {
        requireUndecided();
        if (explainedAt == null) {
            throw new ConflictException("procurement.low-bid-unexplained", "the agency has not explained this bid; there is nothing to decide yet");
        }
        end(accepted ? LowBidDecision.ACCEPTED : LowBidDecision.REJECTED, Objects.requireNonNull(reason), by, now);
    }

    /** The agency withdraws the marked bid instead of explaining it: the bid and its case end together. */
    public void withdraw(String by, Instant now) {
        requireUndecided();
        bid.withdraw(now, now);
        end(LowBidDecision.WITHDRAWN, null, by, now);
    }

    /** True when selection would have to wait for this case: nobody has decided it, and it can still be explained or decided. */
    public boolean pendingAt(Instant now) {
        return decision == null && (explainedAt != null || now.isBefore(explainBy));
    }

    /** The time to explain passed with no explanation: the bid is out of the round's selection. True if this ended it now. */
    boolean lapseIfDue(Instant now) {
        if (decision != null || explainedAt != null || now.isBefore(explainBy)) {
            return false;
        }
        end(LowBidDecision.LAPSED, null, "system", now);
        return true;
    }

    /** A supervisor upheld the agency's objection to the rejection: the bid stands in the selection again. */
    public void overturn(Long objectionId, Instant now) {
        if (decision != LowBidDecision.REJECTED || overturnedBy != null) {
            throw new ConflictException("procurement.out-of-step", "only a rejection that stands can be overturned");
        }
        overturnedBy = Objects.requireNonNull(objectionId);
        overturnedAt = now;
    }

    /** Whether the bid stays out of the round's selection: a rejection that stands, a lapse, a withdrawal. */
    public boolean excludes() {
        return decision != null && decision != LowBidDecision.ACCEPTED && !(decision == LowBidDecision.REJECTED && overturnedBy != null);
    }

    /** Whether the agency may object to this case: its explanation was rejected and the rejection stands. */
    public boolean rejectionStands() {
        return decision == LowBidDecision.REJECTED && overturnedBy == null;
    }

    private void requireUndecided() {
        if (decision != null) {
            throw new ConflictException("procurement.low-bid-decided", "this bid's case has already ended (" + decision + ")");
        }
    }

    private void end(LowBidDecision how, String reason, String by, Instant now) {
        decision = how;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public Round round() {
        return round;
    }

    public Long needId() {
        return needId;
    }

    public Long bidId() {
        return bidId;
    }

    public Bid bid() {
        return bid;
    }

    public Long agencyId() {
        return agencyId;
    }

    public BigDecimal price() {
        return price;
    }

    public BigDecimal meanLimit() {
        return meanLimit;
    }

    public BigDecimal ceilingLimit() {
        return ceilingLimit;
    }

    public Instant markedAt() {
        return markedAt;
    }

    public Instant explainBy() {
        return explainBy;
    }

    public String explanation() {
        return explanation;
    }

    public StoredFile explanationFile() {
        return explanationFile;
    }

    public String explanationSha256() {
        return explanationSha256;
    }

    public Instant explainedAt() {
        return explainedAt;
    }

    public LowBidDecision decision() {
        return decision;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long overturnedBy() {
        return overturnedBy;
    }

    public Instant overturnedAt() {
        return overturnedAt;
    }
}

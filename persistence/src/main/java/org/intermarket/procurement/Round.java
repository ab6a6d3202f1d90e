package org.intermarket.procurement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.intermarket.shared.ConflictException;

/**
 * One round of bidding on a need, part of the need's aggregate: the terms as they were published, when it opened
 * and closed, and how it ended. Written when the need is published and only ever ended afterwards, so a republished
 * need still says what its earlier rounds asked for; amendments within the round are kept as {@link Amendment}s.
 */
@Entity
@Table(name = "need_round")
public class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    /** The need's id without loading the need: what a reader of many needs' histories groups by. */
    @Column(name = "need_id", insertable = false, updatable = false)
    private Long needId;

    @Column(name = "round_no", nullable = false)
    private int number;

    /** The terms the round went out on; an amendment's record keeps what it changed them to. */
    @Embedded
    private ServiceTerms terms;

    @Column(name = "bid_deadline")
    private Instant bidDeadline;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "draw_commitment")
    private String drawCommitment;

    @Column(name = "draw_seed")
    private String drawSeed;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundOutcome outcome;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The abnormally-low-bid rule as published; null for a round published before there was one. */
    @Embedded
    private LowBidRule lowBidRule;

    /** The bids the rule marked when bidding closed, and how each case ended. */
    @OneToMany(mappedBy = "round", cascade = CascadeType.PERSIST)
    @OrderBy("price, id")
    private List<LowBid> lowBids = new ArrayList<>();

    protected Round() {
    }

    /** The round the need opens now, on its present terms. */
    static Round opened(Need need, Instant now, LowBidRule rule) {
        Round round = new Round();
        round.need = need;
        round.number = need.round();
        round.terms = need.terms().copy();
        round.bidDeadline = need.bidDeadline();
        round.publishedAt = Objects.requireNonNull(now);
        round.drawCommitment = need.drawCommitment();
        round.drawSeed = need.drawSeed();
        round.outcome = RoundOutcome.OPEN;
        round.lowBidRule = rule == null ? null : rule.copy();
        return round;
    }

    /** Bidding closed at the deadline with enough bids: selection comes next. */
    void closed(Instant now) {
        requireOpen();
        closedAt = now;
        outcome = RoundOutcome.CLOSED;
    }

    /**
     * Marks, once, at the close of bidding, each of {@code valid} (the round's valid bids) that its rule finds
     * abnormally low, each measured against the others; returns the marks.
     */
    List<LowBid> markLowBids(List<Bid> valid, Instant now) {
        if (outcome != RoundOutcome.CLOSED || !lowBids.isEmpty()) {
            throw new ConflictException("procurement.out-of-step", "round " + number + " is marked once, when bidding closes");
        }
        if (lowBidRule == null || !LowBidRule.appliesTo(terms.method())) {
            return List.of();
        }
        for (Bid bid : valid) {
            List<BigDecimal> others = valid.stream().filter(other -> other != bid).map(Bid::price).toList();
            LowBidRule.Limits limits = lowBidRule.limits(others, terms.ceilingPrice());
            if (limits.marks(bid.price())) {
                lowBids.add(LowBid.marked(this, bid, limits, now));
            }
        }
        return List.copyOf(lowBids);
    }

    /**
     * Selection may run only once no marked bid waits for its explanation or the owner's decision. Cases whose time
     * to explain has passed unexplained lapse now.
     */
    LowBidScreening screenLowBids(Instant now) {
        List<LowBid> pending = lowBids.stream().filter(mark -> mark.pendingAt(now)).toList();
        if (!pending.isEmpty()) {
            throw new ConflictException("procurement.low-bids-undecided", pending.size() + " abnormally low bid(s) await an explanation or "
                    + "the owner's decision; selection waits until each is decided or its time to explain has passed",
                    pending.size()).about("lowBids");
        }
        List<LowBid> lapsed = lowBids.stream().filter(mark -> mark.lapseIfDue(now)).toList();
        return new LowBidScreening(lowBids.stream().filter(LowBid::excludes).map(LowBid::bidId).toList(), lapsed);
    }

    /** 流标, at the deadline (still open) or at selection (closed). */
    void failed(String reason, Instant now) {
        if (outcome != RoundOutcome.OPEN && outcome != RoundOutcome.CLOSED) {
            throw new ConflictException("procurement.out-of-step", "round " + number + " has already ended (" + outcome + ")");
        }
        closedAt = closedAt == null ? now : closedAt;
        outcome = RoundOutcome.FAILED;
        outcomeReason = reason;
        endedAt = now;
    }

    void cancelled(String reason, Instant now) {
        requireOpen();
        outcome = RoundOutcome.CANCELLED;
        outcomeReason = reason;
        endedAt = now;
    }

    private void requireOpen() {
        if (outcome != RoundOutcome.OPEN) {
            throw new ConflictException("procurement.out-of-step", "round " + number + " is no longer open (" + outcome + ")");
        }
    }

    public Long id() {
        return id;
    }

    public Long needId() {
        return needId;
    }

    public int number() {
        return number;
    }

    public ServiceTerms terms() {
        return terms;
    }

    public SelectionMethod method() {
        return terms.method();
    }

    /** The deadline as published; an amendment's own record says where it moved it. */
    public Instant bidDeadline() {
        return bidDeadline;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String drawCommitment() {
        return drawCommitment;
    }

    /** Secret while the round is open, as the need's own seed is. */
    public String drawSeed() {
        return drawSeed;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public RoundOutcome outcome() {
        return outcome;
    }

    public String outcomeReason() {
        return outcomeReason;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public LowBidRule lowBidRule() {
        return lowBidRule;
    }

    public List<LowBid> lowBids() {
        return List.copyOf(lowBids);
    }
}

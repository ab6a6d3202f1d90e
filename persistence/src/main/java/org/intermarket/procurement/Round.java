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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_method", nullable = false)
    private SelectionMethod method;

    @Column(name = "price_weight")
    private Integer priceWeight;

    @Column(name = "credit_weight")
    private Integer creditWeight;

    @Column(name = "plan_weight")
    private Integer planWeight;

    @Column(nullable = false)
    private String scope;

    @Column(name = "service_days", nullable = false)
    private int serviceDays;

    @Column(name = "ceiling_price")
    private BigDecimal ceilingPrice;

    @Column(name = "qualification_required")
    private String qualificationRequired;

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

    protected Round() {
    }

    /** The round the need opens now, on its present terms. */
    static Round opened(Need need, Instant now) {
        Round round = new Round();
        round.need = need;
        round.number = need.round();
        round.method = need.method();
        NeedTerms.Weights weights = need.weights();
        round.priceWeight = weights == null ? null : weights.price();
        round.creditWeight = weights == null ? null : weights.credit();
        round.planWeight = weights == null ? null : weights.plan();
        round.scope = need.scope();
        round.serviceDays = need.serviceDays();
        round.ceilingPrice = need.ceilingPrice();
        round.qualificationRequired = need.qualificationRequired();
        round.bidDeadline = need.bidDeadline();
        round.publishedAt = Objects.requireNonNull(now);
        round.drawCommitment = need.drawCommitment();
        round.drawSeed = need.drawSeed();
        round.outcome = RoundOutcome.OPEN;
        return round;
    }

    /** Bidding closed at the deadline with enough bids: selection comes next. */
    void closed(Instant now) {
        requireOpen();
        closedAt = now;
        outcome = RoundOutcome.CLOSED;
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

    public SelectionMethod method() {
        return method;
    }

    public NeedTerms.Weights weights() {
        return priceWeight == null ? null : new NeedTerms.Weights(priceWeight, creditWeight, planWeight);
    }

    public String scope() {
        return scope;
    }

    public int serviceDays() {
        return serviceDays;
    }

    public BigDecimal ceilingPrice() {
        return ceilingPrice;
    }

    public String qualificationRequired() {
        return qualificationRequired;
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
}

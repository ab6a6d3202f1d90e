package org.intermarket.procurement;

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
import jakarta.persistence.Table;
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

    protected Round() {
    }

    /** The round the need opens now, on its present terms. */
    static Round opened(Need need, Instant now) {
        Round round = new Round();
        round.need = need;
        round.number = need.round();
        round.terms = need.terms().copy();
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
}
